package io.github.loci.core.index;

import io.github.loci.core.internal.IdHash;

/**
 * The source ids an indexing run has met, as 64-bit hashes ({@link IdHash}) in an open-addressing
 * table, each with the line it was read from when it came from a records file: 24 to 48 bytes per
 * source, so a run over millions of sources can tell a repeated id, and where the first was,
 * without holding the ids. Two distinct ids share a hash with a chance of about n²/2⁶⁵. Not
 * thread-safe.
 */
final class SeenIds {
  /** What {@link #add} answers for an id not met before. */
  static final int NEW = -1;

  private long[] table = new long[1024];
  private int[] lines = new int[1024];
  private boolean zeroSeen;
  private int zeroLine;
  private int size;

  /**
   * Records an id.
   *
   * @param id the id
   * @return whether it was new
   */
  boolean add(String id) {
    return add(id, 0) == NEW;
  }

  /**
   * Records an id and the line it was read from.
   *
   * @param id the id
   * @param line its line in a records file, or 0
   * @return {@link #NEW} if the id was new; else the line its first source was read from, or 0
   */
  int add(String id, int line) {
    long h = IdHash.of(id);
    if (h == 0) {
      if (zeroSeen) {
        return zeroLine;
      }
      zeroSeen = true;
      zeroLine = line;
      return NEW;
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    int earlier = insert(table, lines, h, line);
    if (earlier == NEW) {
      size++;
    }
    return earlier;
  }

  private static int insert(long[] table, int[] lines, long h, int line) {
    int mask = table.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (table[i] == h) {
        return lines[i];
      }
      if (table[i] == 0) {
        table[i] = h;
        lines[i] = line;
        return NEW;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    int[] biggerLines = new int[bigger.length];
    for (int i = 0; i < table.length; i++) {
      if (table[i] != 0) {
        insert(bigger, biggerLines, table[i], lines[i]);
      }
    }
    table = bigger;
    lines = biggerLines;
  }
}
