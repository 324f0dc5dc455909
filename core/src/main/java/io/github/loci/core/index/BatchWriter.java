package io.github.loci.core.index;

import io.github.loci.core.detect.DetectedLanguage;
import io.github.loci.core.ingest.IngestException;
import io.github.loci.core.ingest.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * An indexing run's batches of sources ({@link IndexRun}): which are unchanged, the others'
 * languages, then each one's documents ({@link SourceIndexer}), written with one {@code
 * IndexWriter.updateDocuments} (atomic: a source is never half in the index). With one thread the
 * caller's thread makes them and the index's I/O thread ({@link IndexSession#io}) writes them; with
 * several, each batch is a worker's. A source's own failure is reported and the others go on; the
 * index's failure (an I/O error, a closed writer) is thrown, unchecked, to stop the run.
 */
final class BatchWriter {
  /** A source admitted to the run, and where it comes from (for its problems). */
  record Admitted(Source source, String location) {}

  private final IndexSession session;
  private final SourceIndexer indexer;
  private final IndexSearcher snapshot;
  private final boolean empty;
  private final RunTally tally;

  /**
   * Writes a run's batches.
   *
   * @param session the index
   * @param indexer the per-source work
   * @param snapshot the index as the run began, for the sources already there
   * @param empty whether the index was empty then (no look-ups)
   * @param tally the run's counts and problems
   */
  BatchWriter(
      IndexSession session,
      SourceIndexer indexer,
      IndexSearcher snapshot,
      boolean empty,
      RunTally tally) {
    this.session = session;
    this.indexer = indexer;
    this.snapshot = snapshot;
    this.empty = empty;
    this.tally = tally;
  }

  /**
   * Runs a batch's work: with one thread, its sources made on this thread and written on the
   * index's I/O thread; otherwise handed to the workers.
   *
   * @param batch the sources
   * @param chars their chars, for the workers' memory budget
   * @param workers the workers, or null on one thread
   */
  void dispatch(List<Admitted> batch, long chars, IndexWorkers workers) {
    if (batch.isEmpty()) {
      return;
    }
    if (workers != null) {
      workers.submit(() -> indexBatch(batch), chars);
      return;
    }
    // The sources' languages and documents are made here, on the caller's thread (a detector or
    // segmenter of the caller's own may call back into Loci); the writes go to the session's I/O
    // thread, which nothing interrupts: an interrupt landing during a write on the caller's thread
    // would close the writer for good.
    List<Ready> ready = new ArrayList<>(batch.size());
    Throwable failed = prepareAll(batch, ready);
    writeAll(ready, failed);
  }

  /**
   * Prepares a batch's sources, up to one whose failure stops the run (an Error, the index's
   * failure): it is given back, so that the sources before it are written first, as on several
   * threads, where each source is written as it is made.
   *
   * @param ready where the prepared sources go
   * @return what stopped the preparing, or null
   */
  private Throwable prepareAll(List<Admitted> batch, List<Ready> ready) {
    for (Planned p : plan(batch)) {
      try {
        guarded(
            p.admitted(),
            () -> prepare(p, tally).ifPresent(x -> ready.add(new Ready(p, x))),
            tally);
      } catch (RuntimeException | Error e) {
        return e;
      }
    }
    return null;
  }

  /**
   * Writes prepared sources on the session's I/O thread, then throws what stopped the preparing, if
   * anything did. The index's own failure while writing is the one thrown, with that attached.
   */
  private void writeAll(List<Ready> ready, Throwable failed) {
    try {
      session.io(
          () -> {
            for (Ready r : ready) {
              guarded(r.planned().admitted(), () -> store(r, tally), tally);
            }
            return null;
          });
    } catch (IOException | RuntimeException | Error e) {
      if (failed != null) {
        e.addSuppressed(failed);
      }
      throw unchecked(e);
    }
    if (failed != null) {
      throw unchecked(failed);
    }
  }

  /** An Error thrown as it is; an I/O error as unchecked; a runtime exception given back. */
  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    return t instanceof IOException x ? new UncheckedIOException(x) : (RuntimeException) t;
  }

  /** A source to write: its hash, what the index holds under its id, its language. */
  private record Planned(
      Admitted admitted,
      String hash,
      Optional<Catalog.StoredSource> existing,
      DetectedLanguage language) {}

  /**
   * A batch's work and writes: first which sources are unchanged and the others' languages, then
   * each one's documents, written. A failure of one source alone is reported; one of the index (an
   * I/O error, a closed writer) is thrown, unchecked, to stop the run.
   */
  private void indexBatch(List<Admitted> batch) {
    for (Planned p : plan(batch)) {
      guarded(
          p.admitted(),
          () -> {
            Optional<SourceIndexer.Prepared> prepared = prepare(p, tally);
            if (prepared.isPresent()) {
              store(new Ready(p, prepared.get()), tally);
            }
          },
          tally);
    }
  }

  /** The batch's sources that are not unchanged, with their languages. */
  private List<Planned> plan(List<Admitted> batch) {
    List<Planned> planned = new ArrayList<>(batch.size());
    for (Admitted a : batch) {
      guarded(a, () -> plan(a).ifPresent(planned::add), tally);
    }
    return planned;
  }

  /** A source's documents, ready to write. */
  private record Ready(Planned planned, SourceIndexer.Prepared prepared) {}

  private interface Work {
    void run() throws IOException;
  }

  /** Runs one source's work: its own failure is its problem; the index's stops the run. */
  private static void guarded(Admitted a, Work work, RunTally tally) {
    try {
      work.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + a.location() + " to the index", e);
    } catch (UncheckedIOException | AlreadyClosedException e) {
      // The index's failure (out of memory in the writer, which Lucene then closes) stops the run.
      throw e;
    } catch (RuntimeException e) {
      tally.problem(new IngestException.Rejected(a.location(), "could not be indexed: " + e, e));
    }
  }

  /** A source's plan, or none when it is unchanged (counted as such). */
  private Optional<Planned> plan(Admitted a) throws IOException {
    Source source = a.source();
    String hash = indexer.hash(source);
    Optional<Catalog.StoredSource> existing =
        empty ? Optional.empty() : Catalog.find(snapshot, source.id());
    if (existing.isPresent() && hash.equals(existing.get().hash())) {
      tally.unchanged.increment();
      tally.language(existing.get().info().lang());
      if (existing.get().info().detected()) {
        tally.detected.increment();
      }
      return Optional.empty();
    }
    DetectedLanguage language;
    try {
      language = indexer.language(source);
    } catch (OutOfMemoryError e) {
      skippedForMemory(a, tally);
      return Optional.empty();
    }
    return Optional.of(new Planned(a, hash, existing, language));
  }

  /** Reports a source skipped for memory: nothing was written, and the run goes on. */
  private static void skippedForMemory(Admitted a, RunTally tally) {
    tally.problem(
        new IngestException.Rejected(
            a.location(),
            "skipped: not enough memory to index its "
                + a.source().text().length()
                + " chars beside the sources in flight ("
                + heapAdvice()
                + ", or split it)",
            null));
  }

  /** A planned source's documents; none when it ran out of memory (reported, the run goes on). */
  private Optional<SourceIndexer.Prepared> prepare(Planned p, RunTally tally) {
    try {
      return Optional.of(indexer.prepare(p.admitted().source(), p.hash(), p.language()));
    } catch (OutOfMemoryError e) {
      // Nothing was written: what the source took is garbage now, and the run goes on.
      skippedForMemory(p.admitted(), tally);
      return Optional.empty();
    }
  }

  /** Writes a source's documents in one atomic update, and counts it. */
  private void store(Ready r, RunTally tally) throws IOException {
    Planned p = r.planned();
    Source source = p.admitted().source();
    String location = p.admitted().location();
    SourceIndexer.Prepared prepared = r.prepared();
    try {
      session
          .writer()
          .updateDocuments(new Term(Fields.SOURCE_ID, source.id()), prepared.documents());
    } catch (OutOfMemoryError e) {
      // Lucene closes a writer that runs out of memory: the run stops, the last commit stays.
      throw new UncheckedIOException(
          new IOException(
              "out of memory while writing "
                  + location
                  + " to the index; the sources committed before it are kept ("
                  + heapAdvice()
                  + ", or use fewer --threads)",
              e));
    }
    Optional<Catalog.StoredSource> existing = p.existing();
    (existing.isPresent() ? tally.replaced : tally.added).increment();
    if (existing.isPresent()) {
      String before = existing.get().info().path().orElse("");
      String after = source.path().map(Path::toString).orElse("");
      if (!before.isEmpty() && !after.isEmpty() && !before.equals(after)) {
        tally.relocated(new IndexReport.Relocation(source.id(), before, after));
      }
    }
    tally.passages.add(prepared.passages());
    tally.language(prepared.language().code());
    if (prepared.detected()) {
      tally.detected.increment();
    }
  }

  /** How large the heap is, and how to make it larger. */
  static String heapAdvice() {
    return "the heap is "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB: raise it with ./loci --max-heap SIZE or LOCI_OPTS=-XmxSIZE, -Xmx in your own JVM";
  }
}
