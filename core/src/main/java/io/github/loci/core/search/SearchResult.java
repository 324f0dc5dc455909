package io.github.loci.core.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param hits the hits, best first
 * @param totalMatches how many passages matched (before overlapping passages were merged): exact
 *     when {@code totalRelation} is {@link Relation#EQUAL_TO}, a lower bound otherwise
 * @param totalRelation whether {@code totalMatches} is exact or a lower bound: a search counts
 *     every match up to {@link #COUNT_THRESHOLD}, and beyond it passes over passages that cannot
 *     reach the page unless the request asks for an exact count ({@link
 *     SearchRequest#exactCount()})
 * @param topics the ids of the topics the query was expanded with
 * @param query the query as Loci ran it, for explanations
 * @param expansions the concepts found in the free text and the terms searched for them
 * @param notes what Loci changed in the request to run it (a long text cut to its most selective
 *     words), for explanations
 */
public record SearchResult(
    List<Hit> hits,
    long totalMatches,
    Relation totalRelation,
    List<String> topics,
    String query,
    List<Expansion> expansions,
    List<String> notes) {

  /**
   * Up to how many matches a search counts exactly, as Lucene's {@code IndexSearcher} does by
   * default; past it the count is a lower bound, unless the request asks for an exact count.
   */
  public static final int COUNT_THRESHOLD = 1_000;

  /** Whether a count is exact, as Lucene's {@code TotalHits.Relation}. */
  public enum Relation {
    /** The count is exact. */
    EQUAL_TO,
    /** The count is a lower bound: at least that many passages match. */
    GREATER_THAN_OR_EQUAL_TO
  }

  /** Copies the lists. */
  public SearchResult {
    hits = List.copyOf(hits);
    topics = List.copyOf(topics);
    expansions = List.copyOf(expansions);
    notes = List.copyOf(notes);
    if (totalRelation == null) {
      throw new NullPointerException("totalRelation");
    }
  }

  /**
   * A result run as requested.
   *
   * @param hits the hits
   * @param totalMatches how many passages matched
   * @param totalRelation whether the count is exact or a lower bound
   * @param topics the topic ids
   * @param query the query as run
   * @param expansions the concepts found and their terms
   */
  public SearchResult(
      List<Hit> hits,
      long totalMatches,
      Relation totalRelation,
      List<String> topics,
      String query,
      List<Expansion> expansions) {
    this(hits, totalMatches, totalRelation, topics, query, expansions, List.of());
  }

  /**
   * A result run as requested, with an exact count.
   *
   * @param hits the hits
   * @param totalMatches how many passages matched, exactly
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
    this(hits, totalMatches, Relation.EQUAL_TO, topics, query, expansions, List.of());
  }

  /**
   * A result without translated concepts, with an exact count.
   *
   * @param hits the hits
   * @param totalMatches how many passages matched, exactly
   * @param topics the topic ids
   * @param query the query as run
   */
  public SearchResult(List<Hit> hits, long totalMatches, List<String> topics, String query) {
    this(hits, totalMatches, Relation.EQUAL_TO, topics, query, List.of(), List.of());
  }

  /**
   * Whether {@link #totalMatches()} is exact.
   *
   * @return true when every match was counted
   */
  public boolean totalExact() {
    return totalRelation == Relation.EQUAL_TO;
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
    return new SearchResult(hits, totalMatches, totalRelation, topics, query, expansions, all);
  }
}
