package io.github.loci.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchResult;
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
  void testSourceRunKeepsEachSourceAtItsBestPassage() {
    Run run = Runs.sources(RESULTS, "loci");
    List<Run.Entry> ranking = run.ranking("q1", Run.Order.RANK);
    assertEquals(List.of("a%20b", "c"), ranking.stream().map(Run.Entry::docId).toList());
    assertEquals(3.0, ranking.get(0).score(), 1e-6);
    assertEquals(2, ranking.get(1).rank());
  }

  @Test
  void testRetrievedPassagesKeepSpans() {
    assertEquals(new RetrievedPassage("c", 0, 4), Runs.retrieved(RESULTS).get("q1").get(1));
  }
}
