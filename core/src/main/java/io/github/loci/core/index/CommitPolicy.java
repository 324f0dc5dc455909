package io.github.loci.core.index;

import java.time.Duration;
import java.util.Objects;

/**
 * When an indexing run commits: after every {@code sources} sources or every {@code interval},
 * whichever comes first, and at its end. A killed run loses at most one interval of work; a rerun
 * of the same input skips what was committed (unchanged sources are found by hash).
 *
 * @param sources sources between commits, at least 1
 * @param interval time between commits, positive
 */
public record CommitPolicy(int sources, Duration interval) {
  /**
   * The default: every 20,000 sources or 30 seconds. At Europarl's sizes (about 1,000 chars a
   * source) 30 seconds comes first: a kill loses at most 30 s of work, and a commit (a flush and an
   * fsync) costs well under a second.
   */
  public static final CommitPolicy DEFAULT = new CommitPolicy(20_000, Duration.ofSeconds(30));

  /** Validates the limits. */
  public CommitPolicy {
    Objects.requireNonNull(interval, "interval");
    if (sources < 1 || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(
          "commits need at least 1 source and a positive interval: " + sources + ", " + interval);
    }
  }
}
