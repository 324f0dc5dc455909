package io.github.loci.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the small text files a user gives Loci (a lexicon, topics, qrels, runs), with errors that
 * name the file: a folder, a file too large to read whole, and bytes that are not UTF-8 (with the
 * line and byte offset of the first bad one).
 */
public final class TextFiles {
  /** The largest file read whole: a Java array's bound, well below. */
  public static final long MAX_BYTES = Integer.MAX_VALUE - 1024;

  private TextFiles() {}

  /** Bytes that are not UTF-8, at a line and byte offset of a file. */
  public static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the first bad byte. */
    public final int line;

    /** The offset of the first bad byte from the file's start. */
    public final long offset;

    NotUtf8Exception(String name, int line, long offset) {
      super(name + ":" + line + ": not UTF-8 text (a bad byte at offset " + offset + ")");
      this.line = line;
      this.offset = offset;
    }
  }

  /**
   * Reads a file's bytes, refusing what is not a file that fits in memory.
   *
   * @param file the file
   * @return its bytes
   * @throws IOException naming the file when it is a folder, too large, or cannot be read
   */
  public static byte[] read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a folder, not a file");
    }
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new IOException(
          file + ": too large to read (" + size + " bytes; at most " + MAX_BYTES + ")");
    }
    return Files.readAllBytes(file);
  }

  /**
   * Decodes UTF-8 strictly.
   *
   * @param name the file's name, for the error
   * @param bytes its bytes
   * @return the text, a byte-order mark kept
   * @throws NotUtf8Exception at the first byte that is not UTF-8
   */
  public static String decodeUtf8(String name, byte[] bytes) throws NotUtf8Exception {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new NotUtf8Exception(name, line, at);
    }
    return out.flip().toString();
  }

  /**
   * Reads a UTF-8 text file's lines, a byte-order mark dropped.
   *
   * @param file the file
   * @return its lines, split as {@link String#lines} splits them
   * @throws IOException naming the file when it is a folder, too large or not UTF-8 (with the line
   *     and byte offset), or cannot be read
   */
  public static java.util.List<String> readLines(Path file) throws IOException {
    String text = decodeUtf8(file.toString(), read(file));
    return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
  }
}
