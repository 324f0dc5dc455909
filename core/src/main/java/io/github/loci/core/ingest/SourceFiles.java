package io.github.loci.core.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Which files are sources, by their extension, and the id a text file's path gives. */
final class SourceFiles {
  private SourceFiles() {}

  /** The kinds of source file, by extension. */
  enum Kind {
    TEXT,
    JSON_LINES
  }

  /** A file's kind, or null when Loci does not read it. */
  static Kind kindOf(String fileName) {
    return switch (extension(fileName)) {
      case "txt", "text", "md" -> Kind.TEXT;
      case "jsonl", "ndjson" -> Kind.JSON_LINES;
      default -> null;
    };
  }

  static boolean isSourceFile(String fileName) {
    return kindOf(fileName) != null;
  }

  /** Whether a file is read as JSON Lines, many records to a file. */
  static boolean isRecordsFile(Path file) {
    return file.getFileName() != null && kindOf(file.getFileName().toString()) == Kind.JSON_LINES;
  }

  /** A file name's extension in lower case, without its dot; empty when it has none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A relative path without its file's extension: a text file's id. */
  static String withoutExtension(String relative) {
    int slash = relative.lastIndexOf('/');
    int dot = relative.lastIndexOf('.');
    return dot > slash + 1 ? relative.substring(0, dot) : relative;
  }
}
