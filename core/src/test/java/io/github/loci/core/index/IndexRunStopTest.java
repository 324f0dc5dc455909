package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run stops (close, interrupt) and what each of its commits holds. */
class IndexRunStopTest {
  @TempDir Path dir;

  /** Sources without end, distinct ids, counting how many were read. */
  private static Stream<Source> endless(AtomicInteger read) {
    List<Source> archive = Archive.sources(40);
    return Stream.iterate(0, i -> i + 1)
        .map(
            i -> {
              read.incrementAndGet();
              Source s = archive.get(i % archive.size());
              return Source.of("s" + i, s.title(), s.text());
            });
  }

  /** How many sources the index's last commit holds. */
  private static int committedSources(Directory index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(index)) {
      return new IndexSearcher(reader)
          .count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE)));
    }
  }

  @Test
  void testCloseStopsARunInProgressWhichCommitsWhatItRead() throws Exception {
    Path index = dir.resolve("index");
    AtomicInteger read = new AtomicInteger();
    Loci loci = Loci.builder().directory(index).threads(2).build();
    CompletableFuture<IndexReport> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return loci.index(endless(read));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    while (read.get() < 100 && !run.isDone()) {
      Thread.sleep(5);
    }
    // Before, close waited for the end of the stream: for ever.
    assertTimeoutPreemptively(Duration.ofMinutes(1), loci::close);
    IndexReport report = run.get(1, TimeUnit.MINUTES);
    assertTrue(report.added() >= 100, report.toString());
    assertTrue(report.stopped(), "closing stopped the run before its end");
    try (Loci reopened = Loci.open(index)) {
      assertEquals(report.added(), reopened.sourceCount());
    }
  }

  @Test
  void testAnInterruptStopsTheRunCleanlyAndIsGivenBack() throws Exception {
    for (int threads : new int[] {1, 2}) {
      AtomicInteger read = new AtomicInteger();
      Stream<Source> interrupting =
          endless(read)
              .peek(
                  s -> {
                    if (read.get() == 100) {
                      Thread.currentThread().interrupt();
                    }
                  });
      Path index = dir.resolve("interrupted-" + threads);
      try (Loci loci = Loci.builder().directory(index).threads(threads).build()) {
        IndexReport report = loci.index(interrupting);
        assertTrue(Thread.interrupted(), "the caller's thread is still interrupted");
        assertEquals(100, report.added(), "threads " + threads);
        assertTrue(report.stopped(), "the report says the run stopped before its end");
        // The writer was not closed by the interrupt: the index takes more.
        IndexReport whole = loci.index(Archive.sources(5));
        assertEquals(5, whole.added());
        assertFalse(whole.stopped(), "a run that read all its sources did not stop");
      }
      try (Loci reopened = Loci.open(index)) {
        assertEquals(105, reopened.sourceCount());
      }
    }
  }

  @Test
  void testAnInterruptBeforeTheRunStopsItBeforeItWritesAnything() throws Exception {
    Path index = dir.resolve("pending");
    io.github.loci.core.detect.LanguageDetector failing =
        IndexRunTest.failing(new StackOverflowError("boom"));
    // The first batch (32 sources) is written; the second fails on its last source.
    List<Source> sources = new ArrayList<>(Archive.sources(40));
    sources.add(Source.of("bad", "Bad", "This text says boom and fails."));
    try (Loci loci = Loci.builder().directory(index).threads(1).detector(failing).build()) {
      // A run that fails leaves what it wrote in the writer's buffer, for the next run to write
      // out.
      org.junit.jupiter.api.Assertions.assertThrows(
          StackOverflowError.class, () -> loci.index(sources));
      Thread.currentThread().interrupt();
      IndexReport stopped = loci.index(Archive.sources(5));
      assertTrue(Thread.interrupted(), "the interrupt is given back");
      assertEquals(0, stopped.added(), "an interrupted run reads nothing");
      // The writer survived writing out the buffer: the index takes more.
      assertEquals(IndexRun.BATCH_SOURCES, loci.index(Archive.sources(45)).unchanged());
    }
    try (Loci reopened = Loci.open(index)) {
      assertEquals(45, reopened.sourceCount());
    }
  }

  @Test
  void testDeleteAndCloseOnAnInterruptedThreadLeaveTheIndexWhole() throws Exception {
    Path index = dir.resolve("interrupted-delete");
    try (Loci loci = Loci.builder().directory(index).threads(1).build()) {
      loci.index(Archive.sources(5));
      Thread.currentThread().interrupt();
      // On the caller's thread, Lucene's lock check and commit would meet a closed channel, and
      // the writer would close for good (AlreadyClosedException from then on, for every thread).
      assertEquals(1, loci.delete(List.of(Archive.sources(1).get(0).id())));
      assertTrue(Thread.interrupted(), "the interrupt is given back");
      assertEquals(4, loci.sourceCount());
      assertEquals(
          4, loci.index(Archive.sources(8)).added(), "the deleted one again, and three new");
      Thread.currentThread().interrupt();
      loci.close();
      assertTrue(Thread.interrupted(), "close gives the interrupt back too");
    }
    try (Loci reopened = Loci.open(index)) {
      assertEquals(8, reopened.sourceCount());
    }
  }

  @Test
  void testInterruptsDuringRunsNeverBreakTheWriter() throws Exception {
    Path index = dir.resolve("interrupt-storm");
    try (Loci loci =
        Loci.builder()
            .directory(index)
            .threads(1)
            .ramBufferMb(1)
            .commitPolicy(new CommitPolicy(50, Duration.ofHours(1)))
            .build()) {
      for (int round = 0; round < 6; round++) {
        long delayNanos = 5_000_000L * (round + 1);
        Thread runner = Thread.currentThread();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread interrupter =
            new Thread(
                () -> {
                  java.util.concurrent.locks.LockSupport.parkNanos(delayNanos);
                  while (running.get()) {
                    runner.interrupt();
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                  }
                });
        interrupter.start();
        try {
          loci.index(Archive.sources(400));
        } finally {
          running.set(false);
          while (interrupter.isAlive()) {
            Thread.interrupted();
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
          }
          Thread.interrupted();
        }
        // Whatever the interrupts cut short, the writer takes more: the rest is added now.
        IndexReport rest = loci.index(Archive.sources(400));
        assertEquals(400, rest.added() + rest.unchanged(), "round " + round);
      }
    }
    try (Loci reopened = Loci.open(index)) {
      assertEquals(400, reopened.sourceCount());
    }
  }

  @Test
  void testADetectorThatCallsBackIntoLociDoesNotHangAOneThreadRun() throws Exception {
    // The caller's detector (or segmenter) runs on the caller's thread, which holds the run's
    // lock: a delete from there goes through. Run on the index's I/O thread, it waited for ever.
    io.github.loci.core.detect.LanguageDetector real =
        io.github.loci.core.detect.LanguageDetectors.defaultDetector();
    java.util.concurrent.atomic.AtomicReference<Loci> self =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    io.github.loci.core.detect.LanguageDetector calling =
        new io.github.loci.core.detect.LanguageDetector() {
          @Override
          public io.github.loci.core.detect.DetectedLanguage detect(CharSequence text) {
            threads.add(Thread.currentThread().getName());
            try {
              self.get().delete(List.of("nothing-such"));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return real.detect(text);
          }

          @Override
          public String name() {
            return "calling-back";
          }
        };
    try (Loci loci =
        Loci.builder().directory(dir.resolve("callback")).threads(1).detector(calling).build()) {
      self.set(loci);
      java.util.concurrent.atomic.AtomicReference<String> caller =
          new java.util.concurrent.atomic.AtomicReference<>();
      IndexReport report =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () -> {
                caller.set(Thread.currentThread().getName());
                return loci.index(Archive.sources(3));
              });
      assertEquals(3, report.added());
      assertEquals(List.of(caller.get()), threads.stream().distinct().toList());
    }
    // On several threads the detector runs on a worker, which the run waits for while it holds
    // the index's write lock: the write is refused (the sources reported), not left to hang.
    try (Loci loci =
        Loci.builder().directory(dir.resolve("callback-2")).threads(2).detector(calling).build()) {
      self.set(loci);
      IndexReport report =
          assertTimeoutPreemptively(Duration.ofSeconds(60), () -> loci.index(Archive.sources(3)));
      assertEquals(0, report.added());
      assertEquals(3, report.skippedCount());
      assertTrue(
          report.skipped().get(0).getMessage().contains("from inside its own indexing run"),
          report.skipped().get(0).getMessage());
      // A close from there is refused as well (it would wait for the run).
      java.util.concurrent.atomic.AtomicBoolean closing =
          new java.util.concurrent.atomic.AtomicBoolean();
      io.github.loci.core.detect.LanguageDetector closer =
          new io.github.loci.core.detect.LanguageDetector() {
            @Override
            public io.github.loci.core.detect.DetectedLanguage detect(CharSequence text) {
              if (closing.get()) {
                try {
                  self.get().close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              return real.detect(text);
            }

            @Override
            public String name() {
              return "closing";
            }
          };
      try (Loci closed =
          Loci.builder()
              .directory(dir.resolve("callback-close"))
              .threads(2)
              .detector(closer)
              .build()) {
        self.set(closed);
        closing.set(true);
        IndexReport refused =
            assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> closed.index(Archive.sources(3)));
        assertEquals(3, refused.skippedCount());
        closing.set(false);
        assertEquals(3, closed.index(Archive.sources(3)).added(), "still open");
      }
      // Another index may be written from there: its lock is not the run's.
      try (Loci other = Loci.open(dir.resolve("callback-other"))) {
        self.set(other);
        IndexReport written =
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> loci.index(Archive.sources(3)));
        assertEquals(3, written.added());
      }
    }
  }

  @Test
  void testAListenersOwnUncheckedIoExceptionComesBackAsItIs() throws Exception {
    UncheckedIOException own = new UncheckedIOException(new IOException("the listener's own"));
    IndexListener throwing =
        new IndexListener() {
          @Override
          public void progress(IndexProgress progress) {
            if (progress.committed()) {
              throw own;
            }
          }
        };
    try (Loci loci =
        Loci.builder()
            .directory(dir.resolve("listener"))
            .threads(1)
            .commitPolicy(new CommitPolicy(10, Duration.ofHours(1)))
            .build()) {
      // Before, index threw its cause, an IOException: "the index cannot be written".
      UncheckedIOException thrown =
          org.junit.jupiter.api.Assertions.assertThrows(
              UncheckedIOException.class,
              () -> loci.index(SourceFeed.of(Archive.sources(30)), throwing));
      org.junit.jupiter.api.Assertions.assertSame(own, thrown);
    }
  }

  @Test
  void testARunEndingWithAPeriodicCommitCommitsAndTellsItOnce() throws Exception {
    for (int threads : new int[] {1, 2}) {
      List<IndexProgress> told = new ArrayList<>();
      try (Loci loci =
          Loci.builder()
              .directory(dir.resolve("exact-" + threads))
              .threads(threads)
              .commitPolicy(new CommitPolicy(10, Duration.ofHours(1)))
              .build()) {
        IndexReport report =
            loci.index(
                SourceFeed.of(Archive.sources(20)),
                p -> {
                  if (p.committed()) {
                    told.add(p);
                  }
                });
        // Two commits of ten, no third empty one, and each told once.
        assertEquals(2, report.commits());
        assertEquals(List.of(10L, 20L), told.stream().map(IndexProgress::sources).toList());
        assertEquals(20, loci.sourceCount());
      }
    }
  }

  @Test
  void testEachCommitHoldsEverySourceCountedTowardIt() throws Exception {
    Path index = dir.resolve("index");
    List<int[]> commits = new ArrayList<>();
    try (Loci loci =
            Loci.builder()
                .directory(index)
                .threads(4)
                .commitPolicy(new CommitPolicy(50, Duration.ofHours(1)))
                .build();
        Directory reading = FSDirectory.open(index);
        SourceFeed feed = SourceFeed.of(Archive.sources(400))) {
      loci.index(
          feed,
          progress -> {
            if (progress.committed()) {
              try {
                commits.add(new int[] {(int) progress.sources(), committedSources(reading)});
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    }
    assertTrue(commits.size() >= 8, "a commit every 50 sources: " + commits.size());
    for (int[] c : commits) {
      // Before, batches still in flight were counted but not committed (203 said, 134 held).
      assertEquals(c[0], c[1], "sources said committed, sources in the commit");
    }
  }
}
