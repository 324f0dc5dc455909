package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an indexing process at random points, some of them while a commit is being written, and
 * checks after each kill that the index opens, that every source in it has all its passages, and
 * that a rerun completes with the counts of a clean run. Runs with {@code ./mvnw verify -Pcrash}.
 */
@Tag("crash")
class CrashTest {
  private static final int SOURCES = 250;
  private static final int TRIALS = 10;

  @TempDir Path dir;

  private static Process start(Path corpus, Path index, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "--add-modules",
            "jdk.incubator.vector",
            "-cp",
            classPath,
            CrashChild.class.getName(),
            corpus.toString(),
            index.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static void runToEnd(Path corpus, Path index, Path log) throws Exception {
    Process p = start(corpus, index, log);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run ends");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("done"), out);
  }

  /**
   * Whether a commit after the first few (the empty index's, then the first sources') is being
   * written: Lucene writes {@code pending_segments_N}, then renames it to {@code segments_N}.
   */
  private static boolean committingData(Path index) {
    return generation(index, "pending_segments_") > 3;
  }

  @Test
  void testKilledRunsLeaveAnIndexThatOpensAndResumes() throws Exception {
    Path corpus = Archive.jsonLines(dir.resolve("archive.jsonl"), SOURCES);
    Path log = dir.resolve("child.log");

    Path clean = dir.resolve("clean");
    Process first = start(corpus, clean, log);
    awaitFirstSources(first, clean);
    long t0 = System.nanoTime();
    assertTrue(first.waitFor(5, TimeUnit.MINUTES), "the clean run ends");
    assertEquals(0, first.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    // How long a run indexes once its first sources are committed (start-up left out).
    long indexingNanos = Math.max(1, System.nanoTime() - t0);
    IndexIntegrity.Counts expected = IndexIntegrity.check(clean);
    assertEquals(SOURCES, expected.sources());

    Random random = new Random(20261206L);
    int duringCommit = 0;
    List<String> trials = new ArrayList<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      Path index = dir.resolve("killed-" + trial);
      // Each trial kills once or twice before letting a run finish.
      int kills = 1 + trial % 2;
      for (int k = 0; k < kills; k++) {
        Process p = start(corpus, index, log);
        awaitFirstSources(p, index);
        long deadline = System.nanoTime() + (long) (random.nextDouble() * indexingNanos);
        boolean hitCommit = false;
        while (p.isAlive() && System.nanoTime() < deadline) {
          if (trial % 2 == 1 && Files.isDirectory(index) && committingData(index)) {
            hitCommit = true; // a commit is being written: kill now
            break;
          }
          Thread.onSpinWait();
        }
        p.destroyForcibly();
        p.waitFor(1, TimeUnit.MINUTES);
        if (hitCommit) {
          duringCommit++;
        }
        IndexIntegrity.Counts after =
            Files.isDirectory(index) && hasCommit(index)
                ? IndexIntegrity.check(index)
                : new IndexIntegrity.Counts(0, 0);
        trials.add(trial + "." + k + (hitCommit ? " (in a commit)" : "") + ": " + after);
        assertTrue(after.sources() <= expected.sources());
      }
      runToEnd(corpus, index, log);
      assertEquals(List.of(), IndexIntegrity.orphans(index), "files no commit refers to");
      assertEquals(
          expected, IndexIntegrity.check(index), "trial " + trial + " after the rerun: " + trials);
    }
    assertTrue(duringCommit >= 1, "some kills hit a commit: " + trials);
    System.out.println("crash trials: " + trials);
  }

  /** Waits until a run has committed sources (past JVM start-up), or has ended. */
  private static void awaitFirstSources(Process p, Path index) throws InterruptedException {
    while (p.isAlive() && !(Files.isDirectory(index) && generation(index, "segments_") >= 3)) {
      Thread.sleep(1);
    }
  }

  /** The highest generation of the files with this prefix, or -1. */
  private static long generation(Path index, String prefix) {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith(prefix))
          .mapToLong(f -> Long.parseLong(f.substring(prefix.length()), Character.MAX_RADIX))
          .max()
          .orElse(-1);
    } catch (IOException | RuntimeException e) {
      return -1; // listed while a file was renamed: not this time
    }
  }

  private static boolean hasCommit(Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(directory);
    }
  }
}
