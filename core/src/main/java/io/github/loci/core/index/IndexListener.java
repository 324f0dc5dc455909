package io.github.loci.core.index;

/**
 * Hears how an indexing run goes: about once a second, after each commit, and once at the end.
 * Called from the thread that called {@code Loci.index}; it should return quickly.
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
}
