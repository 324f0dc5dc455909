package io.github.loci.examples.cli;

import io.github.loci.core.index.IndexListener;
import io.github.loci.core.index.IndexProgress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops an indexing run cleanly on SIGTERM or Ctrl-C (SIGINT): the JVM's shutdown hook asks the run
 * to stop, and waits (at most {@link #GRACE_SECONDS}) until the run has finished its sources in
 * flight, committed, and closed the index. A rerun of the same command resumes from that commit. If
 * the grace runs out, the process ends anyway and the index keeps its last commit.
 *
 * <p>Closing it, after the index is closed, lets a waiting hook go, or removes the hook when no
 * signal came.
 */
final class StopOnSignal implements AutoCloseable {
  /** How long a signal waits for the run to commit before the process ends anyway. */
  static final long GRACE_SECONDS = 30;

  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook = new Thread(this::awaitClose, "loci-stop-on-signal");
  private volatile boolean requested;

  private StopOnSignal() {}

  /** Installs the shutdown hook. */
  static StopOnSignal install() {
    StopOnSignal stop = new StopOnSignal();
    Runtime.getRuntime().addShutdownHook(stop.hook);
    return stop;
  }

  /** Whether a signal asked the run to stop. */
  boolean requested() {
    return requested;
  }

  /** The listener that hears progress and stops the run when a signal asks. */
  IndexListener around(IndexListener listener) {
    return new IndexListener() {
      @Override
      public void progress(IndexProgress progress) {
        listener.progress(progress);
      }

      @Override
      public boolean stopRequested() {
        return requested || listener.stopRequested();
      }
    };
  }

  private void awaitClose() {
    requested = true;
    try {
      closed.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: it returns now that the index is closed.
    }
  }
}
