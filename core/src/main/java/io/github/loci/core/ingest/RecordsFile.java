package io.github.loci.core.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A JSON Lines file read to its end without a problem, and the ids of its records: what {@code
 * --sync} needs to remove the sources indexed from it before whose records it no longer holds. The
 * ids are kept as 64-bit hashes (8 bytes a record): two ids that share one would keep a removed
 * record, never remove a present one. Immutable.
 */
public final class RecordsFile {
  private final Path file;
  private final long[] hashes;

  /**
   * The file and its ids' hashes.
   *
   * @param file the file, as its records' sources give their path
   * @param hashes the hashes ({@link #hash}) of its records' ids, sorted
   */
  RecordsFile(Path file, long[] hashes) {
    this.file = Objects.requireNonNull(file);
    this.hashes = hashes;
  }

  /**
   * The file.
   *
   * @return its path, as the sources read from it store it
   */
  public Path file() {
    return file;
  }

  /**
   * Whether the file holds a record with this id.
   *
   * @param id a source id (with the run's id prefix)
   * @return true if it does (or if another of its ids shares the hash)
   */
  public boolean holds(String id) {
    return Arrays.binarySearch(hashes, hash(id)) >= 0;
  }

  /**
   * Whether any of some files holds an id: one look-up whatever the number of files.
   *
   * @param files the files
   * @return a test of an id against all of their records
   */
  public static java.util.function.Predicate<String> anyHolds(
      java.util.Collection<RecordsFile> files) {
    long[] all = new long[files.stream().mapToInt(f -> f.hashes.length).sum()];
    int at = 0;
    for (RecordsFile f : files) {
      System.arraycopy(f.hashes, 0, all, at, f.hashes.length);
      at += f.hashes.length;
    }
    Arrays.sort(all);
    return id -> Arrays.binarySearch(all, hash(id)) >= 0;
  }

  /** An id's hash, as {@link io.github.loci.core.internal.IdHash} makes it for an indexing run. */
  static long hash(String id) {
    return io.github.loci.core.internal.IdHash.of(id);
  }

  @Override
  public String toString() {
    return file + " (" + hashes.length + " records)";
  }
}
