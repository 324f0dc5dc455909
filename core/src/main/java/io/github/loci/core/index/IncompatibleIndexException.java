package io.github.loci.core.index;

import java.io.IOException;

/** An index written by another version of Loci, or not by Loci at all. */
public final class IncompatibleIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was found and what to do
   */
  public IncompatibleIndexException(String message) {
    super(message);
  }
}
