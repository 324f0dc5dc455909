package io.github.loci.core;

import io.github.loci.core.ingest.IngestException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an indexing run did.
 *
 * @param outcomes one per source given, in order
 * @param skipped sources that could not be read or indexed, with where and why
 * @param elapsed wall-clock time of the run
 */
public record IndexReport(
    List<IndexReport.Outcome> outcomes, List<IngestException> skipped, Duration elapsed) {

  /** Copies the lists. */
  public IndexReport {
    outcomes = List.copyOf(outcomes);
    skipped = List.copyOf(skipped);
  }

  /** What happened to one source. */
  public enum Status {
    /** New to the index. */
    ADDED,
    /** Its text, metadata or Loci's analysis changed: its passages were replaced. */
    REPLACED,
    /** Indexed before with the same content and analysis: nothing was done. */
    UNCHANGED
  }

  /**
   * One source's outcome.
   *
   * @param sourceId the source
   * @param status what happened
   * @param lang the language it was indexed in
   * @param detected whether the language was detected (else declared)
   * @param passages how many passages it has
   */
  public record Outcome(
      String sourceId, Status status, String lang, boolean detected, int passages) {}

  /**
   * Counts outcomes by status.
   *
   * @param status the status
   * @return how many sources had it
   */
  public long count(Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /**
   * Counts the passages written (added or replaced sources).
   *
   * @return the number of passages indexed in this run
   */
  public long passagesWritten() {
    return outcomes.stream()
        .filter(o -> o.status() != Status.UNCHANGED)
        .mapToLong(Outcome::passages)
        .sum();
  }

  /**
   * Counts sources by language.
   *
   * @return language code to number of sources, sorted by code
   */
  public Map<String, Integer> languages() {
    Map<String, Integer> counts = new TreeMap<>();
    outcomes.forEach(o -> counts.merge(o.lang(), 1, Integer::sum));
    return counts;
  }
}
