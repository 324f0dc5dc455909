package io.github.loci.core.index;

import io.github.loci.core.ingest.IngestException;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.ingest.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;

/**
 * One indexing run: sources flow from a {@link SourceFeed}, in batches of up to {@value
 * #BATCH_SOURCES}, through a pool of workers ({@link IndexWorkers}), each doing a batch's work
 * ({@link BatchWriter}: the languages first, then each source's documents, each source written with
 * one {@code IndexWriter.updateDocuments}, atomic: a source is never half in the index). At most
 * twice as many batches as workers are in flight, and at most as many chars as the largest source
 * the heap indexes, so the run's memory depends neither on how many sources it has nor on their
 * sizes. A source that runs out of memory before it is written is reported and the run goes on. It
 * commits as it goes ({@link CommitPolicy}; the batch read so far is handed on first) and reports
 * progress to an {@link IndexListener}.
 *
 * <p>With one thread the caller's thread reads, detects and prepares, and the index's I/O thread
 * ({@link IndexSession#io}) writes each batch. The index's content does not depend on the number of
 * threads: the same sources give the same documents, in whatever order they are written.
 */
public final class IndexRun {
  private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final IndexSession session;
  private final SourceIndexer indexer;
  private final int threads;
  private final CommitPolicy policy;

  /**
   * Prepares a run.
   *
   * @param session the open, writable index
   * @param indexer the per-source work
   * @param threads how many workers, at least 1
   * @param policy when to commit
   */
  public IndexRun(IndexSession session, SourceIndexer indexer, int threads, CommitPolicy policy) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.session = session;
    this.indexer = indexer;
    this.threads = threads;
    this.policy = policy;
  }

  /**
   * Indexes what the feed gives, then commits and refreshes the searchers.
   *
   * @param feed the sources; read to its end, not closed
   * @param listener hears the progress
   * @return what the run did
   * @throws IOException if the index cannot be written (what was committed stays)
   * @throws RuntimeException what the feed threw (an {@link Error} too), once the sources it gave
   *     before are committed
   */
  public IndexReport run(SourceFeed feed, IndexListener listener) throws IOException {
    session.writer(); // a read-only session fails before anything is read
    IndexWorkers.refuseWritesFromWorkers(session);
    long started = System.nanoTime();
    RunTally tally = new RunTally();
    int commits = 0;
    // An interrupt stops the run as a stop request does. The flag is cleared while the run reads,
    // and set again when it returns; the writes and commits run on threads nothing interrupts (the
    // workers, the session's I/O thread): an interrupted thread's file I/O would close the writer.
    boolean interrupted = Thread.interrupted(); // before the refresh below, which may write
    Throwable feedFailure = null;
    boolean stopped = false;
    // Whether the run's last state is still to be told: not when its last commit told it.
    boolean tellLast = true;
    try {
      synchronized (session.writeLock()) {
        if (session.closing()) {
          // Closing began while this run waited for another: it would read nothing and report
          // nothing, and its sources would be lost without a word.
          throw new IllegalStateException("this Loci is closed");
        }
        session.refresh(); // what an earlier, failed run wrote is seen: it is not "new" again
        IndexSearcher snapshot = session.acquire();
        IndexWorkers workers = threads > 1 ? new IndexWorkers(threads, session) : null;
        try {
          boolean empty = snapshot.getIndexReader().maxDoc() == 0;
          BatchWriter batches = new BatchWriter(session, indexer, snapshot, empty, tally);
          SeenIds seen = new SeenIds();
          SeenIds seenFiles = new SeenIds();
          long lastCommit = System.nanoTime();
          long lastReport = lastCommit;
          long sinceCommit = 0;
          long skippedAtCommit = 0;
          long intervalNanos = saturatedNanos(policy.interval());
          List<BatchWriter.Admitted> batch = new ArrayList<>();
          long batchChars = 0;
          while (true) {
            interrupted |= Thread.interrupted();
            SourceFeed.Item item;
            try {
              if (stopping(interrupted, listener)) {
                stopped = true;
                item = null;
              } else {
                item = feed.next();
              }
            } catch (RuntimeException | Error e) {
              // The caller's sources failed (an Iterable or Stream that throws): the run ends as
              // at their end, the sources before committed whatever the threads, then it throws
              // what they threw, as it is (an UncheckedIOException too: the caller's, not the
              // index's).
              feedFailure = e;
              item = null;
            }
            interrupted |= Thread.interrupted(); // an interrupt during the read ends the run too
            if (item == null) {
              break;
            }
            Source source = admit(item, snapshot, empty, seen, seenFiles, tally);
            if (source != null) {
              batch.add(new BatchWriter.Admitted(source, item.location()));
              batchChars += source.text().length();
              sinceCommit++;
            }
            long now = System.nanoTime();
            boolean commit = sinceCommit >= policy.sources() || now - lastCommit >= intervalNanos;
            if (commit || batch.size() >= BATCH_SOURCES || batchChars >= BATCH_CHARS) {
              batches.dispatch(batch, batchChars, workers);
              batch = new ArrayList<>();
              batchChars = 0;
            }
            if (commit) {
              interrupted |= commitWhatIsInFlight(workers);
              commits++;
              sinceCommit = 0;
              skippedAtCommit = tally.skipped.sum();
              lastCommit = lastReport = System.nanoTime();
              tell(listener, progress(tally, feed, commits, started, true));
            } else if (now - lastReport >= REPORT_EVERY_NANOS) {
              lastReport = now;
              tell(listener, progress(tally, feed, commits, started, false));
            }
          }
          // A run whose last source came with a periodic commit (20,000 sources of 20,000) has
          // nothing left to commit or tell.
          if (commits == 0 || sinceCommit > 0 || tally.skipped.sum() != skippedAtCommit) {
            batches.dispatch(batch, batchChars, workers);
            interrupted |= commitWhatIsInFlight(workers);
            commits++;
          } else {
            tellLast = false;
          }
        } catch (ListenerFailed e) {
          throw e.thrown;
        } catch (UncheckedIOException e) {
          throw e.getCause();
        } finally {
          if (workers != null) {
            workers.abort();
          }
          session.release(snapshot);
        }
        session.refresh();
        nameDuplicates(tally);
      }
    } catch (IOException | IllegalStateException e) {
      // A failure to write: said as one, naming the index. A damaged index says so itself, and
      // any other state (this Loci closed) is thrown as it is.
      if (feedFailure != null && feedFailure != e) {
        e.addSuppressed(feedFailure);
      }
      if (isWriteFailure(e)) {
        throw cannotWrite(session.path(), e);
      }
      throw e;
    } catch (Throwable t) {
      // Writing what came before the sources' failure failed too: that is thrown, with theirs.
      if (feedFailure != null && feedFailure != t) {
        t.addSuppressed(feedFailure);
      }
      throw t;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    IndexProgress last = progress(tally, feed, commits, started, true);
    if (tellLast) {
      listener.progress(last);
    }
    if (feedFailure instanceof RuntimeException e) {
      throw e;
    }
    if (feedFailure instanceof Error e) {
      throw e;
    }
    return tally.report(commits, last.elapsed(), stopped);
  }

  /**
   * The source to index from a feed's item, or null when it is not indexed (its problem is then in
   * the tally): a problem read, a file given twice, an id given twice. A text file already indexed
   * under another id keeps that id.
   */
  private static Source admit(
      SourceFeed.Item item,
      IndexSearcher snapshot,
      boolean empty,
      SeenIds seen,
      SeenIds seenFiles,
      RunTally tally)
      throws IOException {
    if (item.problem() != null) {
      tally.problem(item.problem());
      return null;
    }
    Source source = item.source();
    Optional<Path> file = source.path().filter(p -> !SourceReader.isRecordsFile(p));
    if (file.isPresent()) {
      if (!seenFiles.add(file.get().toString())) {
        tally.problem(
            new IngestException.Rejected(
                item.location(),
                "the same file as an earlier input of this run (given twice): read once",
                null));
        return null;
      }
      Optional<String> known = empty ? Optional.empty() : Catalog.idOfFile(snapshot, file.get());
      if (known.isPresent() && !known.get().equals(source.id())) {
        tally.knownFileCount.increment();
        if (tally.knownFiles.size() < IndexReport.MAX_PROBLEMS_KEPT) {
          tally.knownFiles.add(
              new IndexReport.KnownFile(item.location(), source.id(), known.get()));
        }
        try {
          source =
              new Source(
                  known.get(),
                  source.title(),
                  source.url(),
                  source.path(),
                  source.language(),
                  source.text());
        } catch (IllegalArgumentException e) {
          // An id an older Loci took and this one refuses: that source alone is not indexed.
          tally.problem(new IngestException.Rejected(item.location(), e.getMessage(), e));
          return null;
        }
      }
    }
    int firstLine = seen.add(source.id(), recordLine(source, item.location()));
    if (firstLine != SeenIds.NEW) {
      tally.skipped.increment();
      if (tally.duplicates.size() < IndexReport.MAX_PROBLEMS_KEPT) {
        tally.duplicates.add(new RunTally.Duplicate(item.location(), source.id(), firstLine));
      }
      return null;
    }
    return source;
  }

  /** The line of a record read from a records file: its location's end ("file:line"); else 0. */
  private static int recordLine(Source source, String location) {
    if (source.path().filter(SourceReader::isRecordsFile).isEmpty()) {
      return 0;
    }
    int colon = location.lastIndexOf(':');
    try {
      return colon < 0 ? 0 : Math.max(0, Integer.parseInt(location.substring(colon + 1)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Reports each source not indexed because its id was given before in this run, naming where the
   * indexed one was read (the index, not the run, holds that: a run keeps only the ids' hashes).
   */
  private void nameDuplicates(RunTally tally) throws IOException {
    IndexSearcher searcher = session.acquire();
    try {
      for (RunTally.Duplicate d : tally.duplicates) {
        Optional<Catalog.StoredSource> first = Catalog.find(searcher, d.id());
        // Only the first source of an id is read; when it failed, its own problem says why.
        String other =
            first.isEmpty()
                ? "an earlier source of this run (an id given twice: only the first is read, and it"
                    + " could not be indexed)"
                : first
                    .flatMap(s -> where(s.info(), d.firstLine()))
                    .map(where -> where + ", read before in this run (it is indexed)")
                    .orElse(
                        "an earlier source of this run (an id given twice: the first is indexed)");
        IngestException.DuplicateId problem =
            new IngestException.DuplicateId(d.location(), d.id(), other);
        synchronized (tally.problems) {
          if (tally.problems.size() < IndexReport.MAX_PROBLEMS_KEPT) {
            tally.problems.add(problem);
          }
        }
      }
    } finally {
      session.release(searcher);
    }
  }

  /**
   * Whether an exception of a run is a failure to write the index: an I/O error, or Lucene's writer
   * closed by one. Not a damaged index, which says so itself.
   *
   * @param e what the run threw
   * @return whether {@link #cannotWrite} should say it
   */
  static boolean isWriteFailure(Exception e) {
    // Lucene's writer, closed by what it hit ("this IndexWriter is closed", "this writer hit an
    // unrecoverable error"), gives that as the cause; closed by a close, it gives none.
    Throwable cause = e instanceof IOException ? e : e.getCause();
    return cause instanceof IOException
        && !(cause instanceof org.apache.lucene.index.CorruptIndexException
            || cause instanceof org.apache.lucene.index.IndexFormatTooOldException
            || cause instanceof org.apache.lucene.index.IndexFormatTooNewException);
  }

  /**
   * A failure to write the index, said as one: a full disk's {@code IOException} names no file, and
   * a worker that found the writer closed by it says only "this IndexWriter is closed".
   *
   * @param path the index folder, if on disk
   * @param e what writing threw
   * @return an exception naming the index, the cause and what is kept
   */
  static IOException cannotWrite(Optional<Path> path, Exception e) {
    Throwable cause = e;
    if (!(cause instanceof IOException) && cause.getCause() != null) {
      cause = cause.getCause(); // the writer's tragedy: what closed it
    }
    String reason =
        cause instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
            ? fs.getFile()
                + ": "
                + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason())
            : cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return new IOException(
        "cannot write to the index"
            + path.map(p -> " " + p).orElse("")
            + ": "
            + reason
            + "; the sources committed before are kept, and the same run again continues from them",
        e);
  }

  /** Where an indexed source was read: its file (with the line, for a record) or URL. */
  private static Optional<String> where(SourceInfo info, int line) {
    return info.path().map(p -> line > 0 ? p + ":" + line : p).or(info::url);
  }

  /**
   * Commits every source handed on so far, so that a commit holds every source counted toward it:
   * the batches in flight are written first ({@link IndexWorkers#flush}). The thread's interrupt
   * flag is cleared first: an interrupted thread's I/O would close Lucene's writer.
   *
   * @param workers the workers, or null on one thread
   * @return whether the thread had been interrupted
   */
  private boolean commitWhatIsInFlight(IndexWorkers workers) throws IOException {
    if (workers != null) {
      workers.flush(session.writer());
    }
    boolean interrupted = Thread.interrupted();
    session.commit();
    return interrupted;
  }

  /**
   * Tells the listener, setting apart what it throws: an {@link UncheckedIOException} of its own is
   * not the index's failure, which the run unwraps to the {@link IOException} it throws.
   */
  private static void tell(IndexListener listener, IndexProgress progress) {
    try {
      listener.progress(progress);
    } catch (UncheckedIOException e) {
      throw new ListenerFailed(e);
    }
  }

  /** What the listener threw, carried past the run's unwrapping of the index's failures. */
  private static final class ListenerFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient UncheckedIOException thrown;

    ListenerFailed(UncheckedIOException thrown) {
      super(thrown);
      this.thrown = thrown;
    }
  }

  /**
   * Whether the run is to read no more sources: its thread was interrupted, the listener asks it to
   * stop, or the index is closing ({@link IndexSession#closing}).
   */
  private boolean stopping(boolean interrupted, IndexListener listener) {
    return interrupted || session.closing() || listener.stopRequested();
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static IndexProgress progress(
      RunTally tally, SourceFeed feed, int commits, long started, boolean committed) {
    return new IndexProgress(
        tally.done(),
        tally.unchanged.sum(),
        tally.passages.sum(),
        tally.skipped.sum(),
        feed.bytesRead(),
        feed.totalBytes(),
        commits,
        Duration.ofNanos(System.nanoTime() - started),
        committed);
  }

  /**
   * A batch holds at most this many sources, and closes once it holds this many chars or more. Its
   * sources' languages are told one after another, then each is prepared and written: the
   * detector's tables (13 MB) are larger than the processor's caches, and writing a source evicts
   * them. Europarl ×1, one thread, time in the detector per source, two pairs of runs: 182 and 238
   * µs one source at a time, 168 and 210 µs in batches of 32 (on its own, one text after another,
   * 85–110 µs).
   */
  static final int BATCH_SOURCES = 32;

  static final int BATCH_CHARS = 1 << 18;
}
