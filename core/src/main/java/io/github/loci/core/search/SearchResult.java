package io.github.loci.core.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param hits the hits, best first
 * @param totalMatches how many passages matched (before overlapping passages were merged)
 * @param topics the ids of the topics the query was expanded with
 * @param query the query as Loci ran it, for explanations
 */
public record SearchResult(List<Hit> hits, long totalMatches, List<String> topics, String query) {
  /** Copies the lists. */
  public SearchResult {
    hits = List.copyOf(hits);
    topics = List.copyOf(topics);
  }
}
