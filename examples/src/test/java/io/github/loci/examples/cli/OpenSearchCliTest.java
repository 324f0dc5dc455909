package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Test
  void indexIntoOpenSearchDeclaresTheLanguageGiven(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("a.txt"), "Alibaba opened a new data centre in Frankfurt this week.\n");
    try (FakeOpenSearch fake = new FakeOpenSearch()) {
      LociCliTest.Result r =
          LociCliTest.run(
              "index",
              "--opensearch",
              fake.url(),
              "--index-name",
              "news",
              "--lang",
              "es",
              dir.toString());
      assertEquals(ExitCodes.OK, r.code(), r.err() + r.out());
      assertTrue(fake.requests.contains("PUT /news"), fake.requests.toString());
      assertFalse(fake.documents.isEmpty());
      for (var doc : fake.documents) {
        assertEquals("es", doc.path("lang").asText(), doc.toString());
      }
      // An unknown language, and --threads, are usage errors before any request.
      int before = fake.requests.size();
      LociCliTest.Result klingon =
          LociCliTest.run(
              "index",
              "--opensearch",
              fake.url(),
              "--index-name",
              "news",
              "--lang",
              "klingon",
              dir.toString());
      assertEquals(ExitCodes.USAGE, klingon.code(), klingon.err());
      assertTrue(klingon.err().contains("--lang: "), klingon.err());
      LociCliTest.Result threads =
          LociCliTest.run(
              "index",
              "--opensearch",
              fake.url(),
              "--index-name",
              "news",
              "--threads",
              "2",
              dir.toString());
      assertEquals(ExitCodes.USAGE, threads.code(), threads.err());
      assertEquals(before, fake.requests.size(), fake.requests.toString());
    }
  }

  @Test
  void aQueryOpenSearchRefusesFailsAloneInABatch(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path queries = Files.writeString(dir.resolve("q.tsv"), "q1\tdata centres\nq2\tcloud\n");
    try (FakeOpenSearch fake = new FakeOpenSearch()) {
      String[] batch = {
        "search",
        "--opensearch",
        fake.url(),
        "--index-name",
        "news",
        "--queries",
        queries.toString()
      };
      // The fake answers a search with status 400, as OpenSearch does a query it refuses.
      LociCliTest.Result r = LociCliTest.run(batch);
      assertEquals(ExitCodes.FAILURE, r.code(), r.err());
      assertTrue(r.err().contains("q.tsv:1: q1: "), r.err());
      assertTrue(r.err().contains("q.tsv:2: q2: "), r.err());
      assertTrue(r.err().contains("2 of 2 queries failed"), r.err());
      // A cluster that fails (503), or an index that is not there (404), stops the batch at its
      // first query, in one line.
      for (int status : new int[] {503, 404}) {
        fake.otherStatus = status;
        LociCliTest.Result down = LociCliTest.run(batch);
        assertEquals(ExitCodes.FAILURE, down.code(), down.err());
        assertEquals(1, down.err().lines().count(), down.err());
        assertTrue(down.err().contains(String.valueOf(status)), down.err());
      }
    }
  }

  @Test
  void aClusterThatRefusesEveryWriteStopsTheRunInOneLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    for (int i = 0; i < 120; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), "Alibaba opened data centre " + i + ".\n");
    }
    try (FakeOpenSearch fake = new FakeOpenSearch()) {
      fake.bulkStatus = 403;
      LociCliTest.Result r =
          LociCliTest.run(
              "index", "--opensearch", fake.url(), "--index-name", "news", dir.toString());
      assertEquals(ExitCodes.FAILURE, r.code(), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().contains("bulk request to news refused"), r.err());
      // One bulk request, not one per batch (three batches of 50) nor one per source.
      assertEquals(
          1,
          fake.requests.stream().filter(q -> q.endsWith("/_bulk")).count(),
          fake.requests.toString());
    }
  }
}
