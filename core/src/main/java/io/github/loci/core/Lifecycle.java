package io.github.loci.core;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * When a {@link Loci} may be used and when it closes: every operation holds a share of a lock for
 * as long as it runs, and closing takes the whole lock, so it waits for the operations in progress
 * (an indexing run is asked to stop first, and finishes what it has in flight) and none fails
 * halfway on a closed analyzer or index. An operation that begins once closing has begun fails with
 * "this Loci is closed". A close asked for from inside an operation (an index run's listener) takes
 * effect when that operation ends, since it cannot wait for itself.
 */
final class Lifecycle {
  /** What closing does, once no operation is in progress. */
  interface Closer {
    void close() throws IOException;
  }

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** Counted down once closed. */
  private final CountDownLatch done = new CountDownLatch(1);

  private final Runnable stopRequest;
  private final Closer closer;
  private volatile boolean closed;

  /** The thread that asked to close from inside its own operation, which then closes. */
  private Thread deferredBy;

  /**
   * @param stopRequest asks the operations in progress to finish soon (an index run to stop)
   * @param closer closes what the operations use
   */
  Lifecycle(Runnable stopRequest, Closer closer) {
    this.stopRequest = stopRequest;
    this.closer = closer;
  }

  /** An operation in progress; closing it ends it. */
  final class Use implements AutoCloseable {
    private Use() {}

    @Override
    public void close() throws IOException {
      lock.readLock().unlock();
      if (lock.getReadHoldCount() == 0) {
        closeIfDeferredBy(Thread.currentThread());
      }
    }
  }

  /**
   * Fails as a call on a closed instance does, for what needs no share of the lifecycle (a getter).
   *
   * @throws IllegalStateException once closed
   */
  void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this Loci is closed");
    }
  }

  /**
   * Begins an operation.
   *
   * @return the operation, to close when it ends
   * @throws IllegalStateException if closing has begun
   */
  Use use() {
    // Never waits: tryLock takes a share even while a close waits for the whole lock (a call that
    // waited for it there could be one a call in progress waits for), and fails only while the
    // close itself runs.
    if (!lock.readLock().tryLock()) {
      throw new IllegalStateException("this Loci is closed");
    }
    if (closed) {
      lock.readLock().unlock();
      throw new IllegalStateException("this Loci is closed");
    }
    return new Use();
  }

  /**
   * Closes, once the operations in progress have ended; idempotent.
   *
   * @throws IOException if closing fails
   */
  void close() throws IOException {
    boolean underWay;
    synchronized (this) {
      underWay = closed;
      closed = true;
    }
    if (underWay) {
      // Another close is under way: wait for it, unless called from inside a call, which that
      // close waits for.
      if (lock.getReadHoldCount() == 0) {
        awaitClosed();
      }
      return;
    }
    stopRequest.run();
    if (lock.getReadHoldCount() > 0) {
      // Called from inside an operation on this thread: it closes when that operation ends.
      synchronized (this) {
        deferredBy = Thread.currentThread();
      }
      return;
    }
    closeNow();
  }

  private void closeIfDeferredBy(Thread thread) throws IOException {
    synchronized (this) {
      if (deferredBy != thread) {
        return;
      }
      deferredBy = null;
    }
    closeNow();
  }

  /** Closes once every call in progress has ended. */
  private void closeNow() throws IOException {
    lock.writeLock().lock();
    try {
      closer.close();
    } finally {
      lock.writeLock().unlock();
      done.countDown();
    }
  }

  /**
   * Waits until the close under way has closed; an interrupt ends the wait (the flag kept), the way
   * out should the close wait for work this thread does.
   */
  private void awaitClosed() {
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
