package io.github.loci.core.lexicon;

import java.io.IOException;

/** A lexicon file that cannot be read: the message names the file, the line and what is wrong. */
public final class LexiconFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file (or resource) name. */
  private final String file;

  /** The 1-based line, or 0 when the problem is not on one line. */
  private final int line;

  /**
   * Creates the exception.
   *
   * @param file the file or resource name
   * @param line the 1-based line, or 0
   * @param problem what is wrong
   */
  public LexiconFormatException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /**
   * Returns the file or resource name.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line of the bad entry.
   *
   * @return the 1-based line, or 0 when the problem is not on one line
   */
  public int line() {
    return line;
  }
}
