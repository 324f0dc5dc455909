package io.github.loci.core.eval;

import java.io.IOException;

/** A qrels, run or judgment file that is not in its format; the message names file and line. */
public final class EvalFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file (or name) being read
   * @param line the 1-based line number
   * @param message what is wrong
   */
  public EvalFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
