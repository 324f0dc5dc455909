package io.github.loci.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-computed values; see the comments for the arithmetic. */
class MetricsTest {
  private static final double EPS = 1e-6;

  @TempDir Path dir;

  // q1: d1=2, d2=1, d3=0, d5=1 (R = 3). q2: only d9=0 (no relevant). q3: judged, not in the run.
  static final Qrels QRELS =
      Qrels.of(
          Map.of(
              "q1", Map.of("d1", 2, "d2", 1, "d3", 0, "d5", 1),
              "q2", Map.of("d9", 0),
              "q3", Map.of("d7", 1)));

  // q1 by score: d3 0.9, then d4 and d1 tie at 0.8 (trec_eval: docid descending, d4 first), d2 0.5.
  // Ranks in the file say d1, d2, d3, d4.
  static final Run RUN =
      Run.of(
          Map.of(
              "q1",
              List.of(
                  new Run.Entry("d1", 1, 0.8),
                  new Run.Entry("d2", 2, 0.5),
                  new Run.Entry("d3", 3, 0.9),
                  new Run.Entry("d4", 4, 0.8)),
              "q2",
              List.of(new Run.Entry("d9", 1, 1.0))),
          "test");

  private static double value(String metric, Run.Order order) {
    Metric m = Metric.parse(metric);
    return Evaluator.evaluate(QRELS, RUN, List.of(m), order).perQuery().get("q1").get(m);
  }

  @Test
  void testTrecEvalScoreOrderWithTies() {
    assertEquals(
        List.of("d3", "d4", "d1", "d2"),
        RUN.ranking("q1", Run.Order.SCORE).stream().map(Run.Entry::docId).toList());
  }

  @Test
  void testHandComputedValuesInScoreOrder() {
    // gains by rank: 0, 0, 2, 1
    assertEquals(0.0, value("P@2", Run.Order.SCORE), EPS);
    assertEquals(0.5, value("P@4", Run.Order.SCORE), EPS);
    assertEquals(0.2, value("P@10", Run.Order.SCORE), EPS, "divides by k for a short run");
    assertEquals(0.0, value("Recall@2", Run.Order.SCORE), EPS);
    assertEquals(2.0 / 3, value("Recall@4", Run.Order.SCORE), EPS);
    assertEquals(1.0 / 3, value("MRR@10", Run.Order.SCORE), EPS);
    assertEquals(0.0, value("MRR@2", Run.Order.SCORE), EPS);
    // DCG@4 = 2/log2(4) + 1/log2(5) = 1.430677; IDCG@4 from grades 2,1,1 = 2 + 1/log2(3) + 1/2
    assertEquals(1.4306766 / 3.1309298, value("nDCG@4", Run.Order.SCORE), EPS);
    // AP = (1/3 + 2/4) / R=3
    assertEquals((1.0 / 3 + 0.5) / 3, value("MAP", Run.Order.SCORE), EPS);
    assertEquals(0.0, value("Success@2", Run.Order.SCORE), EPS);
    assertEquals(1.0, value("Success@3", Run.Order.SCORE), EPS);
  }

  @Test
  void testRankOrderUsesTheRankColumn() {
    // gains by rank: 2, 1, 0, 0
    assertEquals(1.0, value("MRR@10", Run.Order.RANK), EPS);
    assertEquals(
        (2 + 1 / Math.log(3) * Math.log(2)) / 3.1309298, value("nDCG@10", Run.Order.RANK), EPS);
  }

  @Test
  void testQueriesAreCountedAsTrecEvalCountsThem() {
    Run withUnjudged =
        Run.of(
            Map.of(
                "q1", RUN.ranking("q1", Run.Order.RANK),
                "q2", RUN.ranking("q2", Run.Order.RANK),
                "q4", List.of(new Run.Entry("d1", 1, 1.0))),
            "test");
    Evaluation e =
        Evaluator.evaluate(QRELS, withUnjudged, Evaluator.DEFAULT_METRICS, Run.Order.SCORE);
    // q2 is judged, with no relevant document: every metric 0, and in the means (it was left out,
    // which trec_eval does not do: MRR@10 1/3 instead of 1/6). q4 has no judgment: left out.
    assertEquals(2, e.evaluated());
    assertEquals(List.of("q2"), e.withoutRelevant());
    e.perQuery().get("q2").values().forEach(v -> assertEquals(0.0, v, 0));
    assertEquals(List.of("q4"), e.notJudged());
    assertEquals(List.of("q3"), e.missingFromRun());
    assertEquals(1.0 / 6, e.mean(Metric.parse("mrr@10")), EPS);
  }

