package io.github.loci.core.index;

import io.github.loci.core.ingest.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.index.IndexWriter;

/**
 * The workers of a run with more than one thread: a fixed pool whose submissions wait while twice
 * as many batches of sources as workers are in flight, or batches of more chars in all than the
 * largest source the heap indexes ({@link SourceReader#maxSourceBytes}): memory is bounded by
 * bytes, not only by sources, so that large sources run one or two at a time.
 */
final class IndexWorkers {
  private final ExecutorService pool;
  private final Semaphore slots;
  private final Semaphore chars;
  private final int budget;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final int size;

  private static final String WORKER_NAME = "loci-index-";

  /**
   * Refuses a write to an index from a worker of a run in progress on that index (a detector or
   * segmenter of the caller's own that calls back into the same Loci): the run holds the index's
   * write lock while it waits for its workers, so such a write would wait for ever. Another index
   * may be written from there.
   *
   * @param index the index to be written
   * @throws IllegalStateException on a worker's thread of a run on that index
   */
  static void refuseWritesFromWorkers(IndexSession index) {
    if (Thread.currentThread() instanceof Worker w && w.index == index) {
      throw new IllegalStateException(
          "Loci cannot be written or closed from inside its own indexing run's workers (a detector"
              + " that indexes, deletes or closes): it would wait for the run, which waits for it");
    }
  }

  /** A worker's thread, told apart by its class, and the index its run writes. */
  private static final class Worker extends Thread {
    final IndexSession index;

    Worker(Runnable task, String name, IndexSession index) {
      super(task, name);
      this.index = index;
    }
  }

  IndexWorkers(int size) {
    this(size, null);
  }

  /**
   * Workers for a run.
   *
   * @param size how many
   * @param index the index the run writes (null in tests of the pool alone)
   */
  IndexWorkers(int size, IndexSession index) {
    this.size = size;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            size,
            r -> {
              Thread t = new Worker(r, WORKER_NAME + n.incrementAndGet(), index);
              t.setDaemon(true);
              return t;
            });
    this.slots = new Semaphore(2 * size);
    this.budget = (int) SourceReader.maxSourceBytes(Runtime.getRuntime().maxMemory());
    this.chars = new Semaphore(budget);
  }

  /** Runs a batch's task once a slot and its share of the budget are free. */
  void submit(Runnable task, long batchChars) {
    rethrow();
    int weight = (int) Math.max(1, Math.min(batchChars, budget));
    slots.acquireUninterruptibly();
    chars.acquireUninterruptibly(weight);
    pool.execute(
        () -> {
          try {
            if (failure.get() == null) {
              task.run();
            }
          } catch (Throwable e) {
            // An error (out of memory, a stack overflow) stops the run, as it does on one thread.
            // What closed the writer is kept rather than another worker's "closed" after it.
            failure.accumulateAndGet(e, IndexWorkers::firstCause);
          } finally {
            chars.release(weight);
            slots.release();
          }
        });
  }

  /** Waits for every source submitted, then throws the first failure of the index, if any. */
  void finish() {
    slots.acquireUninterruptibly(2 * size);
    slots.release(2 * size);
    rethrow();
  }

  /**
   * Waits for every source submitted, then writes the writer's indexing buffers to segments on the
   * workers, side by side ({@link IndexWriter#flushNextBuffer}), and waits for them: a commit then
   * finds little left to write on its own thread. Without it the run's last commit wrote every
   * worker's buffer, one after another, while the other cores idled.
   *
   * @param writer the writer the workers add to
   */
  void flush(IndexWriter writer) {
    finish();
    for (int i = 0; i < size; i++) {
      submit(
          () -> {
            try {
              // A call writes one buffer, or none when another worker took the one it chose (that
              // worker may still be writing it, and others may be left): so a worker tries again
              // until no document is buffered.
              while (writer.numRamDocs() > 0) {
                if (!writer.flushNextBuffer()) {
                  LockSupport.parkNanos(1_000_000);
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          1);
    }
    finish();
  }

  /**
   * Stops the pool and waits for the sources in flight: the ones not started are dropped, none is
   * stopped halfway, and none is still writing when the run gives back its searcher and lock.
   */
  void abort() {
    failure.compareAndSet(null, new IllegalStateException("the run stopped"));
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The failure to keep: the first, unless it only says the writer was closed by the next. */
  static Throwable firstCause(Throwable kept, Throwable next) {
    return kept == null
            || (kept instanceof org.apache.lucene.store.AlreadyClosedException
                && !(next instanceof org.apache.lucene.store.AlreadyClosedException))
        ? next
        : kept;
  }

  private void rethrow() {
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error error) {
      throw error;
    }
    if (e != null) {
      throw new IllegalStateException(e);
    }
  }
}
