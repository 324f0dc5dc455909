package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SearchResult#totalMatches()} is exact up to {@link SearchResult#COUNT_THRESHOLD} matches
 * and a lower bound beyond (where Lucene passes over passages that cannot reach the page), exact
 * whenever the request asks for it; the hits are the same either way.
 */
class TotalMatchesTest {
  @TempDir static Path dir;
  private static Loci loci;
  private static long passages;

  @BeforeAll
  static void index() throws Exception {
    List<Source> sources = new ArrayList<>();
    String[] places = {"Lima", "Quito", "Bogotá", "Caracas", "Santiago", "Asunción", "La Paz"};
    for (int i = 0; i < 1_300; i++) {
      // Every sentence names the cloud; lengths and repetitions vary, so do the scores.
      String extra = " and the harbour".repeat(i % 5);
      sources.add(
          Source.of(
                  "report-" + i,
                  "Report " + i,
                  "The cloud region in "
                      + places[i % places.length]
                      + " opened in year "
                      + (1990 + i % 30)
                      + extra
                      + ". Its cloud capacity grew"
                      + " cloud".repeat(i % 3)
                      + " by "
                      + i
                      + " racks. Engineers moved the cloud archive"
                      + (i == 123 ? " to Zanzibar." : "."))
              .withLanguage("en"));
    }
    loci = Loci.open(dir);
    IndexReport report = loci.index(sources);
    passages = report.passagesWritten();
    assertTrue(passages > SearchResult.COUNT_THRESHOLD + 100, passages + " passages");
  }

  @AfterAll
  static void close() throws Exception {
    loci.close();
  }

  private static List<String> ranking(SearchResult result) {
    return result.hits().stream()
        .map(h -> h.rank() + " " + h.passageId() + " " + h.score() + " " + h.matches())
        .toList();
  }

  @Test
  void beyondTheThresholdTheCountIsALowerBoundAndTheHitsAreTheSame() throws Exception {
    for (int offset : new int[] {0, 25}) {
      SearchRequest.Builder request = SearchRequest.builder().query("cloud").offset(offset);
      SearchResult bounded = loci.search(request.build());
      SearchResult exact = loci.search(request.exactCount(true).build());

      assertEquals(SearchResult.Relation.EQUAL_TO, exact.totalRelation());
      assertEquals(passages, exact.totalMatches(), "every passage names the cloud");

      assertEquals(SearchResult.Relation.GREATER_THAN_OR_EQUAL_TO, bounded.totalRelation());
      assertTrue(
          bounded.totalMatches() > SearchResult.COUNT_THRESHOLD, "" + bounded.totalMatches());
      assertTrue(bounded.totalMatches() <= passages, "" + bounded.totalMatches());
      assertEquals(ranking(exact), ranking(bounded), "offset " + offset);
      assertEquals(10, bounded.hits().size());
    }
  }

  @Test
  void belowTheThresholdTheCountIsExact() throws Exception {
    SearchResult rare = loci.search(SearchRequest.of("Zanzibar"));
    assertEquals(SearchResult.Relation.EQUAL_TO, rare.totalRelation());
    assertTrue(rare.totalMatches() >= 1 && rare.totalMatches() <= 3, "" + rare.totalMatches());
    assertEquals("report-123", rare.hits().get(0).sourceId());
  }

  @Test
  void theOrderByAmountCountsEveryMatch() throws Exception {
    SearchResult byAmount =
        loci.search(
            SearchRequest.builder().query("cloud").order(SearchRequest.Order.AMOUNT).build());
    assertEquals(SearchResult.Relation.EQUAL_TO, byAmount.totalRelation());
    assertEquals(passages, byAmount.totalMatches());
  }
}
