package io.github.loci.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanJudgmentsTest {
  private static final double EPS = 1e-6;

  @TempDir Path dir;

  // Evidence e1 = [10, 20) grade 2 and e2 = [50, 60) grade 1 in source s.
  static final SpanJudgments JUDGMENTS =
      SpanJudgments.of(
          List.of(new EvidenceSpan("q", "s", 10, 20, 2), new EvidenceSpan("q", "s", 50, 60, 1)));

  @Test
  void testEachEvidenceCountsOnceAtHalfCoverage() {
    List<RetrievedPassage> ranked =
        List.of(
            new RetrievedPassage("s", 0, 14), // covers 4 of e1's 10 chars: less than half
            new RetrievedPassage("s", 12, 40), // covers 8 of e1: counts, gain 2
            new RetrievedPassage("s", 15, 25), // covers exactly half of e1, but e1 is counted
            new RetrievedPassage("t", 50, 60), // another source
            new RetrievedPassage("s", 45, 70)); // covers e2: gain 1
    JudgedRanking r = JUDGMENTS.judge("q", ranked);
    assertArrayEquals(new double[] {0, 2, 0, 0, 1}, r.gains());
    assertEquals(1, r.relevantFoundWithin(2));
    assertEquals(0.5, Metric.parse("Recall@2").compute(r), EPS);
    assertEquals(1.0, Metric.parse("Recall@10").compute(r), EPS);
    assertEquals(0.5, Metric.parse("MRR@10").compute(r), EPS);
    // DCG@5 = 2/log2(3) + 1/log2(6); IDCG = 2 + 1/log2(3)
    double dcg = 2 / log2(3) + 1 / log2(6);
    double idcg = 2 + 1 / log2(3);
    assertEquals(dcg / idcg, Metric.parse("nDCG@5").compute(r), EPS);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void testTwoSpansInOnePassageCountOnceSoAPerfectRankingScoresBelowOne() {
    // As README ("Evaluation") says: the ideal gives each span a rank of its own.
    SpanJudgments two =
        SpanJudgments.of(
            List.of(new EvidenceSpan("q", "s", 10, 20, 2), new EvidenceSpan("q", "s", 30, 40, 2)));
    JudgedRanking r = two.judge("q", List.of(new RetrievedPassage("s", 0, 100)));
    // DCG 2 against the ideal 2 + 2 / log2(3); AP 1/2 (one relevant rank of R = 2).
    assertEquals(
        2 / (2 + 2 / (Math.log(3) / Math.log(2))), Metric.parse("nDCG@10").compute(r), EPS);
    assertEquals(0.5, Metric.parse("MAP").compute(r), EPS);
    assertEquals(1.0, Metric.parse("Recall@10").compute(r), EPS);
  }

  @Test
  void testQuotesMatchThroughNoBreakSpacesAndTypographicQuotes() {
    String text = "He said “it’s a $15 billion investment\u00a0this week” – really.";
    EvidenceSpan span =
        SpanJudgments.fromQuote("q", "s", text, "\"it's a $15 billion investment this week\"", 1);
    assertEquals(
        "“it’s a $15 billion investment\u00a0this week”", text.substring(span.start(), span.end()));
  }

  @Test
  void testAbsentOrAmbiguousQuoteFailsClearly() {
    String text = "cloud market and cloud market share";
    IllegalArgumentException absent =
        assertThrows(
            IllegalArgumentException.class,
            () -> SpanJudgments.fromQuote("q", "s", text, "data", 1));
    assertTrue(absent.getMessage().startsWith("quote not found in source s"), absent.getMessage());
    IllegalArgumentException ambiguous =
        assertThrows(
            IllegalArgumentException.class,
            () -> SpanJudgments.fromQuote("q", "s", text, "cloud market", 1));
    assertTrue(
        ambiguous.getMessage().contains("occurs 2 times (at chars 0, 17)"), ambiguous.getMessage());
  }

  @Test
  void testQuoteFileResolvesAndSpanFileRoundTrips() throws Exception {
    Path quotes = dir.resolve("q.tsv");
    Files.writeString(quotes, "# qid\tsource\tgrade\tquote\nq1\ts\t2\tdata centers\n");
    Map<String, String> texts = Map.of("s", "Of its 16 operational data centers, seven");
    SpanJudgments judgments =
        SpanJudgments.readQuotes(quotes, id -> Optional.ofNullable(texts.get(id)));
    EvidenceSpan span = judgments.forQuery("q1").get(0);
    assertEquals(22, span.start());
    assertEquals(34, span.end());
    Path spans = dir.resolve("s.tsv");
    try (var w = Files.newBufferedWriter(spans)) {
      judgments.write(w, id -> Optional.ofNullable(texts.get(id)));
    }
    assertEquals(judgments.all(), SpanJudgments.read(spans).all());
    assertTrue(Files.readString(spans).contains("\tdata centers\n"));

    Files.writeString(quotes, "q1\tnope\t1\tdata\n");
    EvalFormatException e =
        assertThrows(
            EvalFormatException.class,
            () -> SpanJudgments.readQuotes(quotes, id -> Optional.ofNullable(texts.get(id))));
    assertEquals(quotes + ":1: unknown source nope", e.getMessage());
    Files.writeString(spans, "q1\ts\t5\t3\t1\n");
    e = assertThrows(EvalFormatException.class, () -> SpanJudgments.read(spans));
    assertTrue(e.getMessage().startsWith(spans + ":1: bad evidence span"), e.getMessage());
  }

  @Test
  void testEvaluateListsQueriesWithoutEvidence() {
    Evaluation e =
        JUDGMENTS.evaluate(
            Map.of("q", List.of(new RetrievedPassage("s", 10, 20)), "other", List.of()),
            List.of(Metric.parse("Recall@10")));
    assertEquals(1, e.evaluated());
    assertEquals(List.of("other"), e.notJudged());
    assertEquals(List.of(), e.withoutRelevant());
    assertEquals(0.5, e.mean(Metric.parse("Recall@10")), EPS);
  }
}
