package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an index folder that cannot be used says. Tests run as root, whom {@code chmod} does not
 * stop, so the access-denied case is given the exception the file system throws.
 */
class IndexFolderTest {
  @TempDir Path dir;

  @Test
  void testAnUnwritableParentSaysAccessDeniedNotCannotRead() {
    Path index = dir.resolve("parent/idx");
    String why = IndexFolder.why(index, new AccessDeniedException(index.toString()));
    assertEquals("access denied: " + dir + " is not writable", why);
  }

  @Test
  void testAParentThatIsAFileIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("passwd"), "x");
    IOException e =
        assertThrows(IOException.class, () -> IndexFolder.prepareWritable(file.resolve("idx")));
    assertTrue(e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());
  }

  @Test
  void testAFileSystemThatRefusesNewFoldersIsSaidInWords() {
    Path index = dir.resolve("parent/idx");
    String why = IndexFolder.why(index, new NoSuchFileException(index.toString()));
    // It said "java.nio.file.NoSuchFileException: /proc/foo".
    assertEquals("the file system does not allow a new folder there", why);
  }

  @Test
  void testASearchOfAMissingFolderCreatesNothing() {
    Path index = dir.resolve("a/b/c");
    IOException e = assertThrows(IOException.class, () -> IndexFolder.checkReadable(index));
    assertTrue(e.getMessage().startsWith("no Loci index at " + index), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("a")));
  }

  @Test
  void testALockFileThatCannotBeCreatedIsAReadOnlyFolder() {
    assertTrue(
        IndexFolder.isLockFileError(new NoSuchFileException(dir.resolve("write.lock").toString())));
    assertTrue(
        IndexFolder.readOnly(dir, null).getMessage().contains("cannot write to the index folder"));
  }

  @Test
  void testAFolderOfOtherFilesIsNoPlaceForANewIndex() throws Exception {
    Path papers = dir.resolve("papers");
    Files.createDirectories(papers);
    Files.writeString(papers.resolve("hello.txt"), "my notes");
    IOException e = assertThrows(IOException.class, () -> Loci.open(papers).close());
    assertTrue(
        e.getMessage().contains("holds files that are not an index (hello.txt)"), e.getMessage());
    assertEquals(java.util.List.of(papers.resolve("hello.txt")), list(papers)); // nothing written
    // What a run killed before its first commit leaves is an index still in the making.
    Path started = dir.resolve("started");
    Files.createDirectories(started);
    Files.writeString(started.resolve("write.lock"), "");
    Files.writeString(started.resolve("_0.cfs"), "");
    Files.writeString(started.resolve(".DS_Store"), "");
    assertEquals(null, IndexFolder.otherThanAnIndex(started));
    // A user's file named like a commit point does not make a folder of notes an index.
    Files.writeString(papers.resolve("segments_notes.txt"), "x");
    assertEquals("hello.txt", IndexFolder.otherThanAnIndex(papers));
    // And a folder that holds an index holds what its owner puts there too.
    Path index = dir.resolve("index");
    try (Loci loci = Loci.open(index)) {
      loci.index(
          java.util.List.of(io.github.loci.core.ingest.Source.of("a", "A", "Some text here.")));
    }
    Files.writeString(index.resolve("README.txt"), "the team's index");
    try (Loci loci = Loci.open(index)) {
      assertEquals(1, loci.sourceCount());
    }
  }

  private static java.util.List<Path> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.toList();
    }
  }
}
