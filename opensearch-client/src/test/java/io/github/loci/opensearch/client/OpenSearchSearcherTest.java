package io.github.loci.opensearch.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.core.search.SearchRequest;
import org.junit.jupiter.api.Test;

class OpenSearchSearcherTest {
  @Test
  void aRequestNeverAsksForMoreThanOpenSearchsDefaultWindow() {
    assertEquals(30, OpenSearchSearcher.fetchSize(1));
    assertEquals(30, OpenSearchSearcher.fetchSize(10));
    assertEquals(3_000, OpenSearchSearcher.fetchSize(1_000));
    // 3 x 3,334 would be refused (400: Result window is too large); the rest comes by search_after.
    assertEquals(10_000, OpenSearchSearcher.fetchSize(3_334));
    assertEquals(10_000, OpenSearchSearcher.fetchSize(SearchRequest.MAX_WINDOW));
  }
}