  @Test
  void testAnAssertionOnQrelsWithoutARelevantDocumentFailsRatherThanPassOnZeros() {
    Qrels zeros = Qrels.of(Map.of("q2", Map.of("d9", 0)));
    AssertionError e =
        assertThrows(
            AssertionError.class, () -> LociAssertions.assertNdcgAtLeast(zeros, RUN, 10, 0.0));
    assertTrue(e.getMessage().contains("none has a relevant judgment"), e.getMessage());
  }

  @Test
  void testTiesAreBrokenAsTrecEvalBreaksThem() {
    Qrels qrels = Qrels.of(Map.of("q", Map.of("a", 1)));
    // 0.0 and -0.0 are equal scores in C: docid descending puts b first (Double.compare put a).
    Run zeros =
        Run.of(Map.of("q", List.of(new Run.Entry("a", 1, 0.0), new Run.Entry("b", 2, -0.0))), "t");
    assertEquals(
        List.of("b", "a"),
        zeros.ranking("q", Run.Order.SCORE).stream().map(Run.Entry::docId).toList());
    assertEquals(
        0.5,
        Evaluator.evaluate(qrels, zeros, List.of(Metric.parse("MAP")), Run.Order.SCORE)
            .mean(Metric.parse("MAP")),
        EPS);
    // strcmp compares UTF-8 bytes: U+1F600 sorts after U+FF21 (in UTF-16, before it).
    Run wide =
        Run.of(
            Map.of(
                "q",
                List.of(new Run.Entry("\uFF21", 1, 1.0), new Run.Entry("\uD83D\uDE00", 2, 1.0))),
            "t");
    assertEquals(
        List.of("\uD83D\uDE00", "\uFF21"),
        wide.ranking("q", Run.Order.SCORE).stream().map(Run.Entry::docId).toList());
    assertTrue(Run.byCodePoint("\uD83D\uDE00", "\uFF21") > 0);
    assertTrue(Run.byCodePoint("ab", "abc") < 0);
    assertEquals(0, Run.byCodePoint("", ""));
  }

  @Test
  void testEmptyRunEvaluatesToZeros() {
    Run empty = Run.of(Map.of("q1", List.of()), "empty");
    Evaluation e = Evaluator.evaluate(QRELS, empty, Evaluator.DEFAULT_METRICS, Run.Order.SCORE);
    assertEquals(1, e.evaluated());
    e.mean().values().forEach(v -> assertEquals(0.0, v, EPS));
  }

