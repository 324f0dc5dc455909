package io.github.loci.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.index.IndexListener;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceFeed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing while calls are in progress: they end cleanly, or fail with "this Loci is closed". */
class LociLifecycleTest {
  @TempDir Path dir;

  private static Source source(String id) {
    return Source.of(id, "Title " + id, "The company " + id + " opened a data centre in Milan.");
  }

  /** Closes the instance, on whichever thread runs it. */
  private static Runnable closing(Loci loci) {
    return () -> {
      try {
        loci.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  /** One source, then waits for {@code release} before it ends. */
  private static SourceFeed pausing(CountDownLatch release) {
    return new SourceFeed() {
      private int calls;

      @Override
      public Item next() {
        if (calls++ == 0) {
          return Item.of(source("c"), "c");
        }
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }

      @Override
      public long bytesRead() {
        return 0;
      }

      @Override
      public java.util.OptionalLong totalBytes() {
        return java.util.OptionalLong.empty();
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void testARunWaitingForAnotherWhenCloseBeginsFailsInsteadOfLosingItsSources() throws Exception {
    Loci loci = Loci.builder().directory(dir.resolve("index")).build();
    CountDownLatch release = new CountDownLatch(1);
    // Threads of their own: the common pool has one thread on two cores, which the paused run
    // holds, and the close queued behind it would begin only once that run had ended.
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    CompletableFuture<IndexReport> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return loci.index(pausing(release), IndexListener.NONE);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            pool);
    AtomicReference<Throwable> waitingFailed = new AtomicReference<>();
    Thread waiting =
        new Thread(
            () -> {
              try {
                loci.index(List.of(source("b")));
              } catch (Throwable e) {
                waitingFailed.set(e);
              }
            });
    Thread.sleep(200); // the first run holds the write lock, paused in its feed
    waiting.start();
    while (waiting.getState() != Thread.State.BLOCKED) {
      Thread.sleep(5);
    }
    CompletableFuture<Void> closing = CompletableFuture.runAsync(closing(loci), pool);
    Thread.sleep(200);
    release.countDown();
    closing.get(1, TimeUnit.MINUTES);
    waiting.join(60_000);
    pool.shutdown();
    assertEquals(1, first.get(1, TimeUnit.MINUTES).added());
    // Before, it returned a report of nothing added and 'b' was never indexed, without a word.
    assertTrue(waitingFailed.get() instanceof IllegalStateException, String.valueOf(waitingFailed));
    assertEquals("this Loci is closed", waitingFailed.get().getMessage());
    try (Loci reopened = Loci.open(dir.resolve("index"))) {
      assertEquals(1, reopened.sourceCount());
    }
  }

  @Test
  void testSearchesThatOverlapCloseFinishOrSayTheLociIsClosed() throws Exception {
    for (int round = 0; round < 20; round++) {
      Loci loci = Loci.builder().build();
      loci.index(List.of(source("a"), source("b")));
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> searchers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        Thread searcher =
            new Thread(
                () -> {
                  while (!stop.get()) {
                    try {
                      loci.search("centros de datos en Milán");
                    } catch (Throwable e) {
                      failures.add(e);
                      return;
                    }
                  }
                });
        searchers.add(searcher);
        searcher.start();
      }
      Thread.sleep(20);
      loci.close();
      stop.set(true);
      for (Thread searcher : searchers) {
        searcher.join(60_000);
      }
      // Before, some failed halfway with Lucene's "this Analyzer is closed".
      for (Throwable e : failures) {
        assertTrue(
            e instanceof IllegalStateException && "this Loci is closed".equals(e.getMessage()),
            e.toString());
      }
    }
  }

  @Test
  void testCloseFromTheRunsListenerStopsTheRunAndClosesWhenItReturns() throws Exception {
    // A commit every 10 sources: the listener hears of the first one early in the run.
    Loci loci =
        Loci.builder()
            .directory(dir.resolve("index"))
            .threads(1)
            .commitPolicy(
                new io.github.loci.core.index.CommitPolicy(10, java.time.Duration.ofHours(1)))
            .build();
    List<Source> many = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add(source("s" + i));
    }
    AtomicBoolean asked = new AtomicBoolean();
    IndexListener closer =
        progress -> {
          if (asked.compareAndSet(false, true)) {
            closing(loci).run();
          }
        };
    // Before, the writer was closed under the run: AlreadyClosedException from its commit.
    IndexReport report = loci.index(SourceFeed.of(many), closer);
    assertTrue(asked.get());
    assertTrue(report.added() < many.size(), report.toString());
    assertThrows(IllegalStateException.class, () -> loci.search("data centre"));
    try (Loci reopened = Loci.open(dir.resolve("index"))) {
      assertEquals(report.added(), reopened.sourceCount());
    }
  }

  @Test
  void testACallMadeWhileCloseWaitsFailsAtOnceInsteadOfWaitingForIt() throws Exception {
    Loci loci = Loci.builder().directory(dir.resolve("index")).build();
    loci.index(List.of(source("a")));
    java.util.concurrent.ExecutorService other =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    AtomicReference<Throwable> seen = new AtomicReference<>();
    Thread[] closer = new Thread[1];
    try {
      loci.forEachSource(
          s -> {
            closer[0] = new Thread(closing(loci));
            closer[0].start();
            while (closer[0].getState() != Thread.State.WAITING) {
              Thread.onSpinWait();
            }
            // This listing waits for that call, and the close waits for this listing: the call
            // must fail at once (it waited for the close, which waited for it, for ever).
            try {
              other.submit(() -> loci.sourceText("a")).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
              seen.set(e.getCause() != null ? e.getCause() : e);
            }
          });
    } finally {
      other.shutdownNow();
    }
    closer[0].join(60_000);
    assertTrue(seen.get() instanceof IllegalStateException, String.valueOf(seen.get()));
    assertEquals("this Loci is closed", seen.get().getMessage());
  }

  @Test
  void testAfterCloseEveryCallSaysSoAndLeavesTheCallersStreamUnused() throws Exception {
    Loci loci = Loci.open(dir.resolve("closed"));
    loci.index(List.of(source("a")));
    List<io.github.loci.core.index.SourceInfo> listed = loci.sources();
    assertThrows(UnsupportedOperationException.class, listed::clear, "sources() is a copy");
    loci.close();
    assertEquals(
        "this Loci is closed",
        assertThrows(IllegalStateException.class, loci::concepts).getMessage());
    java.util.stream.Stream<Source> stream = java.util.stream.Stream.of(source("b"));
    assertThrows(IllegalStateException.class, () -> loci.index(stream));
    assertEquals(1, stream.count(), "the stream was not read");
  }

  @Test
  void testASecondCloseReturnsOnceTheIndexIsClosed() throws Exception {
    Loci loci = Loci.builder().directory(dir.resolve("index")).build();
    loci.index(List.of(source("a")));
    CountDownLatch listing = new CountDownLatch(1);
    AtomicBoolean listed = new AtomicBoolean();
    Thread slow =
        new Thread(
            () -> {
              try {
                loci.forEachSource(
                    s -> {
                      listing.countDown();
                      try {
                        Thread.sleep(500);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
                listed.set(true);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    slow.start();
    listing.await();
    Thread first = new Thread(closing(loci));
    first.start();
    while (first.getState() != Thread.State.WAITING) {
      Thread.sleep(1);
    }
    loci.close(); // returned at once before, the index still open
    assertTrue(listed.get());
    try (Loci reopened = Loci.open(dir.resolve("index"))) {
      assertEquals(1, reopened.sourceCount());
    }
    first.join(60_000);
    slow.join(60_000);
  }
}
