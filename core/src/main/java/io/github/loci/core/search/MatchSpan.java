package io.github.loci.core.search;

import java.util.List;

/**
 * Where a passage matched the query.
 *
 * @param start first char of the match in the passage text, inclusive
 * @param end last char, exclusive
 * @param terms the query terms or phrases that matched there, as analyzed
 * @param concepts the lexicon concepts (or {@code topic:ID} for a topic's own terms) those terms
 *     stand for; empty for words searched as typed
 */
public record MatchSpan(int start, int end, List<String> terms, List<String> concepts) {
  /** Validates and copies. */
  public MatchSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad match span [" + start + ", " + end + ")");
    }
    terms = List.copyOf(terms);
    concepts = List.copyOf(concepts);
  }
}
