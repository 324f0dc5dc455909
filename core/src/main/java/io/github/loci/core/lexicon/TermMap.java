package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.lexicon.ConceptMatcher.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyzed terms in memory, indexed by their first tokens (and, for Vietnamese, by their first
 * token folded), each list longest first. Immutable once built.
 */
final class TermMap implements TermIndex {
  private final Map<Language, Map<String, List<Entry>>> byFirstTerm;
  private final Map<String, List<Entry>> byFirstFolded;

  private TermMap(
      Map<Language, Map<String, List<Entry>>> byFirstTerm, Map<String, List<Entry>> byFirstFolded) {
    this.byFirstTerm = byFirstTerm;
    this.byFirstFolded = byFirstFolded;
  }

  /**
   * Indexes analyzed terms.
   *
   * @param analyzed per language, each term's token sets by position and the concepts it names
   * @return the index
   */
  static TermMap of(Map<Language, Map<List<Set<String>>, Set<String>>> analyzed) {
    Map<Language, Map<String, List<Entry>>> built = new EnumMap<>(Language.class);
    analyzed.forEach(
        (language, entries) -> {
          Map<String, List<Entry>> index = new HashMap<>();
          entries.forEach(
              (positions, concepts) -> {
                Entry entry = new Entry(positions, concepts);
                for (String first : positions.get(0)) {
                  index.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
                }
              });
          index
              .values()
              .forEach(list -> list.sort(Comparator.comparingInt(Entry::length).reversed()));
          built.put(language, index);
        });
    return new TermMap(
        built, FoldedTerms.index(built.getOrDefault(FoldedTerms.LANGUAGE, Map.of())));
  }

  @Override
  public List<Entry> startingWith(Language language, String token) {
    return byFirstTerm.getOrDefault(language, Map.of()).getOrDefault(token, List.of());
  }

  @Override
  public List<Entry> foldedStartingWith(String folded) {
    return byFirstFolded.getOrDefault(folded, List.of());
  }

  /** Per language, the terms by first token (for writing the binary form). */
  Map<Language, Map<String, List<Entry>>> byFirstTerm() {
    return byFirstTerm;
  }

  /** The Vietnamese terms by folded first token (for writing the binary form). */
  Map<String, List<Entry>> byFirstFolded() {
    return byFirstFolded;
  }
}
