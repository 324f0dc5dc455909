package io.github.loci.core.index;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Where an indexing run is, for progress bars and logs.
 *
 * @param sources sources done so far (added, replaced or unchanged)
 * @param unchanged of those, the ones already indexed (resumed)
 * @param passages passages written so far
 * @param skipped sources that could not be read or indexed so far
 * @param bytesRead input bytes read so far (0 when sources come from memory)
 * @param totalBytes all input bytes, when known up front (files)
 * @param commits commits made so far
 * @param elapsed time since the run started
 * @param committed whether this report follows a commit
 */
public record IndexProgress(
    long sources,
    long unchanged,
    long passages,
    long skipped,
    long bytesRead,
    OptionalLong totalBytes,
    int commits,
    Duration elapsed,
    boolean committed) {

  /**
   * Estimates the time left from the share of input bytes read.
   *
   * @return the estimate, or empty when the total is unknown or nothing is read yet
   */
  public java.util.Optional<Duration> remaining() {
    if (totalBytes.isEmpty() || bytesRead <= 0 || totalBytes.getAsLong() <= 0) {
      return java.util.Optional.empty();
    }
    double done = Math.min(1, bytesRead / (double) totalBytes.getAsLong());
    long nanos = (long) (elapsed.toNanos() * (1 - done) / done);
    return java.util.Optional.of(Duration.ofNanos(nanos));
  }
}
