package io.github.loci.core.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An open index: its {@link Directory}, its {@link IndexWriter} (none when read-only), the {@link
 * SearcherManager} searches and indexing runs take searchers from, and its commits, each stamped
 * with the {@link IndexFormat}.
 *
 * <p>Lucene's commits are atomic and its lock is released when a process dies, so a killed run
 * leaves the last commit intact and the next open goes on from it. Thread-safe; changes that must
 * not interleave (an indexing run, deletes) hold {@link #writeLock()}.
 *
 * <p>The writer's file I/O runs on a thread of the session's own ({@link #io}), which nothing
 * interrupts: a file channel used by an interrupted thread is closed under it (Java's {@code
 * ClosedByInterruptException}), and Lucene then closes the writer and invalidates its lock, for
 * every thread, until the index is opened again. A caller's interrupt thus stops an indexing run
 * (as a stop request does) and never breaks the index.
 */
public final class IndexSession implements Closeable {
  private final Optional<Path> path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Object writeLock = new Object();
  private volatile boolean closing;
  private boolean closed; // guarded by writeLock

  /** The thread the writer's I/O runs on; none when read-only. */
  private final ExecutorService io;

  private volatile Thread ioThread;

  private IndexSession(
      Optional<Path> path, Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.io =
        writer == null
            ? null
            : Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "loci-index-io");
                  t.setDaemon(true);
                  ioThread = t;
                  return t;
                });
  }

  /**
   * Refuses what a worker of a run on this index may not do (write, close): the run holds the
   * index's write lock while it waits for its workers, so it would wait for ever.
   *
   * @throws IllegalStateException on a worker's thread of a run on this index
   */
  public void refuseFromItsWorkers() {
    IndexWorkers.refuseWritesFromWorkers(this);
  }

  /** Work that reads or writes the index. */
  @FunctionalInterface
  public interface IoWork<T> {
    /**
     * Does the work.
     *
     * @return its result
     * @throws IOException if the index cannot be read or written
     */
    T run() throws IOException;
  }

  /**
   * Runs work that writes through the writer on the session's I/O thread, which is never
   * interrupted, and waits for it; an interrupt of the calling thread meanwhile is kept (its flag
   * set again on return) and does not stop the work. Read-only, or on the I/O thread itself, the
   * work runs here.
   *
   * @param work the work
   * @return its result
   * @throws IOException what the work threw
   */
  public <T> T io(IoWork<T> work) throws IOException {
    if (io == null || Thread.currentThread() == ioThread) {
      return work.run();
    }
    Future<T> done;
    try {
      done = io.submit(work::run);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new org.apache.lucene.store.AlreadyClosedException("this index is closed", e);
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return done.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException x) {
            throw x;
          } else if (cause instanceof RuntimeException x) {
            throw x;
          } else if (cause instanceof Error x) {
            throw x;
          }
          throw new IOException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Opens or creates an index.
   *
   * @param path the folder, or empty for an in-memory index
   * @param readOnly whether to search only: no writer, no lock, and the index must exist
   * @param analyzer the per-field analyzer documents are indexed with
   * @param similarity the similarity to index with
   * @param searcherFactory makes the searchers
   * @param ramBufferMb the writer's indexing buffer
   * @return the session
   * @throws IndexLockedException if another writer holds the index
   * @throws IncompatibleIndexException if the folder holds another version's or a non-Loci index
   * @throws IOException if the folder cannot be read or written
   */
  public static IndexSession open(
      Optional<Path> path,
      boolean readOnly,
      Analyzer analyzer,
      Similarity similarity,
      SearcherFactory searcherFactory,
      double ramBufferMb)
      throws IOException {
    String where = path.map(Path::toString).orElse("in-memory index");
    Directory dir = null;
    IndexWriter w = null;
    try {
      if (path.isPresent()) {
        if (readOnly) {
          IndexFolder.checkReadable(path.get());
        } else {
          IndexFolder.prepareWritable(path.get());
        }
        dir = FSDirectory.open(path.get());
      } else {
        dir = new ByteBuffersDirectory();
      }
      boolean exists = DirectoryReader.indexExists(dir);
      if (exists) {
        IndexFormat.check(where, SegmentInfos.readLatestCommit(dir).getUserData());
      } else if (readOnly) {
        throw new IOException(IndexFolder.NO_INDEX.formatted(where));
      }
      if (readOnly) {
        return new IndexSession(path, dir, null, new SearcherManager(dir, searcherFactory));
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(ramBufferMb);
      config.setSimilarity(similarity);
      try {
        w = new IndexWriter(dir, config);
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException(
            "index is locked: "
                + where
                + " is open for writing by another Loci instance or process; close it first",
            e);
      } catch (java.nio.file.FileSystemException e) {
        throw IndexFolder.isLockFileError(e) ? IndexFolder.readOnly(path.get(), e) : e;
      }
      if (!exists) {
        commit(w);
      }
      return new IndexSession(path, dir, w, new SearcherManager(w, searcherFactory));
    } catch (IOException e) {
      closeQuietly(w);
      closeQuietly(dir);
      throw IndexFolder.isDamage(e) ? new DamagedIndexException(where, e) : e;
    } catch (RuntimeException e) {
      closeQuietly(w);
      closeQuietly(dir);
      throw e;
    }
  }

  /**
   * Where the index is.
   *
   * @return its folder, or empty in memory
   */
  public Optional<Path> path() {
    return path;
  }

  /**
   * The writer.
   *
   * @return the writer
   * @throws IllegalStateException if the session is read-only
   */
  public IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("this Loci was opened read-only");
    }
    return writer;
  }

  /**
   * The lock that indexing runs and deletes hold, so that they do not interleave.
   *
   * @return the lock object
   */
  public Object writeLock() {
    return writeLock;
  }

  /**
   * Takes the current searcher; give it back with {@link #release}.
   *
   * @return the searcher
   * @throws IOException if the index cannot be read
   */
  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  /**
   * Gives a searcher back.
   *
   * @param searcher from {@link #acquire}
   * @throws IOException if the reader cannot be closed
   */
  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /**
   * Makes what was written (or, read-only, committed by another process) visible to searches.
   *
   * @throws IOException if the index cannot be read
   */
  public void refresh() throws IOException {
    // Writable, a refresh writes: the writer flushes what it buffers for the new reader.
    io(
        () -> {
          searchers.maybeRefreshBlocking();
          return null;
        });
  }

  /**
   * Commits what was written so far: durable and atomic, stamped with the index format.
   *
   * @throws IOException if the index cannot be written
   */
  public void commit() throws IOException {
    IndexWriter w = writer();
    io(
        () -> {
          commit(w);
          return null;
        });
  }

  private static void commit(IndexWriter w) throws IOException {
    w.setLiveCommitData(IndexFormat.commitData().entrySet());
    w.commit();
  }

  /**
   * Whether closing has begun ({@link #requestClose}, {@link #close}): a run in progress then reads
   * no more sources, finishes and commits the ones in flight, and returns, so that the close that
   * waits for it goes on; a run not yet begun does not begin.
   *
   * @return true once closing has begun
   */
  public boolean closing() {
    return closing;
  }

  /** Asks a run in progress to stop ({@link #closing}), ahead of {@link #close}. */
  public void requestClose() {
    closing = true;
  }

  /**
   * Closes the searchers, the writer (runs and deletes have committed their work as they went) and
   * the directory, releasing the lock. A run in progress is asked to stop ({@link #closing}) and
   * waited for.
   *
   * @throws IOException if the index cannot be closed
   */
  @Override
  public void close() throws IOException {
    closing = true;
    synchronized (writeLock) {
      if (closed) {
        return; // closed before: nothing left to close
      }
      closed = true;
      try {
        searchers.close();
      } finally {
        try {
          if (writer != null) {
            io(
                () -> {
                  writer.close();
                  return null;
                });
          }
        } finally {
          try {
            directory.close();
          } finally {
            if (io != null) {
              io.shutdown();
            }
          }
        }
      }
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // already failing: the original exception is the one to report
      }
    }
  }
}
