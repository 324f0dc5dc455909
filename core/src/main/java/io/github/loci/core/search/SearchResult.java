package io.github.loci.core.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param hits the hits, best first
 * @param totalMatches how many passages matched (before overlapping passages were merged)
 * @param topics the ids of the topics the query was expanded with
 * @param query the query as Loci ran it, for explanations
 * @param expansions the concepts found in the free text and the terms searched for them
 */
public record SearchResult(
    List<Hit> hits,
    long totalMatches,
    List<String> topics,
    String query,
    List<Expansion> expansions) {
  /** Copies the lists. */
  public SearchResult {
    hits = List.copyOf(hits);
    topics = List.copyOf(topics);
    expansions = List.copyOf(expansions);
  }

  /**
   * A result without translated concepts.
   *
   * @param hits the hits
   * @param totalMatches how many passages matched
   * @param topics the topic ids
   * @param query the query as run
   */
  public SearchResult(List<Hit> hits, long totalMatches, List<String> topics, String query) {
    this(hits, totalMatches, topics, query, List.of());
  }
}
