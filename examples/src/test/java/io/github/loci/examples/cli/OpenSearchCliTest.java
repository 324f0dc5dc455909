package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * {@code loci search --opensearch}: a wrong combination of options is a usage error, and an
 * OpenSearch that cannot be reached is one line naming it, without a stack trace. (Searching a
 * cluster is tested in the opensearch-client module's SearchIT.)
 */
class OpenSearchCliTest {
  @Test
  void openSearchNeedsAnIndexName() {
    LociCliTest.Result r = LociCliTest.run("search", "--opensearch", "http://localhost:9200", "x");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--opensearch needs --index-name NAME"), r.err());
  }

  @Test
  void searchNeedsAnIndexOrOpenSearch() {
    LociCliTest.Result r = LociCliTest.run("search", "data centres");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--index DIR, or --opensearch URL --index-name NAME"), r.err());
  }

  @Test
  void anUnreachableOpenSearchIsOneLine() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    LociCliTest.Result r =
        LociCliTest.run(
            "search",
            "--opensearch",
            "http://127.0.0.1:" + port,
            "--index-name",
            "loci",
            "data centres");
    assertEquals(ExitCodes.FAILURE, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("loci: error: "), r.err());
    assertTrue(r.err().contains("127.0.0.1:" + port), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aBadUrlIsAUsageError() {
    LociCliTest.Result r =
        LociCliTest.run("search", "--opensearch", "localhost", "--index-name", "loci", "x");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("needs scheme, host and port"), r.err());
  }

  @Test
  void indexIntoOpenSearchRefusesSync() {
    LociCliTest.Result r =
        LociCliTest.run(
            "index", "--opensearch", "http://localhost:9200", "--index-name", "x", "--sync", ".");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("no --index, --sync or --dry-run"), r.err());
  }

  @Test
  void indexIntoAnUnreachableOpenSearchIsOneLine() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    LociCliTest.Result r =
        LociCliTest.run(
            "index", "--opensearch", "http://127.0.0.1:" + port, "--index-name", "loci", ".");
    assertEquals(ExitCodes.FAILURE, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("127.0.0.1:" + port), r.err());
  }
}
