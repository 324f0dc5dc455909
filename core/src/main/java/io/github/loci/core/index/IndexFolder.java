package io.github.loci.core.index;

import io.github.loci.core.internal.LuceneFolders;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * Checks an index folder before Lucene opens it, so that what is wrong is said in words a user can
 * act on: a missing folder (a search creates nothing), a file given as a folder, a folder that
 * cannot be created or written, a damaged index.
 */
final class IndexFolder {
  /** The message for a folder to search that holds no index, for {@link String#formatted}. */
  static final String NO_INDEX =
      "no Loci index at %s (create one by indexing sources into it: `loci index`, or Loci.open and"
          + " index in Java)";

  private IndexFolder() {}

  /**
   * Checks a folder to search: it must exist; nothing is created.
   *
   * @param path the folder
   * @throws IOException saying what is wrong
   */
  static void checkReadable(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return;
    }
    if (Files.exists(path)) {
      throw new IOException(path + " is a file, not an index folder");
    }
    throw new IOException(NO_INDEX.formatted(path));
  }

  /**
   * Creates a folder to index into if it is missing, and checks that it can be written.
   *
   * @param path the folder
   * @throws IOException saying what is wrong
   */
  static void prepareWritable(Path path) throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IOException(path + " is a file, not an index folder");
    }
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new IOException("cannot create the index folder " + path + ": " + why(path, e), e);
    }
    if (!Files.isWritable(path)) {
      throw readOnly(path, null);
    }
    String other = otherThanAnIndex(path);
    if (other != null) {
      throw new IOException(
          path
              + " holds files that are not an index ("
              + other
              + "): an index is made in an empty or new folder, never among other files");
    }
  }

  /**
   * The name of a file in a folder that holds no index commit yet and that no Lucene index would
   * write ({@code _0.cfs}, {@code segments_1}, {@code write.lock}, what a run killed before its
   * first commit leaves), or null: a folder that holds an index, or only such files, is one.
   */
  static String otherThanAnIndex(Path path) throws IOException {
    java.util.List<String> names = new java.util.ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    }
    if (LuceneFolders.holdsIndex(names)) {
      return null; // an index: whatever else the folder holds is its owner's business
    }
    return names.stream()
        .filter(n -> !n.startsWith(".") && !LuceneFolders.isIndexFile(n))
        .sorted()
        .findFirst()
        .orElse(null);
  }

  /** Why a folder could not be created: the first existing part of its path tells. */
  static String why(Path path, IOException e) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          return p + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
          return "access denied: " + p + " is not writable";
        }
        break;
      }
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    // createDirectories makes the missing parents: a missing file here is a file system that
    // refuses new folders (such as /proc).
    return e instanceof java.nio.file.NoSuchFileException
        ? "the file system does not allow a new folder there"
        : e.toString();
  }

  /**
   * The error for a folder whose write lock cannot be taken because it cannot be written to (a
   * read-only folder or disk): Lucene reports it as a missing {@code write.lock}.
   *
   * @param path the folder
   * @param cause what Lucene threw, or null
   * @return the error to throw
   */
  static IOException readOnly(Path path, IOException cause) {
    return new IOException(
        "cannot write to the index folder "
            + path
            + ": its write lock cannot be created (is the folder or its disk read-only?); search it"
            + " with `loci search`, or index into a folder you can write to",
        cause);
  }

  /**
   * Whether an error opening a writer is the lock file that could not be created.
   *
   * @param e what Lucene threw
   * @return whether it is about {@code write.lock}
   */
  static boolean isLockFileError(IOException e) {
    return e instanceof FileSystemException fs
        && fs.getFile() != null
        && fs.getFile().endsWith("write.lock");
  }

  /**
   * Whether an error opening an index says its files are truncated or corrupt.
   *
   * @param e the error
   * @return whether the index is damaged
   */
  static boolean isDamage(IOException e) {
    return e instanceof CorruptIndexException
        || e instanceof EOFException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException;
  }
}
