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
 * @param notes what Loci changed in the request to run it (a long text cut to its most selective
 *     words), for explanations
 */
public record SearchResult(
    List<Hit> hits,
    long totalMatches,
    List<String> topics,
    String query,
    List<Expansion> expansions,
    List<String> notes) {
  /** Copies the lists. */
  public SearchResult {
    hits = List.copyOf(hits);
    topics = List.copyOf(topics);
    expansions = List.copyOf(expansions);
    notes = List.copyOf(notes);
  }

  /**
   * A result run as requested.
   *
   * @param hits the hits
   * @param totalMatches how many passages matched
   * @param topics the topic ids
   * @param query the query as run
   * @param expansions the concepts found and their terms
   */
  public SearchResult(
      List<Hit> hits,
      long totalMatches,
      List<String> topics,
      String query,
      List<Expansion> expansions) {
    this(hits, totalMatches, topics, query, expansions, List.of());
  }

  /**
   * This result with a note on how the request was run.
   *
   * @param note what Loci changed in the request
   * @return the result with the note
   */
  public SearchResult withNote(String note) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.add(note);
    return new SearchResult(hits, totalMatches, topics, query, expansions, all);
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
    this(hits, totalMatches, topics, query, List.of(), List.of());
  }
}
