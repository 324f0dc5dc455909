package io.github.loci.opensearch.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.lexicon.LexiconFormatException;
import io.github.loci.core.search.Topics;
import org.junit.jupiter.api.Test;

class RemoteLociTest {
  /** The HTTP client's own threads (its I/O reactor), alive while a client is open. */
  private static long clientThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("httpclient-"))
        .count();
  }

  private static long clientThreadsSettled(long expected) throws InterruptedException {
    long n = clientThreads();
    for (int i = 0; i < 100 && n != expected; i++) {
      Thread.sleep(50);
      n = clientThreads();
    }
    return n;
  }

  @Test
  void aLexiconThatFailsClosesTheClientItWasGiven() throws Exception {
    long before = clientThreads();
    try (RemoteLoci open =
        RemoteLoci.connect("http://127.0.0.1:9", "loci-test", Topics.none(), Lexicon.empty())) {
      assertTrue(clientThreads() > before, "an open client has its I/O threads");
    }
    assertEquals(before, clientThreadsSettled(before), "close ends them");

    Lexicon bad =
        Lexicon.parse(
            "f.tsv",
            "market-share\tmarket\tmarket share\tcuota de mercado\tquota di mercato\tthị phần\n"
                + "of\tgeneral\tof\tde\tdi\tcủa\n");
    LexiconFormatException e =
        assertThrows(
            LexiconFormatException.class,
            () -> RemoteLoci.connect("http://127.0.0.1:9", "loci-test", Topics.none(), bad));
    assertEquals(2, e.line());
    assertEquals(before, clientThreadsSettled(before), "no client left open by the failure");
  }
}
