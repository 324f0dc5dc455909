package io.github.loci.core.ingest;

import java.util.List;

/**
 * What a read produced: the sources, in a stable order, and what was skipped and why.
 *
 * @param sources the sources read
 * @param skipped the problems, each naming its file and line or byte offset
 */
public record IngestResult(List<Source> sources, List<IngestException> skipped) {
  /** Copies the lists. */
  public IngestResult {
    sources = List.copyOf(sources);
    skipped = List.copyOf(skipped);
  }
}
