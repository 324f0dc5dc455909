package io.github.loci.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads sources from files and folders.
 *
 * <ul>
 *   <li>{@code .txt}, {@code .text} and {@code .md} files are one source each: UTF-8 text, id = the
 *       path relative to the folder given (taken by its canonical path), or the file name, without
 *       extension; title = the {@code title:} of Markdown front matter, else the first line of at
 *       least three words ({@link Titles});
 *   <li>{@code .jsonl} and {@code .ndjson} files hold one JSON object per line: {@code
 *       {"id","title","url","lang","text"}}, of which {@code id} and {@code text} are required. A
 *       file of any size is read record by record;
 *   <li>folders are read recursively, in name order; hidden files and folders are passed over.
 * </ul>
 *
 * <p>A source (a text file or a record) is at most {@link #MAX_SOURCE_BYTES}, and less with a heap
 * under 3.1 GB ({@link #maxSourceBytes}): a larger one is skipped with an error naming the file and
 * line, the limit, and how to raise it.
 *
 * <p>{@link #open} streams: the sources come one at a time, for runs of any size. {@link #read}
 * reads everything into memory, for small inputs and tests. Nothing here throws for a bad source:
 * binary or non-UTF-8 files (with the byte offset), empty files, malformed records (with the line)
 * and ids that two sources would share (naming both) are reported, and the other sources are read.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceReader {
  /**
   * The largest source read, in bytes: a text file or one JSON Lines record (64 MiB). A source is
   * an article, a report or a book, not a dump; a larger one is skipped and reported.
   */
  public static final long MAX_SOURCE_BYTES = 64L * 1024 * 1024;

  /**
   * Heap that indexing a source takes, per byte of it, while it is in flight: its text, its
   * passages and their documents, and Lucene's in-memory segment for them, all at once (a source is
   * written in one atomic step). Measured with {@code ./loci index --threads 1} on one English text
   * file: 8 MB indexes in a 200 MB heap and not in 160 MB, 16 MB in 384 MB (README, "Limits").
   */
  public static final long HEAP_PER_SOURCE_BYTE = 24;

  /** Heap kept for what a run needs whatever its sources: the language model, Lucene's buffers. */
  public static final long HEAP_RESERVE = 96L * 1024 * 1024;

  /** The smallest per-source limit, whatever the heap. */
  private static final long MIN_LIMIT = 1024 * 1024;

  /** The file types read as sources, named in messages. */
  public static final String FILE_TYPES = ".txt, .text, .md, .jsonl and .ndjson";

  /** The largest limit {@link #open(Collection, long)} takes: what one Java array holds. */
  public static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

  private SourceReader() {}

  /**
   * Opens files and folders for reading one source at a time.
   *
   * @param paths files or folders
   * @return the feed; close it when done
   */
  public static SourceFeed open(Collection<Path> paths) {
    return open(paths, "");
  }

  /**
   * Opens files and folders for reading one source at a time, with a prefix put before every id and
   * the per-source limit this JVM's heap takes ({@link #maxSourceBytes}).
   *
   * @param paths files or folders
   * @param idPrefix put before the id of every source read; may be empty
   * @return the feed; close it when done
   */
  public static SourceFeed open(Collection<Path> paths, String idPrefix) {
    return open(paths, maxSourceBytes(Runtime.getRuntime().maxMemory()), idPrefix);
  }

  /**
   * The largest source a heap indexes: {@link #MAX_SOURCE_BYTES}, or less for a smaller heap.
   * Indexing holds the sources in flight (at most this many bytes of them, {@code IndexRun}) and
   * the next one read, each taking {@link #HEAP_PER_SOURCE_BYTE} times its size: so a source is at
   * most (heap - {@link #HEAP_RESERVE}) / (2 * {@link #HEAP_PER_SOURCE_BYTE}) bytes, about 19 MB
   * for a 1 GB heap, 40 MB for 2 GB, 64 MiB from 3.1 GB on.
   *
   * @param maxHeap the heap's maximum size, in bytes ({@code Runtime.maxMemory()})
   * @return the per-source limit, in bytes, at least 1 MiB
   */
  public static long maxSourceBytes(long maxHeap) {
    long fits = (maxHeap - HEAP_RESERVE) / (2 * HEAP_PER_SOURCE_BYTE);
    return Math.max(MIN_LIMIT, Math.min(MAX_SOURCE_BYTES, fits));
  }

  /**
   * Opens files and folders for reading one source at a time, with another limit on a source's
   * size.
   *
   * @param paths files or folders
   * @param maxSourceBytes the largest text file or JSON Lines record read; larger ones are skipped
   *     and reported
   * @return the feed; close it when done
   */
  public static SourceFeed open(Collection<Path> paths, long maxSourceBytes) {
    return open(paths, maxSourceBytes, "");
  }

  /**
   * Opens files and folders for reading one source at a time, with a prefix put before every id, so
   * that the sources of several folders do not share ids (two folders' {@code README.md} are both
   * {@code README} without one).
   *
   * @param paths files or folders
   * @param maxSourceBytes the largest text file or JSON Lines record read; larger ones are skipped
   *     and reported
   * @param idPrefix put before the id of every source read, text file or record; may be empty
   * @return the feed; close it when done
   */
  public static SourceFeed open(Collection<Path> paths, long maxSourceBytes, String idPrefix) {
    if (maxSourceBytes < 1) {
      throw new IllegalArgumentException(
          "the source size limit must be positive: " + maxSourceBytes);
    }
    return new FileFeed(paths, maxSourceBytes, java.util.Objects.requireNonNull(idPrefix));
  }

  /**
   * Opens files and folders as {@link #open(Collection, String)} does, keeping the ids of each JSON
   * Lines file read to its end without a problem ({@link SourceFeed#recordsFilesRead}), for {@code
   * --sync} to remove the records a file no longer holds. About 8 bytes a record.
   *
   * @param paths files or folders
   * @param idPrefix put before the id of every source read; may be empty
   * @return the feed; close it when done
   */
  public static SourceFeed openKeepingRecordIds(Collection<Path> paths, String idPrefix) {
    return openKeepingRecordIds(paths, idPrefix, false);
  }

  /**
   * Opens files and folders as {@link #openKeepingRecordIds(Collection, String)} does, optionally
   * reading only the JSON Lines files (text files are passed over unread): for a dry run of {@code
   * --sync}, which needs only the records' ids.
   *
   * @param paths files or folders
   * @param idPrefix put before the id of every source read; may be empty
   * @param recordsOnly whether to read only the JSON Lines files
   * @return the feed; close it when done
   */
  public static SourceFeed openKeepingRecordIds(
      Collection<Path> paths, String idPrefix, boolean recordsOnly) {
    FileFeed feed =
        new FileFeed(
            paths,
            maxSourceBytes(Runtime.getRuntime().maxMemory()),
            java.util.Objects.requireNonNull(idPrefix),
            true);
    feed.recordsOnly = recordsOnly;
    return feed;
  }

  /**
   * Tells whether a file is read as JSON Lines ({@code .jsonl}, {@code .ndjson}): many sources to a
   * file, each with its own id; else it is one source.
   *
   * @param file a file
   * @return whether its sources are records
   */
  public static boolean isRecordsFile(Path file) {
    return SourceFiles.isRecordsFile(file);
  }

  /**
   * Reads every path given into memory: files and folders. Two sources with one id are both
   * reported and neither is kept.
   *
   * @param paths files or folders
   * @return the sources read and what was skipped
   */
  public static IngestResult read(Collection<Path> paths) {
    try (SourceFeed feed = open(paths)) {
      return drain(feed);
    }
  }

  /**
   * Reads one file or folder into memory.
   *
   * @param path a file or folder
   * @return the sources read and what was skipped
   */
  public static IngestResult read(Path path) {
    return read(List.of(path));
  }

  /**
   * Reads JSON Lines text, such as a file's content.
   *
   * @param name the name used in problem reports, such as the file name
   * @param text one JSON object per line
   * @return the sources read and what was skipped
   */
  public static IngestResult readJsonLines(String name, String text) {
    JsonLines records =
        new JsonLines(
            name,
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            MAX_SOURCE_BYTES);
    List<SourceFeed.Item> items = new ArrayList<>();
    try {
      for (SourceFeed.Item item = records.next(); item != null; item = records.next()) {
        items.add(item);
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading an in-memory array cannot fail", e);
    }
    return dropDuplicateIds(items);
  }

  /**
   * A source from text held in memory, titled as a text file would be.
   *
   * @param id the source id
   * @param text the text
   * @return the source, its language to be detected
   */
  public static Source fromText(String id, String text) {
    return new Source(
        id, titleOf(text, id), Optional.empty(), Optional.empty(), Optional.empty(), text);
  }

  private static IngestResult drain(SourceFeed feed) {
    List<SourceFeed.Item> items = new ArrayList<>();
    for (SourceFeed.Item item = feed.next(); item != null; item = feed.next()) {
      items.add(item);
    }
    return dropDuplicateIds(items);
  }

  /**
   * Reads a file as strict UTF-8, without a byte-order mark.
   *
   * @param file the file
   * @param maxBytes the largest file read
   * @return its text
   * @throws IngestException if it cannot be read, is too large, is binary, or is not valid UTF-8
   */
  static String readUtf8(Path file, long maxBytes) throws IngestException {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new IngestException.Unsupported(
            name,
            "file of "
                + size
                + " bytes skipped: larger than "
                + maxBytes
                + " bytes, "
                + limitAdvice(maxBytes));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException.Unreadable(name, FileFeed.describe(e), e);
    }
    return decodeUtf8(name, bytes, 0, bytes.length, 0);
  }

  /** What the limit is and how to index a larger source. */
  static String limitAdvice(long maxBytes) {
    long heap = Runtime.getRuntime().maxMemory();
    return maxBytes < MAX_SOURCE_BYTES && maxBytes == maxSourceBytes(heap)
        ? "the largest source a heap of "
            + heap / (1024 * 1024)
            + " MB indexes (raise it with ./loci --max-heap SIZE or LOCI_OPTS=-XmxSIZE, -Xmx in"
            + " your own JVM, or split the source)"
        : "the largest source Loci reads (split it, or make it JSON Lines records)";
  }

  /**
   * Decodes strict UTF-8, dropping a leading byte-order mark.
   *
   * @param name the file (and line) for problem reports
   * @param bytes the bytes
   * @param from the first byte to decode
   * @param to the end, exclusive
   * @param baseOffset the offset of {@code bytes[from]} in the file, for problem reports
   * @return the text
   * @throws IngestException.InvalidEncoding at the first NUL byte or invalid sequence
   */
  static String decodeUtf8(String name, byte[] bytes, int from, int to, long baseOffset)
      throws IngestException.InvalidEncoding {
    String encoding = baseOffset == 0 ? unicodeOtherThanUtf8(bytes, from, to) : null;
    if (encoding != null) {
      throw new IngestException.InvalidEncoding(
          name,
          0,
          encoding
              + " text (it starts with that byte-order mark); Loci reads UTF-8: convert it to UTF-8,"
              + " e.g. iconv -f "
              + encoding
                  .replace(", ", "")
                  .replace("little-endian", "LE")
                  .replace("big-endian", "BE")
              + " -t UTF-8",
          true);
    }
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        String utf16 = baseOffset == 0 ? utf16WithoutMark(bytes, from, to) : null;
        throw new IngestException.InvalidEncoding(
            name,
            baseOffset + i - from,
            utf16 == null
                ? "binary file (NUL byte), not text"
                : "binary file (NUL byte), or "
                    + utf16
                    + " text without a byte-order mark: if so, convert it to UTF-8, e.g. iconv -f "
                    + (utf16.contains("little") ? "UTF-16LE" : "UTF-16BE")
                    + " -t UTF-8",
            true);
      }
    }
    int start =
        to - from >= 3
                && bytes[from] == (byte) 0xEF
                && bytes[from + 1] == (byte) 0xBB
                && bytes[from + 2] == (byte) 0xBF
            ? from + 3
            : from;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
    CharBuffer out = CharBuffer.allocate(to - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new IngestException.InvalidEncoding(
          name,
          baseOffset + in.position() - from,
          looksSingleByte(bytes, in.position(), to)
              ? "not valid UTF-8: it looks like Latin-1 or Windows-1252 text (a lone byte "
                  + String.format("0x%02X", bytes[in.position()] & 0xFF)
                  + "); convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8"
              : "not valid UTF-8 (convert the file to UTF-8)",
          false);
    }
    return out.flip().toString();
  }

  /**
   * Whether the byte UTF-8 could not read is a letter of a single-byte Latin encoding: from 0xC0 on
   * (À to ÿ), not followed by the continuation byte UTF-8 would have there.
   */
  private static boolean looksSingleByte(byte[] bytes, int at, int to) {
    int b = bytes[at] & 0xFF;
    return b >= 0xC0 && (at + 1 >= to || (bytes[at + 1] & 0xC0) != 0x80);
  }

  /**
   * Whether the bytes look like UTF-16 text written without a byte-order mark: in their first 256
   * pairs, nearly every pair a char below U+0100 and a NUL, on the same side (Latin-script text).
   *
   * @return "UTF-16, little-endian" or "UTF-16, big-endian", or null
   */
  private static String utf16WithoutMark(byte[] bytes, int from, int to) {
    int pairs = Math.min(256, (to - from) / 2);
    if (pairs < 4) {
      return null;
    }
    int little = 0;
    int big = 0;
    for (int k = 0; k < pairs; k++) {
      byte a = bytes[from + 2 * k];
      byte b = bytes[from + 2 * k + 1];
      little += a != 0 && b == 0 ? 1 : 0;
      big += a == 0 && b != 0 ? 1 : 0;
    }
    return little * 10 >= pairs * 9
        ? "UTF-16, little-endian"
        : big * 10 >= pairs * 9 ? "UTF-16, big-endian" : null;
  }

  /**
   * The Unicode encoding other than UTF-8 whose byte-order mark starts the bytes, or null. A UTF-16
   * file (Windows Notepad's "Unicode") is text, not binary, although it holds NUL bytes.
   */
  private static String unicodeOtherThanUtf8(byte[] bytes, int from, int to) {
    int n = to - from;
    int b0 = n > 0 ? bytes[from] & 0xff : -1;
    int b1 = n > 1 ? bytes[from + 1] & 0xff : -1;
    boolean twoZeros = n > 3 && bytes[from + 2] == 0 && bytes[from + 3] == 0;
    if (b0 == 0xFF && b1 == 0xFE) {
      return twoZeros ? "UTF-32, little-endian" : "UTF-16, little-endian";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16, big-endian";
    }
    if (n > 3 && b0 == 0 && b1 == 0 && (bytes[from + 2] & 0xff) == 0xFE) {
      return (bytes[from + 3] & 0xff) == 0xFF ? "UTF-32, big-endian" : null;
    }
    return null;
  }

  private static IngestResult dropDuplicateIds(List<SourceFeed.Item> items) {
    Map<String, List<SourceFeed.Item>> byId = new LinkedHashMap<>();
    List<IngestException> problems = new ArrayList<>();
    for (SourceFeed.Item item : items) {
      if (item.problem() != null) {
        problems.add(item.problem());
      } else {
        byId.computeIfAbsent(item.source().id(), k -> new ArrayList<>()).add(item);
      }
    }
    List<Source> sources = new ArrayList<>();
    for (Map.Entry<String, List<SourceFeed.Item>> entry : byId.entrySet()) {
      List<SourceFeed.Item> same = entry.getValue();
      if (same.size() == 1) {
        sources.add(same.get(0).source());
        continue;
      }
      for (int i = 0; i < same.size(); i++) {
        SourceFeed.Item other = same.get(i == 0 ? 1 : 0);
        problems.add(
            new IngestException.DuplicateId(
                same.get(i).location(), entry.getKey(), other.location()));
      }
    }
    return new IngestResult(sources, problems);
  }

  /** The title of a text read from a file ({@link Titles}). */
  static String titleOf(String text, String fallback) {
    return Titles.of(text, fallback);
  }

  /**
   * Holds nothing to index: white space (no-break and other Unicode spaces too), control chars and
   * invisible format chars (a zero-width space, a byte order mark) only.
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT)) {
        return false;
      }
    }
    return true;
  }
}
