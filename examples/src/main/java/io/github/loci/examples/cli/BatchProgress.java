package io.github.loci.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Says how far a batch of queries has got, on standard error (the run itself goes to standard
 * output): a line at most every {@value #EVERY_SECONDS} seconds, so a batch that ends sooner says
 * nothing.
 */
final class BatchProgress {
  static final int EVERY_SECONDS = 10;

  private final PrintWriter err;
  private final int total;
  private final LongSupplier nanoClock;
  private final long start;
  private long last;

  /**
   * Starts the clock of a batch.
   *
   * @param err where the lines go
   * @param total how many queries the batch has
   * @param nanoClock the time in nanoseconds, {@link System#nanoTime} but in tests
   */
  BatchProgress(PrintWriter err, int total, LongSupplier nanoClock) {
    this.err = err;
    this.total = total;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.last = start;
  }

  /**
   * Notes that some queries are done, and says so when the last line is old enough.
   *
   * @param done how many queries of the batch are done
   */
  void done(int done) {
    long now = nanoClock.getAsLong();
    if (now - last < EVERY_SECONDS * 1_000_000_000L || done >= total) {
      return;
    }
    last = now;
    double seconds = (now - start) / 1e9;
    double rate = done / seconds;
    long left = rate > 0 ? Math.round((total - done) / rate) : -1;
    err.printf(
        Locale.ROOT,
        "loci: searched %,d of %,d queries (%.1f a second%s)%n",
        done,
        total,
        rate,
        left >= 0 ? String.format(Locale.ROOT, ", about %d:%02d left", left / 60, left % 60) : "");
    err.flush();
  }
}