  @Test
  void testFilesRoundTripAndBadLinesNameFileAndLine() throws Exception {
    Path qrels = dir.resolve("q.txt");
    try (var w = Files.newBufferedWriter(qrels)) {
      QRELS.write(w);
    }
    assertEquals(QRELS.judgments("q1"), Qrels.read(qrels).judgments("q1"));
    Path run = dir.resolve("r.txt");
    try (var w = Files.newBufferedWriter(run)) {
      RUN.write(w);
    }
    Run back = Run.read(run);
    assertEquals(
        RUN.ranking("q1", Run.Order.SCORE).stream().map(Run.Entry::docId).toList(),
        back.ranking("q1", Run.Order.RANK).stream().map(Run.Entry::docId).toList());
    assertEquals("test", back.tag());

    Files.writeString(qrels, "q1 0 d1 1\nq1 0 d2\n");
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> Qrels.read(qrels));
    assertTrue(e.getMessage().startsWith(qrels + ":2: expected 4 fields"), e.getMessage());
    Files.writeString(run, "q1 Q0 d1 1 x run\n");
    e = assertThrows(EvalFormatException.class, () -> Run.read(run));
    assertTrue(e.getMessage().startsWith(run + ":1: score must be a number"), e.getMessage());
    Files.writeString(run, "q1 Q0 d1 1 2 run\nq1 Q0 d1 2 1 run\n");
    e = assertThrows(EvalFormatException.class, () -> Run.read(run));
    assertTrue(e.getMessage().contains(":2: document d1 appears twice"), e.getMessage());
  }

  @Test
  void testAMetricGivenTwiceIsComputedOnce() {
    List<Metric> twice = List.of(Metric.parse("P@4"), Metric.parse("p@4"), Metric.parse("MRR@10"));
    Evaluation e = Evaluator.evaluate(QRELS, RUN, twice, Run.Order.SCORE);
    assertEquals(List.of(Metric.parse("P@4"), Metric.parse("MRR@10")), e.metrics());
    // q1 0.5 and q2 0: the mean of two queries, not their sum.
    assertEquals(0.25, e.mean(Metric.parse("P@4")), EPS);
  }

  @Test
  void testCompleteCountsTheJudgedQueriesTheRunLacks() {
    Qrels qrels =
        Qrels.of(
            Map.of(
                "q1", QRELS.judgments("q1"),
                "q2", QRELS.judgments("q2"),
                "q3", QRELS.judgments("q3"),
                "q5", Map.of("d1", 0)));
    Metric mrr = Metric.parse("MRR@10");
    Evaluation partial = Evaluator.evaluate(qrels, RUN, List.of(mrr), Run.Order.SCORE);
    // q5, judged with no relevant document and not run, is listed with q3.
    assertEquals(List.of("q3", "q5"), partial.missingFromRun());
    assertEquals(2, partial.evaluated());
    assertEquals(1.0 / 6, partial.mean(mrr), EPS);
    Evaluation complete = Evaluator.evaluate(qrels, RUN, List.of(mrr), Run.Order.SCORE, true);
    // trec_eval -c: q1 1/3, q2 0, q3 0 (no results), q5 0 (no relevant document): 1/12.
    assertEquals(4, complete.evaluated());
    assertEquals(List.of("q3", "q5"), complete.missingFromRun());
    assertEquals(0.0, complete.perQuery().get("q3").get(mrr), 0);
    assertEquals(1.0 / 12, complete.mean(mrr), EPS);
  }

  @Test
  void testFilesWithAByteOrderMarkAndFilesNotUtf8() throws Exception {
    Path qrels = dir.resolve("bom-q.txt");
    Files.writeString(qrels, "\uFEFF1 0 d1 1\n1 0 d2 1\n");
    Path run = dir.resolve("bom-r.txt");
    Files.writeString(run, "\uFEFF1 Q0 d1 1 2.0 t\n1 Q0 d2 2 1.0 t\n");
    assertEquals(java.util.Set.of("1"), Qrels.read(qrels).queries());
    assertEquals(java.util.Set.of("1"), Run.read(run).queries());
    Metric p2 = Metric.parse("P@2");
    assertEquals(
        1.0,
        Evaluator.evaluate(Qrels.read(qrels), Run.read(run), List.of(p2), Run.Order.SCORE).mean(p2),
        EPS);
    Files.write(run, new byte[] {'1', ' ', 'Q', '0', ' ', 'd', (byte) 0xE9, ' ', '1', ' ', '3'});
    java.io.IOException e = assertThrows(java.io.IOException.class, () -> Run.read(run));
    assertTrue(e.getMessage().startsWith(run + ":1: not UTF-8"), e.getMessage());
    e = assertThrows(java.io.IOException.class, () -> Qrels.read(dir));
    assertTrue(e.getMessage().startsWith(dir + ": is a folder"), e.getMessage());
  }

  @Test
  void testScoresThatAreNotDecimalNumbersAreRefused() throws Exception {
    for (String score : List.of("NaN", "Infinity", "-Infinity", "1f", "1d", "0x1p1", "1e400")) {
      EvalFormatException e =
          assertThrows(
              EvalFormatException.class,
              () -> Run.parse("r", List.of("q 0 a 1 1.0 t", "q Q0 b 2 " + score + " t")),
              score);
      assertTrue(e.getMessage().startsWith("r:2: score"), e.getMessage());
    }
    for (String score : List.of("1", "-2.5", "+.5", "3.", "1E-3", "0.000001")) {
      assertEquals(
          1,
          Run.parse("r", List.of("q Q0 a 1 " + score + " t")).ranking("q", Run.Order.SCORE).size());
    }
  }

  @Test
  void testMetricNames() {
    assertEquals("nDCG@10", Metric.parse("NDCG@10").toString());
    assertEquals("MAP", Metric.parse("map").toString());
    assertThrows(IllegalArgumentException.class, () -> Metric.parse("F1"));
    assertThrows(IllegalArgumentException.class, () -> Metric.parse("P@0"));
    StringWriter unused = new StringWriter();
    assertEquals("", unused.toString());
  }
}
