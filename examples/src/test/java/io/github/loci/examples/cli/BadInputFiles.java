package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.index.SourceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files and folders for the command-line rows of {@link BadInputSuiteTest}: a small corpus, links
 * that cannot be followed, UTF-16 files, and what an index holds afterwards.
 */
final class BadInputFiles {
  static final String A = "Alibaba opened a data centre in Colombia last year, its first there.";
  static final String X = "Google builds another data centre in Chile, its third in the region.";

  private BadInputFiles() {}

  /** {@code docs/a.txt} and {@code docs/sub/x.txt}. */
  static void corpus(Path dir) throws IOException {
    BadInputSuiteTest.write(dir.resolve("docs/a.txt"), A);
    BadInputSuiteTest.write(dir.resolve("docs/sub/x.txt"), X);
  }

  /** The corpus, indexed into {@code idx}. */
  static void indexCorpus(Path dir) throws IOException {
    corpus(dir);
    BadInputSuiteTest.Result r =
        BadInputSuiteTest.run(
            "index", dir.resolve("docs").toString(), "--index", dir.resolve("idx").toString());
    assertEquals(0, r.code(), r.err() + r.out());
  }

  /**
   * A link to itself: neither a file nor a folder, and no one, root included, can read through it.
   */
  static void loop(Path link) throws IOException {
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, link.getFileName());
  }

  /**
   * Moves a folder out of its parent and leaves a link in its place that cannot be followed: its
   * files cannot be read, nor told to be gone.
   */
  static void breakFolder(Path folder) throws IOException {
    Path away = folder.getParent().resolveSibling(folder.getFileName() + ".moved");
    Files.move(folder, away);
    loop(folder);
  }

  /**
   * Makes an index folder's write lock impossible to create, as a read-only folder or disk does, in
   * a way that holds for root too (tests run as root, whom {@code chmod} does not stop): {@code
   * write.lock} becomes a link to a file in a folder that does not exist.
   */
  static void lockUncreatable(Path index) throws IOException {
    Path lock = index.resolve("write.lock");
    Files.deleteIfExists(lock);
    Files.createSymbolicLink(lock, index.resolve("no-such-folder/write.lock"));
  }

  /** Deletes a file or a folder tree. */
  static void delete(Path path) throws IOException {
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A text file in UTF-16 with its byte-order mark, as Windows Notepad saves "Unicode". */
  static void utf16(Path file, boolean bigEndian) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] bom =
        bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
    byte[] text = A.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    Files.write(file, all);
  }

  /** The ids of the sources an index holds, opened read-only. */
  static List<String> ids(Path index) throws IOException {
    try (Loci loci = Loci.builder().directory(index).readOnly(true).build()) {
      return loci.sources().stream().map(SourceInfo::id).toList();
    }
  }

  /** Checks the ids an index holds. */
  static void holds(Path index, String... ids) throws IOException {
    assertEquals(List.of(ids), ids(index));
  }

  /** Notes which commit an index folder is at, for {@link #sameCommit}. */
  static void noteCommit(Path index) throws IOException {
    Files.write(index.resolveSibling("commit-before.txt"), commits(index));
  }

  /** Checks that an index folder is at the commit {@link #noteCommit} noted: nothing written. */
  static void sameCommit(Path index) throws IOException {
    assertEquals(Files.readAllLines(index.resolveSibling("commit-before.txt")), commits(index));
  }

  private static List<String> commits(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("segments_"))
          .sorted()
          .toList();
    }
  }

  /** Checks that nothing exists at a path. */
  static void absent(Path path) {
    assertFalse(Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS), path + " exists");
  }

  /** Checks that no line of output is longer than {@code max} chars. */
  static void linesAtMost(BadInputSuiteTest.Result r, int max) {
    for (String line : (r.out() + "\n" + r.err()).lines().toList()) {
      assertTrue(line.length() <= max, "a line of " + line.length() + " chars");
    }
  }

  /**
   * Cuts a few bytes off the end of the index's largest file, as a full disk or a bad copy does.
   */
  static void truncateLargest(Path index) throws IOException {
    Path largest;
    try (Stream<Path> files = Files.list(index)) {
      largest =
          files
              .filter(p -> !p.getFileName().toString().equals("write.lock"))
              .max(java.util.Comparator.comparingLong(BadInputFiles::size))
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    Files.write(largest, java.util.Arrays.copyOf(bytes, bytes.length - 8));
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
