package io.github.loci.opensearch.client;

import java.util.List;

/**
 * What one indexing run through OpenSearch did.
 *
 * @param indexed sources written (new or changed)
 * @param unchanged sources already in the index with the same hash, left as they were
 * @param passages passages written
 * @param failures sources that failed, each with its reason; the others are written
 */
public record OpenSearchIndexReport(
    int indexed, int unchanged, long passages, List<SourceFailure> failures) {
  /** Copies the list. */
  public OpenSearchIndexReport {
    failures = List.copyOf(failures);
  }
}
