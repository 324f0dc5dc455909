package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The workers' flush writes every indexing buffer before a commit, on the workers. */
class IndexWorkersTest {
  @Test
  void flushWritesEveryBufferOnTheWorkers() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(
                dir, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(256))) {
      IndexWorkers workers = new IndexWorkers(2);
      try {
        for (int batch = 0; batch < 8; batch++) {
          int first = batch * 500;
          workers.submit(
              () -> {
                for (int i = first; i < first + 500; i++) {
                  Document doc = new Document();
                  doc.add(new TextField("text", "passage " + i + " of batch", Field.Store.YES));
                  try {
                    writer.addDocument(doc);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              },
              1);
        }
        workers.finish();
        long buffered = writer.ramBytesUsed();
        assertTrue(buffered > 100_000, "nothing buffered: " + buffered);

        workers.flush(writer);

        // The buffers are segments now: what is left in memory is a small fraction of them.
        assertTrue(
            writer.ramBytesUsed() < buffered / 10,
            "still buffered: " + writer.ramBytesUsed() + " of " + buffered);
        writer.commit();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          assertEquals(4_000, reader.numDocs());
        }
      } finally {
        workers.abort();
      }
    }
  }

  @Test
  void testTheFailureKeptIsWhatClosedTheWriterNotAnotherWorkersClosed() {
    Throwable closed = new org.apache.lucene.store.AlreadyClosedException("closed");
    Throwable full = new java.io.UncheckedIOException(new java.io.IOException("No space left"));
    assertSame(full, IndexWorkers.firstCause(closed, full));
    assertSame(full, IndexWorkers.firstCause(full, closed));
    assertSame(full, IndexWorkers.firstCause(null, full));
    Throwable other = new IllegalStateException("boom");
    assertSame(full, IndexWorkers.firstCause(full, other));
  }
}
