package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.loci.core.analyze.Analysis;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's own I/O thread: closing, and what comes after. */
class IndexSessionTest {
  @TempDir Path dir;

  @Test
  void testASecondCloseDoesNothingAndUseAfterCloseSaysClosed() throws Exception {
    try (Analysis analysis = new Analysis()) {
      IndexSession session =
          IndexSession.open(
              Optional.of(dir.resolve("index")),
              false,
              analysis.indexAnalyzer(),
              new BM25Similarity(),
              new SearcherFactory(),
              16);
      session.commit();
      session.close();
      session.close(); // Closeable's contract: no effect the second time
      assertThrows(AlreadyClosedException.class, session::commit);
    }
  }
}
