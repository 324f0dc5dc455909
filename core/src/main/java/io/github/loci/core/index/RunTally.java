package io.github.loci.core.index;

import io.github.loci.core.ingest.IngestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What an {@link IndexRun}'s workers add up: counts, languages and problems (each list kept to
 * {@link IndexReport#MAX_PROBLEMS_KEPT}). The run's thread reads it for progress and the report.
 */
final class RunTally {

  final LongAdder added = new LongAdder();
  final LongAdder replaced = new LongAdder();
  final LongAdder unchanged = new LongAdder();
  final LongAdder passages = new LongAdder();
  final LongAdder detected = new LongAdder();
  final LongAdder skipped = new LongAdder();
  final LongAdder relocatedCount = new LongAdder();
  final LongAdder knownFileCount = new LongAdder();
  final Map<String, Long> languages = new TreeMap<>();
  final List<IngestException> problems = new ArrayList<>();
  final List<IndexReport.Relocation> relocated = new ArrayList<>();
  final List<IndexReport.KnownFile> knownFiles = new ArrayList<>();

  /** Each later source with an id given before; named once the run ends. */
  final List<Duplicate> duplicates = new ArrayList<>();

  /**
   * A source not indexed because its id was given before in this run.
   *
   * @param location where it was read
   * @param id the id
   * @param firstLine the line of the records file the first source of the id was read from, or 0
   */
  record Duplicate(String location, String id, int firstLine) {}

  void relocated(IndexReport.Relocation r) {
    relocatedCount.increment();
    synchronized (relocated) {
      if (relocated.size() < IndexReport.MAX_PROBLEMS_KEPT) {
        relocated.add(r);
      }
    }
  }

  synchronized void language(String code) {
    languages.merge(code, 1L, Long::sum);
  }

  void problem(IngestException e) {
    skipped.increment();
    synchronized (problems) {
      if (problems.size() < IndexReport.MAX_PROBLEMS_KEPT) {
        problems.add(e);
      }
    }
  }

  long done() {
    return added.sum() + replaced.sum() + unchanged.sum();
  }

  /**
   * The run's report.
   *
   * @param commits the commits made
   * @param elapsed how long the run took
   * @return the report
   */
  IndexReport report(int commits, Duration elapsed, boolean stopped) {
    return new IndexReport(
        added.sum(),
        replaced.sum(),
        unchanged.sum(),
        passages.sum(),
        languages,
        detected.sum(),
        problems,
        skipped.sum(),
        commits,
        elapsed,
        relocated,
        relocatedCount.sum(),
        knownFiles,
        knownFileCount.sum(),
        stopped);
  }
}
