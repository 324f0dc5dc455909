package io.github.loci.examples.cli;

/**
 * The exit codes of {@code loci}, in one place; the README's "Errors" section lists them. A script
 * can tell a partial run ({@link #SKIPPED}) from a run that indexed nothing ({@link
 * #NOTHING_INDEXED}) and from a failure.
 */
public final class ExitCodes {
  /** Everything asked for was done. */
  public static final int OK = 0;

  /**
   * A failure: an index that cannot be opened, read or written (missing, locked, damaged), a file
   * that cannot be read, or {@code --sync} given a root that does not exist.
   */
  public static final int FAILURE = 1;

  /** A usage error: an unknown command or option, a bad option value, a malformed queries file. */
  public static final int USAGE = 2;

  /**
   * {@code index} indexed sources, but some inputs were skipped (listed under "Skipped" with file
   * and line or byte offset): unreadable, binary or empty files, malformed records, ids given
   * twice.
   */
  public static final int SKIPPED = 3;

  /**
   * {@code index} indexed nothing: every input was missing or skipped, or there was none (and
   * {@code --sync} removed nothing).
   */
  public static final int NOTHING_INDEXED = 4;

  /**
   * {@code index} was stopped by SIGTERM or Ctrl-C: what it did is committed and a rerun resumes.
   * The process itself ends with the shell's code for the signal (143 or 130).
   */
  public static final int STOPPED = 130;

  private ExitCodes() {}
}
