package io.github.loci.core.index;

import io.github.loci.core.internal.IdHash;

/**
 * The source ids an indexing run has met, as 64-bit hashes ({@link IdHash}) in an open-addressing
 * table: 16 to 32 bytes per source, so a run over millions of sources can tell a repeated id
 * without holding the ids. Two distinct ids share a hash with a chance of about n²/2⁶⁵. Not
 * thread-safe.
 */
final class SeenIds {
  private long[] table = new long[1024];
  private boolean zeroSeen;
  private int size;

  /**
   * Records an id.
   *
   * @param id the id
   * @return whether it was new
   */
  boolean add(String id) {
    long h = IdHash.of(id);
    if (h == 0) {
      boolean added = !zeroSeen;
      zeroSeen = true;
      return added;
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    if (!insert(table, h)) {
      return false;
    }
    size++;
    return true;
  }

  private static boolean insert(long[] table, long h) {
    int mask = table.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (table[i] == h) {
        return false;
      }
      if (table[i] == 0) {
        table[i] = h;
        return true;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (long h : table) {
      if (h != 0) {
        insert(bigger, h);
      }
    }
    table = bigger;
  }
}
