package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.Source;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchRequestTest {
  private static SearchRequest.Builder alibaba() {
    return SearchRequest.builder().query("Alibaba");
  }

  @Test
  void testAPageBeyondTheWindowIsRefusedNotLeftToOverflowOrExhaustTheHeap() {
    assertEquals(
        SearchRequest.MAX_WINDOW, alibaba().limit(SearchRequest.MAX_WINDOW).build().limit());
    assertEquals(9_990, alibaba().offset(9_990).limit(10).build().offset());
    // offset + limit overflowed an int: the page came back empty, with the right total.
    IllegalArgumentException overflow =
        assertThrows(
            IllegalArgumentException.class,
            () -> alibaba().offset(1).limit(Integer.MAX_VALUE).build());
    assertTrue(overflow.getMessage().contains("at most 10000"), overflow.getMessage());
    // A large limit or offset ran out of memory (candidate queues sized by the request).
    assertThrows(IllegalArgumentException.class, () -> alibaba().limit(50_000_000).build());
    assertThrows(IllegalArgumentException.class, () -> alibaba().offset(10_000).build());
  }

  @Test
  void testASourceFilterIdWithAnUnpairedSurrogateIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> alibaba().sources(Set.of("doc\uD800")).build());
    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    assertEquals(
        Set.of("doc\uD83D\uDE00"), alibaba().sources(Set.of("doc\uD83D\uDE00")).build().sources());
  }

  @Test
  void testAQueryOfOnlySpacesIsNoQuery() {
    for (String spaces : new String[] {"   ", "\u00A0\u00A0", "\u2003\u3000 "}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> SearchRequest.builder().query(spaces).build());
      assertEquals("a search needs a query or a topic", e.getMessage());
    }
  }

  @Test
  void testAMinimumAmountNoAmountCanReachIsRefused() {
    assertEquals(1e9, alibaba().minAmount(1e9).build().minAmount().getAsDouble());
    for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NaN, -1}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> alibaba().minAmount(bad).build());
      assertTrue(e.getMessage().contains("finite number >= 0"), e.getMessage());
    }
  }

  @Test
  void testLanguagesAreReadAsSourcesDeclareThem() throws Exception {
    assertEquals(
        Set.of("en"), alibaba().languages(Set.of("EN", "en-GB", "English")).build().languages());
    assertEquals(Set.of("und"), alibaba().languages(Set.of("UND")).build().languages());
    // A detected code that has no ISO 639-1 form (Cebuano) is kept, in lower case.
    assertEquals(Set.of("ceb"), alibaba().languages(Set.of("CEB")).build().languages());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> alibaba().languages(Set.of("not a language")).build());
    assertTrue(
        unknown.getMessage().contains("unknown language \"not a language\""), unknown.getMessage());
    try (Loci loci = Loci.inMemory()) {
      loci.index(
          List.of(
              Source.of("a", "A", "Alibaba opened a data centre in Germany last year.")
                  .withLanguage("en"),
              Source.of("b", "B", "Alibaba abrió un centro de datos en Colombia el año pasado.")
                  .withLanguage("es")));
      // An upper-case code or a tag matched nothing before: the filter took it as written.
      for (String en : List.of("en", "EN", "en-GB", "English")) {
        List<Hit> hits = loci.search(alibaba().languages(Set.of(en)).build()).hits();
        assertEquals(List.of("a"), hits.stream().map(Hit::sourceId).distinct().toList(), en);
      }
    }
  }
}
