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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * One indexing run: sources flow from a {@link SourceFeed} through a pool of workers, each doing a
 * source's work ({@link SourceIndexer}) and writing its documents with one {@code
 * IndexWriter.updateDocuments} (atomic: a source is never half in the index). At most twice as many
 * sources as workers are in flight, and at most as many chars as the largest source the heap
 * indexes, so the run's memory depends neither on how many sources it has nor on their sizes. A
 * source that runs out of memory before it is written is reported and the run goes on. It commits
 * as it goes ({@link CommitPolicy}) and reports progress to an {@link IndexListener}.
 *
 * <p>With one thread the caller's thread does all the work. The index's content does not depend on
 * the number of threads: the same sources give the same documents, in whatever order they are
 * written.
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

  /** What the workers add up; the caller's thread reads it for progress and the report. */
  private static final class Tally {
    final LongAdder added = new LongAdder();
    final LongAdder replaced = new LongAdder();
    final LongAdder unchanged = new LongAdder();
    final LongAdder passages = new LongAdder();
    final LongAdder detected = new LongAdder();
    final LongAdder skipped = new LongAdder();
    final Map<String, Long> languages = new TreeMap<>();
    final List<IngestException> problems = new ArrayList<>();
    final List<IndexReport.Relocation> relocated = new ArrayList<>();
    final List<IndexReport.KnownFile> knownFiles = new ArrayList<>();

    /** Location and id of each later source with an id given before; named once the run ends. */
    final List<String[]> duplicates = new ArrayList<>();

    void relocated(IndexReport.Relocation r) {
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
  }

  /**
   * Indexes what the feed gives, then commits and refreshes the searchers.
   *
   * @param feed the sources; read to its end, not closed
   * @param listener hears the progress
   * @return what the run did
   * @throws IOException if the index cannot be written (what was committed stays)
   */
  public IndexReport run(SourceFeed feed, IndexListener listener) throws IOException {
    session.writer(); // a read-only session fails before anything is read
    long started = System.nanoTime();
    Tally tally = new Tally();
    int commits = 0;
    synchronized (session.writeLock()) {
      session.refresh(); // what an earlier, failed run wrote is seen: it is not "new" again
      IndexSearcher snapshot = session.acquire();
      Workers workers = threads > 1 ? new Workers(threads) : null;
      try {
        boolean empty = snapshot.getIndexReader().maxDoc() == 0;
        SeenIds seen = new SeenIds();
        SeenIds seenFiles = new SeenIds();
        long lastCommit = System.nanoTime();
        long lastReport = lastCommit;
        long sinceCommit = 0;
        long intervalNanos = saturatedNanos(policy.interval());
        for (SourceFeed.Item item = next(feed, listener);
            item != null;
            item = next(feed, listener)) {
          Source source = admit(item, snapshot, empty, seen, seenFiles, tally);
          if (source != null) {
            String location = item.location();
            Runnable task = () -> indexOne(source, location, snapshot, empty, tally);
            if (workers == null) {
              task.run();
            } else {
              workers.submit(task, source.text().length());
            }
            sinceCommit++;
          }
          long now = System.nanoTime();
          if (sinceCommit >= policy.sources() || now - lastCommit >= intervalNanos) {
            session.commit();
            commits++;
            sinceCommit = 0;
            lastCommit = lastReport = System.nanoTime();
            listener.progress(progress(tally, feed, commits, started, true));
          } else if (now - lastReport >= REPORT_EVERY_NANOS) {
            lastReport = now;
            listener.progress(progress(tally, feed, commits, started, false));
          }
        }
        if (workers != null) {
          workers.finish();
        }
        session.commit();
        commits++;
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
    IndexProgress last = progress(tally, feed, commits, started, true);
    listener.progress(last);
    return new IndexReport(
        tally.added.sum(),
        tally.replaced.sum(),
        tally.unchanged.sum(),
        tally.passages.sum(),
        tally.languages,
        tally.detected.sum(),
        tally.problems,
        tally.skipped.sum(),
        commits,
        last.elapsed(),
        tally.relocated,
        tally.knownFiles);
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
      Tally tally)
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
        if (tally.knownFiles.size() < IndexReport.MAX_PROBLEMS_KEPT) {
          tally.knownFiles.add(
              new IndexReport.KnownFile(item.location(), source.id(), known.get()));
        }
        source =
            new Source(
                known.get(),
                source.title(),
                source.url(),
                source.path(),
                source.language(),
                source.text());
      }
    }
    if (!seen.add(source.id())) {
      tally.skipped.increment();
      if (tally.duplicates.size() < IndexReport.MAX_PROBLEMS_KEPT) {
        tally.duplicates.add(new String[] {item.location(), source.id()});
      }
      return null;
    }
    return source;
  }

  /**
   * Reports each source not indexed because its id was given before in this run, naming where the
   * indexed one was read (the index, not the run, holds that: a run keeps only the ids' hashes).
   */
  private void nameDuplicates(Tally tally) throws IOException {
    IndexSearcher searcher = session.acquire();
    try {
      for (String[] d : tally.duplicates) {
        Optional<Catalog.StoredSource> first = Catalog.find(searcher, d[1]);
        String other =
            first
                .flatMap(s -> s.info().path().or(() -> s.info().url()))
                .map(where -> where + ", read before in this run (it is indexed)")
                .orElse("an earlier source of this run (an id given twice: the first is indexed)");
        IngestException.DuplicateId problem = new IngestException.DuplicateId(d[0], d[1], other);
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

  /** The feed's next item, or null at its end or when the listener asks the run to stop. */
  private static SourceFeed.Item next(SourceFeed feed, IndexListener listener) {
    return listener.stopRequested() ? null : feed.next();
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static IndexProgress progress(
      Tally tally, SourceFeed feed, int commits, long started, boolean committed) {
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
   * One source's work and write. A failure of this source alone is reported; one of the index (an
   * I/O error, a closed writer) is thrown, unchecked, to stop the run.
   */
  private void indexOne(
      Source source, String location, IndexSearcher snapshot, boolean empty, Tally tally) {
    try {
      String hash = indexer.hash(source);
      Optional<Catalog.StoredSource> existing =
          empty ? Optional.empty() : Catalog.find(snapshot, source.id());
      if (existing.isPresent() && hash.equals(existing.get().hash())) {
        tally.unchanged.increment();
        tally.language(existing.get().info().lang());
        if (existing.get().info().detected()) {
          tally.detected.increment();
        }
        return;
      }
      SourceIndexer.Prepared prepared;
      try {
        prepared = indexer.prepare(source, hash);
      } catch (OutOfMemoryError e) {
        // Nothing was written: what the source took is garbage now, and the run goes on.
        tally.problem(
            new IngestException.Rejected(
                location,
                "skipped: not enough memory to index its "
                    + source.text().length()
                    + " chars beside the sources in flight ("
                    + heapAdvice()
                    + ", or split it)",
                null));
        return;
      }
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + location + " to the index", e);
    } catch (AlreadyClosedException e) {
      throw e;
    } catch (RuntimeException e) {
      tally.problem(new IngestException.Rejected(location, "could not be indexed: " + e, e));
    }
  }

  /** How large the heap is, and how to make it larger. */
  static String heapAdvice() {
    return "the heap is "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB: raise it with ./loci --max-heap SIZE or LOCI_OPTS=-XmxSIZE";
  }

  /**
   * A fixed pool whose submissions wait while twice as many sources as workers are in flight, or
   * sources of more chars in all than the largest source the heap indexes ({@link
   * SourceReader#maxSourceBytes}): memory is bounded by bytes, not only by sources, so that large
   * sources run one or two at a time.
   */
  private static final class Workers {
    private final ExecutorService pool;
    private final Semaphore slots;
    private final Semaphore chars;
    private final int budget;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final int size;

    Workers(int size) {
      this.size = size;
      AtomicInteger n = new AtomicInteger();
      this.pool =
          Executors.newFixedThreadPool(
              size,
              r -> {
                Thread t = new Thread(r, "loci-index-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      this.slots = new Semaphore(2 * size);
      this.budget = (int) SourceReader.maxSourceBytes(Runtime.getRuntime().maxMemory());
      this.chars = new Semaphore(budget);
    }

    /** Runs a source's task once a slot and its share of the budget are free. */
    void submit(Runnable task, int sourceChars) {
      rethrow();
      int weight = Math.max(1, Math.min(sourceChars, budget));
      slots.acquireUninterruptibly();
      chars.acquireUninterruptibly(weight);
      pool.execute(
          () -> {
            try {
              if (failure.get() == null) {
                task.run();
              }
            } catch (Throwable e) {
              // An error (out of memory, a stack overflow) stops the run, as it does on one thread.
              failure.compareAndSet(null, e);
            } finally {
              chars.release(weight);
              slots.release();
            }
          });
    }

    /** Waits for every source submitted, then throws the first failure of the index, if any. */
    void finish() {
      slots.acquireUninterruptibly(2 * size);
      slots.release(2 * size);
      rethrow();
    }

    /**
     * Stops the pool and waits for the sources in flight: the ones not started are dropped, none is
     * stopped halfway, and none is still writing when the run gives back its searcher and lock.
     */
    void abort() {
      failure.compareAndSet(null, new IllegalStateException("the run stopped"));
      pool.shutdown();
      boolean interrupted = false;
      while (true) {
        try {
          if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private void rethrow() {
      Throwable e = failure.get();
      if (e instanceof RuntimeException r) {
        throw r;
      }
      if (e instanceof Error error) {
        throw error;
      }
      if (e != null) {
        throw new IllegalStateException(e);
      }
    }
  }
}
