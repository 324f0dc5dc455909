package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.lexicon.ConceptMatcher.Entry;
import java.util.List;

/**
 * The analyzed terms a {@link ConceptMatcher} looks up: in memory when the matcher analyzed the
 * lexicon itself ({@link TermMap}), or read in place from the binary form the build wrote for the
 * built-in lexicon ({@link MatcherTable}). Thread-safe.
 */
interface TermIndex {
  /**
   * The terms of a language whose first position holds a token.
   *
   * @param language the language
   * @param token a query analyzer's token
   * @return the terms, longest first; empty if none
   */
  List<Entry> startingWith(Language language, String token);

  /**
   * The terms of {@link FoldedTerms#LANGUAGE} of at least {@link FoldedTerms#MIN_WORDS} words whose
   * first position holds a token that folds to this.
   *
   * @param folded a token without its diacritics ({@link FoldedTerms#fold})
   * @return the terms, longest first; empty if none
   */
  List<Entry> foldedStartingWith(String folded);
}
