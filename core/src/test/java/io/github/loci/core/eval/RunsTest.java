package io.github.loci.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunsTest {
  private static Hit hit(int rank, float score, String source, int ordinal) {
    return new Hit(
        rank,
        score,
        source,
        ordinal,
        "t",
        Optional.empty(),
        Optional.empty(),
        "en",
        "text",
        0,
        4,
        0,
        1,
        false,
        List.of(),
        List.of());
  }

  static final Map<String, SearchResult> RESULTS =
      Map.of(
          "q1",
          new SearchResult(
              List.of(hit(1, 3f, "a b", 2), hit(2, 2f, "c", 0), hit(3, 1f, "a b", 5)),
              3,
              List.of(),
              "query"));

  @Test
  void testPassageRunKeepsEveryHitWithEscapedIds() {
    Run run = Runs.passages(RESULTS, "loci");
    assertEquals(
        List.of("a%20b#2", "c#0", "a%20b#5"),
        run.ranking("q1", Run.Order.SCORE).stream().map(Run.Entry::docId).toList());
  }

  @Test
  void testAQueryIdOrTagWithSpacesIsEscapedAndTheRunReadsBack() throws Exception {
    Map<String, SearchResult> results = Map.of("query 1", RESULTS.get("q1"));
    Run run = Runs.passages(results, "my run");
    java.io.StringWriter out = new java.io.StringWriter();
    run.write(out);
    for (String line : out.toString().split("\n")) {
      assertEquals(6, line.split(" ").length, line);
    }
    java.nio.file.Path file = java.nio.file.Files.createTempFile("run", ".txt");
    try {
      java.nio.file.Files.writeString(file, out.toString());
      assertEquals(java.util.Set.of("query%201"), Run.read(file).queries());
    } finally {
      java.nio.file.Files.delete(file);
    }
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> Run.of(Map.of("q 1", List.of(new Run.Entry("d", 1, 1.0))), "t"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> Run.of(Map.of("q", List.of(new Run.Entry("d 1", 1, 1.0))), "t"));
    // A no-break space is a char of an id, as trec_eval reads it: a run holding one still reads.
    assertEquals(
        java.util.Set.of("q\u00A01"),
        Run.of(Map.of("q\u00A01", List.of(new Run.Entry("d\u3000a", 1, 1.0))), "t").queries());
  }

  @Test
  void testSourceRunKeepsEachSourceAtItsBestPassage() {
    Run run = Runs.sources(RESULTS, "loci");
    List<Run.Entry> ranking = run.ranking("q1", Run.Order.RANK);
    assertEquals(List.of("a%20b", "c"), ranking.stream().map(Run.Entry::docId).toList());
    assertEquals(3.0, ranking.get(0).score(), 1e-6);
    assertEquals(2, ranking.get(1).rank());
  }

  @Test
  void testRunScoresFallWithRankSoThatEvaluationKeepsLocisOrder() {
    // A tie (broken by source id), a passage ranked above a higher score (page furniture after
    // content, an order by amount), then a score below both.
    SearchResult result =
        new SearchResult(
            List.of(
                hit(1, 2f, "b", 0), hit(2, 2f, "a", 0), hit(3, 5f, "c", 0), hit(4, 0.25f, "d", 0)),
            4,
            List.of(),
            "query");
    double[] scores = Runs.falling(result.hits());
    assertEquals(List.of(2.0, 1.999999, 1.999998, 0.25), Arrays.stream(scores).boxed().toList());
    Run run = Runs.passages(Map.of("q", result), "loci");
    assertEquals(
        List.of("b#0", "a#0", "c#0", "d#0"),
        run.ranking("q", Run.Order.SCORE).stream().map(Run.Entry::docId).toList());
    assertEquals(
        List.of("b", "a", "c", "d"),
        Runs.sources(Map.of("q", result), "loci").ranking("q", Run.Order.SCORE).stream()
            .map(Run.Entry::docId)
            .toList());
  }

  @Test
  void testRetrievedPassagesKeepSpans() {
    assertEquals(new RetrievedPassage("c", 0, 4), Runs.retrieved(RESULTS).get("q1").get(1));
  }

  @Test
  void testARunRefusesADocumentTwiceForAQueryAndAScoreNotFinite() {
    // Counted twice, "a" would give recall 1.5 and nDCG above 1 (a quality gate passed wrongly).
    IllegalArgumentException twice =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> Run.ofRanked(Map.of("q1", List.of("c", "a", "a")), "t"));
    org.junit.jupiter.api.Assertions.assertTrue(
        twice.getMessage().contains("document a appears twice for query q1"), twice.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> Run.of(Map.of("q", List.of(new Run.Entry("d", 1, Double.NaN))), "t"));
    // The same document for two queries is fine.
    assertEquals(
        java.util.Set.of("q1", "q2"),
        Run.ofRanked(Map.of("q1", List.of("a"), "q2", List.of("a")), "t").queries());
  }

  @Test
  void testQrelsRefuseWhatTheirLinesCouldNotHold() {
    Map<String, Integer> nullGrade = new java.util.HashMap<>();
    nullGrade.put("d", null);
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Qrels.of(Map.of("q", nullGrade)));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Qrels.of(Map.of("q", Map.of("d 1", 1))));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Qrels.of(Map.of("q 1", Map.of("d", 1))));
    assertEquals(java.util.Set.of("q"), Qrels.of(Map.of("q", Map.of("d", 1))).queries());
  }
}
