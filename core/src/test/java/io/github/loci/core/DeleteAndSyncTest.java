package io.github.loci.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting sources, and finding those whose files are gone when a root is reached by links. */
class DeleteAndSyncTest {
  @TempDir Path dir;

  private static Source source(String id) {
    return Source.of(id, "Title " + id, "The company " + id + " opened a data centre in Milan.");
  }

  @Test
  void testAFailedDeleteDeletesNothingAndAnIdGivenTwiceCountsOnce() throws Exception {
    try (Loci loci = Loci.builder().build()) {
      loci.index(List.of(source("a"), source("b")));
      List<String> withNull = new ArrayList<>(List.of("b"));
      withNull.add(null);
      assertThrows(NullPointerException.class, () -> loci.delete(withNull));
      loci.index(List.of(source("c")));
      // Before, the commit of this later run applied the failed call's delete of 'b'.
      assertEquals(3, loci.sourceCount());
      assertEquals(1, loci.delete(List.of("a", "a", "a")));
      assertEquals(2, loci.sourceCount());
    }
  }

  @Test
  void testAFileIndexedAgainWhileASyncWaitsIsNotRemoved() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path late = docs.resolve("late.txt");
    Files.writeString(docs.resolve("a.txt"), "The company opened a data centre in Milan.");
    Files.writeString(late, "The company opened a data centre in Lisbon.");
    try (Loci loci = Loci.open(dir.resolve("index"))) {
      loci.index(SourceReader.read(docs));
      Files.delete(late);
      java.util.concurrent.atomic.AtomicReference<Thread> sync =
          new java.util.concurrent.atomic.AtomicReference<>();
      java.util.concurrent.CompletableFuture<List<String>> removed =
          new java.util.concurrent.CompletableFuture<>();
      // A run in progress (it holds the index's write lock) restores the file and indexes it, after
      // a sync has started and waits for the run.
      java.util.function.Supplier<Source> restore =
          () -> {
            Thread t =
                new Thread(
                    () -> {
                      try {
                        removed.complete(loci.removeMissingFiles(List.of(docs)));
                      } catch (Throwable e) {
                        removed.completeExceptionally(e);
                      }
                    });
            sync.set(t);
            t.start();
            while (t.getState() != Thread.State.BLOCKED && t.isAlive()) {
              Thread.onSpinWait();
            }
            try {
              Files.writeString(late, "The company opened a data centre in Lisbon.");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            return SourceReader.read(docs).sources().stream()
                .filter(x -> x.id().equals("late"))
                .findFirst()
                .orElseThrow();
          };
      loci.index(Stream.of(source("b")).flatMap(x -> Stream.of(x, restore.get())));
      sync.get().join();
      assertEquals(List.of(), removed.get());
      assertTrue(loci.sourceText("late").isPresent(), "the restored file's source was removed");
    }
  }

  /** Indexes {@code root}, deletes {@code gone} and all in it, and expects its file missing. */
  private void assertGoneThrough(Path root, Path gone) throws IOException {
    try (Loci loci = Loci.open(dir.resolve("index"))) {
      loci.index(SourceReader.read(root));
      assertEquals(1, loci.sourceCount());
      try (Stream<Path> tree = Files.walk(gone)) {
        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      assertEquals(1, loci.missingFiles(List.of(root)).size());
    }
  }

  @Test
  void testARootGivenThroughALinkWhoseTargetIsGone() throws Exception {
    // Before, the dangling link matched none of the canonical paths the sources store.
    Path real = Files.createDirectories(dir.resolve("real/t"));
    Files.writeString(real.resolve("c.txt"), "The company opened a data centre in Milan.");
    assertGoneThrough(
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real")), dir.resolve("real"));
  }

  @Test
  void testAChainOfLinksToAGoneTarget() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real2"));
    Files.writeString(real.resolve("c.txt"), "The company opened a data centre in Milan.");
    Path mid = Files.createSymbolicLink(dir.resolve("mid"), real);
    assertGoneThrough(Files.createSymbolicLink(dir.resolve("link2"), mid), real);
  }

  @Test
  void testARelativeLinkInAFolderReachedThroughALink() throws Exception {
    // Followed lexically, base/l2/../real3 was dir/real3, not x/y/real3.
    Path deep = Files.createDirectories(dir.resolve("x/y/realbase"));
    Path real = Files.createDirectories(dir.resolve("x/y/real3"));
    Files.writeString(real.resolve("f.txt"), "The company opened a data centre in Milan.");
    Path base = Files.createSymbolicLink(dir.resolve("base"), deep);
    Files.createSymbolicLink(deep.resolve("l2"), Path.of("../real3"));
    assertGoneThrough(Files.createSymbolicLink(dir.resolve("root"), base.resolve("l2")), real);
  }

  @Test
  void testALinkWhoseTextGoesUpThroughAnotherLink() throws Exception {
    // "base/../real5", base a link to x/y/realbase: its ".." is x/y, which only the file system
    // knows (normalized as written, it was dir/real5).
    Path deep = Files.createDirectories(dir.resolve("x/y/realbase"));
    Path real = Files.createDirectories(dir.resolve("x/y/real5"));
    Files.writeString(real.resolve("h.txt"), "The company opened a data centre in Milan.");
    Files.createSymbolicLink(dir.resolve("base"), deep);
    assertGoneThrough(
        Files.createSymbolicLink(dir.resolve("root"), Path.of("base/../real5")), real);
  }
}
