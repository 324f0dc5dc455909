package io.github.loci.core.index;

import java.io.IOException;

/**
 * An index whose files are truncated or corrupt (a full disk, a bad copy, a file edited by hand):
 * the message names the index and says how to rebuild it.
 */
public final class DamagedIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param where the index folder
   * @param cause what Lucene found
   */
  public DamagedIndexException(String where, Throwable cause) {
    super(
        "the index at "
            + where
            + " is damaged ("
            + firstLine(cause)
            + "); rebuild it: delete the folder and index the sources again (`loci index`, or"
            + " Loci.open and index in Java)",
        cause);
  }

  private static String firstLine(Throwable cause) {
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    String line = message.lines().findFirst().orElse("");
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
