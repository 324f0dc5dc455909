package io.github.loci.core.index;

/**
 * Hears how an indexing run goes: about once a second, after each commit, and once at the end; and
 * may ask the run to stop. Called from the thread that called {@code Loci.index}; it should return
 * quickly.
 */
@FunctionalInterface
public interface IndexListener {
  /** A listener that hears nothing. */
  IndexListener NONE = progress -> {};

  /**
   * Reports progress.
   *
   * @param progress where the run is
   */
  void progress(IndexProgress progress);

  /**
   * Whether the run should stop early, asked before each source is read. When it answers {@code
   * true}, the run reads no more sources, finishes the ones in flight (none is stopped halfway),
   * commits, and returns its report as usual: a rerun of the same input resumes from there. This is
   * how a program stops a run cleanly, for example on SIGTERM or Ctrl-C; interrupting the thread
   * instead is not safe for Lucene's {@code IndexWriter}.
   *
   * @return true to stop; by default never
   */
  default boolean stopRequested() {
    return false;
  }
}
