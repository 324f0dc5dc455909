package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
