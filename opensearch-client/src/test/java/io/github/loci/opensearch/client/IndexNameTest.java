package io.github.loci.opensearch.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Index names go into request paths: "x#y" created the index "x", "x?q=1" added to the query of a
 * search, "x/_doc" wrote to another endpoint.
 */
class IndexNameTest {
  @Test
  void namesOpenSearchTakesPass() {
    for (String name : new String[] {"loci", "loci-news", "loci_2026.12", "a+b", "données"}) {
      assertEquals(name, LociOpenSearch.checkIndexName(name));
    }
  }

  @Test
  void otherNamesAreRefusedWithTheRuleTheyBreak() {
    Map<String, String> refused =
        Map.of(
            "x#y",
            "holds '#'",
            "x?q=1",
            "holds '?'",
            "x/_doc",
            "holds '/'",
            "bad name",
            "holds ' '",
            "Loci",
            "has capitals",
            "",
            "is empty",
            "..",
            "is . or ..",
            "-x",
            "starts with -",
            "a:b",
            "holds ':'",
            "x".repeat(256),
            "is longer than 255 bytes");
    refused = new java.util.HashMap<>(refused);
    refused.put("%2a", "holds '%'"); // OpenSearch decodes it into "*", every index
    refused.forEach(
        (name, rule) -> {
          IllegalArgumentException e =
              assertThrows(
                  IllegalArgumentException.class, () -> LociOpenSearch.checkIndexName(name));
          assertTrue(e.getMessage().contains(rule), name + ": " + e.getMessage());
        });
    // Nothing is sent: the client is refused the name before it connects.
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RemoteLoci.connect(
                "http://127.0.0.1:9",
                "x#y",
                io.github.loci.core.search.Topics.builtIn(),
                io.github.loci.core.lexicon.Lexicon.builtIn()));
  }
}
