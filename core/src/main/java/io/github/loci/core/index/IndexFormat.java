package io.github.loci.core.index;

import java.util.Map;

/** The version of Loci's index layout, recorded in every commit. */
public final class IndexFormat {
  /** Incremented whenever Loci changes its fields so that older indexes cannot be read. */
  public static final int VERSION = 2;

  /** Commit user-data key holding {@link #VERSION}. */
  public static final String KEY = "loci.format";

  private IndexFormat() {}

  /**
   * Returns the commit user data that marks an index as Loci's.
   *
   * @return the map to commit
   */
  public static Map<String, String> commitData() {
    return Map.of(KEY, Integer.toString(VERSION));
  }

  /**
   * Checks the commit user data of an existing index.
   *
   * @param where the index folder, for the message
   * @param userData the latest commit's user data
   * @throws IncompatibleIndexException if the index was not written by this format
   */
  public static void check(String where, Map<String, String> userData)
      throws IncompatibleIndexException {
    String found = userData.get(KEY);
    if (found == null) {
      throw new IncompatibleIndexException(
          where
              + " is a Lucene index but not a Loci index (no "
              + KEY
              + " in its commit); index into an empty folder instead");
    }
    if (!found.equals(Integer.toString(VERSION))) {
      throw new IncompatibleIndexException(
          where
              + " has Loci index format "
              + found
              + ", but this Loci reads format "
              + VERSION
              + "; index the sources again into a new folder");
    }
  }
}
