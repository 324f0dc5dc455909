package io.github.loci.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One JSON Lines file of a {@link FileFeed} being read, record by record: each record becomes a
 * source with the run's id prefix and the file's path; when asked, the ids' hashes are kept while
 * the file has had no problem, for {@code --sync} ({@link #cleanlyRead}). Not thread-safe.
 */
final class RecordsReading implements AutoCloseable {
  private final String name;
  private final Path stored;
  private final String idPrefix;
  private final InputStream in;
  private final JsonLines records;

  /** The ids' hashes read so far, while the file has had no problem; null when not kept. */
  private Hashes hashes;

  private boolean ended;

  private RecordsReading(
      String name, Path stored, String idPrefix, InputStream in, long maxSourceBytes, boolean ids) {
    this.name = name;
    this.stored = stored;
    this.idPrefix = idPrefix;
    this.in = in;
    this.records = new JsonLines(name, in, maxSourceBytes);
    this.hashes = ids ? new Hashes() : null;
  }

  /**
   * Opens a JSON Lines file.
   *
   * @param file where to read it
   * @param name its name in problems and locations
   * @param stored the path its sources keep
   * @param idPrefix the run's id prefix
   * @param maxSourceBytes the longest record read
   * @param keepIds whether to keep the ids' hashes for {@link #cleanlyRead}
   * @return the reading
   * @throws IOException if the file cannot be opened
   */
  static RecordsReading open(
      Path file, String name, Path stored, String idPrefix, long maxSourceBytes, boolean keepIds)
      throws IOException {
    return new RecordsReading(
        name, stored, idPrefix, Files.newInputStream(file), maxSourceBytes, keepIds);
  }

  /**
   * The next record or problem.
   *
   * @return it, or null at the end of the file, or after a read that failed (reported once)
   */
  SourceFeed.Item next() {
    if (ended) {
      return null;
    }
    SourceFeed.Item item;
    try {
      item = records.next();
    } catch (IOException | UncheckedIOException e) {
      hashes = null;
      ended = true;
      return SourceFeed.Item.of(new IngestException.Unreadable(name, FileFeed.describe(e), e));
    }
    if (item == null) {
      ended = true;
      return null;
    }
    SourceFeed.Item read = item.source() == null ? item : withFile(item);
    if (read.source() != null) {
      if (hashes != null) {
        hashes.add(RecordsFile.hash(read.source().id()));
      }
    } else if (!(read.problem() instanceof IngestException.Empty && read.location().equals(name))) {
      // A record not read may be one indexed before: keep them all. (A file without any record,
      // empty or blank, holds none: it is read cleanly.)
      hashes = null;
    }
    return read;
  }

  /** A record with the file's path and the run's id prefix. */
  private SourceFeed.Item withFile(SourceFeed.Item item) {
    Source s = item.source();
    try {
      return SourceFeed.Item.of(
          new Source(
              idPrefix + s.id(), s.title(), s.url(), Optional.of(stored), s.language(), s.text()),
          item.location());
    } catch (IllegalArgumentException e) {
      return SourceFeed.Item.of(
          new IngestException.MalformedRecord(item.location(), e.getMessage(), e));
    }
  }

  /** Bytes of the file consumed so far. */
  long bytesRead() {
    return records.bytesRead();
  }

  /**
   * The file and its records' ids, once it has been read to its end without a problem and its ids
   * were kept.
   *
   * @return it, or empty
   */
  Optional<RecordsFile> cleanlyRead() {
    return ended && hashes != null
        ? Optional.of(new RecordsFile(stored, hashes.sorted()))
        : Optional.empty();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // read to the end already, or reported; nothing is lost
    }
  }

  /** A growing array of hashes. */
  private static final class Hashes {
    private long[] values = new long[64];
    private int size;

    void add(long hash) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = hash;
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }
}
