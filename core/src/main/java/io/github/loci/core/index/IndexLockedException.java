package io.github.loci.core.index;

import java.io.IOException;

/** An index that another writer holds open. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which index, and who holds it
   * @param cause Lucene's lock failure
   */
  public IndexLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
