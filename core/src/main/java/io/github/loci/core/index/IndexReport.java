package io.github.loci.core.index;

import io.github.loci.core.ingest.IngestException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an indexing run did: counts, not one entry per source, so that a report of a run over
 * millions of sources stays small; and the problems, each naming its file and line or byte offset.
 *
 * @param added sources new to the index
 * @param replaced sources whose text, metadata or analysis changed: their passages were replaced
 * @param unchanged sources already indexed with the same content and analysis (a rerun resumes
 *     where an interrupted run stopped: what it had committed is unchanged)
 * @param passagesWritten passages of the added and replaced sources
 * @param languages language code to number of sources (all three kinds), sorted by code
 * @param detected how many of those sources had their language detected (the others declared it)
 * @param skipped the sources that could not be read or indexed, the first {@link
 *     #MAX_PROBLEMS_KEPT} reported (in input order with one thread; with several, as the workers
 *     finish)
 * @param skippedCount how many could not be read or indexed, all of them
 * @param commits how many commits the run made
 * @param elapsed wall-clock time of the run
 * @param relocated replaced sources that had been read from another file: an id reused for another
 *     file replaces the earlier source; the first {@link #MAX_PROBLEMS_KEPT}
 * @param relocatedCount how many sources were so replaced, all of them
 * @param knownFiles text files given under another name than before (a file named on its own after
 *     its folder was indexed), indexed under the id they already had; the first {@link
 *     #MAX_PROBLEMS_KEPT}
 * @param knownFileCount how many files were so given, all of them
 * @param stopped whether the run stopped before the end of its sources (its listener asked it to,
 *     its thread was interrupted, or the index was closed): what it read is committed, and the same
 *     run again goes on from there. A stop that comes as the last source is read says true too (the
 *     run cannot know that no source was left without reading on)
 */
public record IndexReport(
    long added,
    long replaced,
    long unchanged,
    long passagesWritten,
    Map<String, Long> languages,
    long detected,
    List<IngestException> skipped,
    long skippedCount,
    int commits,
    Duration elapsed,
    List<Relocation> relocated,
    long relocatedCount,
    List<KnownFile> knownFiles,
    long knownFileCount,
    boolean stopped) {

  /** The problems a report lists; the rest are counted. */
  public static final int MAX_PROBLEMS_KEPT = 10_000;

  /** Copies the collections. */
  public IndexReport {
    languages = Map.copyOf(new TreeMap<>(languages));
    skipped = List.copyOf(skipped);
    relocated = List.copyOf(relocated);
    knownFiles = List.copyOf(knownFiles);
  }

  /**
   * A source replaced by one with its id read from another file.
   *
   * @param id the source id
   * @param before the file the replaced source was read from
   * @param after the file the new source was read from
   */
  public record Relocation(String id, String before, String after) {}

  /**
   * A text file already indexed under another id than the one its name now gives: one file is one
   * source, so it keeps its id.
   *
   * @param location the file, as given or found
   * @param givenId the id its name would give
   * @param id the id it has and keeps
   */
  public record KnownFile(String location, String givenId, String id) {}

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
   * Counts sources by status.
   *
   * @param status the status
   * @return how many sources had it
   */
  public long count(Status status) {
    return switch (status) {
      case ADDED -> added;
      case REPLACED -> replaced;
      case UNCHANGED -> unchanged;
    };
  }

  /**
   * Counts the sources indexed or found unchanged.
   *
   * @return added + replaced + unchanged
   */
  public long sources() {
    return added + replaced + unchanged;
  }

  /**
   * Counts sources by language, sorted by code.
   *
   * @return language code to number of sources
   */
  @Override
  public Map<String, Long> languages() {
    return new TreeMap<>(languages);
  }
}
