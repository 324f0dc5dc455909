package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.Seeds;
import io.github.loci.core.ingest.Source;
import org.junit.jupiter.api.Test;

/** Text of any length is searched: a pasted article keeps its most selective words. */
class LongQueriesTest {
  @Test
  void testAPastedArticleIsSearchedWithItsMostSelectiveWords() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      loci.index(Seeds.all());
      Source english = Seeds.seed(3);
      String pasted = english.text().replaceAll("\\s+", " ").substring(0, 2_000);
      SearchResult result = loci.search(pasted);
      assertFalse(result.hits().isEmpty());
      assertEquals(english.id(), result.hits().get(0).sourceId(), "the article finds itself");
      assertEquals(1, result.notes().size(), result.notes().toString());
      assertTrue(
          result.notes().get(0).contains("searched with the " + LongQueries.MAX_WORDS),
          result.notes().get(0));
    }
  }

  @Test
  void testAShortQueryIsSearchedWhole() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      loci.index(Seeds.all());
      SearchResult result = loci.search("Alibaba data centres in Germany");
      assertTrue(result.notes().isEmpty(), result.notes().toString());
      assertFalse(result.hits().isEmpty());
    }
  }

  @Test
  void testTheWordsNoPassageContainsAreDroppedFirst() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      loci.index(Seeds.all());
      StringBuilder query = new StringBuilder("Alibaba Frankfurt");
      for (int i = 0; i < 200; i++) {
        query.append(" zzq").append(Integer.toString(i, 26).replace('0', 'a'));
      }
      SearchResult result = loci.search(query.toString());
      assertTrue(result.notes().get(0).contains("alibaba frankfurt"), result.notes().get(0));
      assertFalse(result.hits().isEmpty());
    }
  }

  @Test
  void testAnAmountKeptInACutTextStaysWhole() throws Exception {
    // The cut kept the words alone: "8%" became "8", and no percentage was searched.
    try (Loci loci = Loci.inMemory()) {
      loci.index(Seeds.all());
      StringBuilder query = new StringBuilder("cuota cerca del 8%");
      for (int i = 0; i < 40; i++) {
        query.append(" zzq").append(Integer.toString(i, 26).replace('0', 'a'));
      }
      SearchResult result = loci.search(query.toString());
      assertEquals(1, result.notes().size(), result.notes().toString());
      assertTrue(result.query().contains("amount_percent"), result.query());
      assertEquals("000_1e5a2fdc30525381", result.hits().get(0).sourceId());
    }
  }
}
