package io.github.loci.core.internal;

import java.util.Collection;
import java.util.regex.Pattern;

/** Which file names a Lucene index writes into its folder, and whether a folder holds an index. */
public final class LuceneFolders {
  /** A commit point: {@code segments_} and a generation in base 36, no extension. */
  private static final Pattern COMMIT = Pattern.compile("segments_[0-9a-z]+");

  /**
   * A segment's file ({@code _0.cfs}, {@code _1_Lucene90_0.doc}, {@code _2.si}, {@code _0_1.liv}, a
   * temporary {@code _0_Lucene90FieldsIndex-doc_ids_0.tmp}).
   */
  private static final Pattern SEGMENT_FILE = Pattern.compile("_[0-9a-z]+[_.].+");

  private LuceneFolders() {}

  /**
   * Whether a folder's names are those of a committed Lucene index: a commit point and a segment's
   * file, or the lock. A user's "segments_2023.md" is neither.
   *
   * @param names the names of the folder's entries
   * @return whether the folder holds an index
   */
  public static boolean holdsIndex(Collection<String> names) {
    boolean commit = false;
    boolean other = false;
    for (String name : names) {
      commit |= COMMIT.matcher(name).matches();
      other |= name.equals("write.lock") || SEGMENT_FILE.matcher(name).matches();
    }
    return commit && other;
  }

  /**
   * Whether a file name is one a Lucene index writes (what a run killed before its first commit
   * leaves: segment files, the lock, a pending commit).
   *
   * @param name a file name
   * @return whether Lucene writes such a file
   */
  public static boolean isIndexFile(String name) {
    return COMMIT.matcher(name).matches()
        || name.equals("write.lock")
        || name.startsWith("pending_segments_")
        || SEGMENT_FILE.matcher(name).matches();
  }
}
