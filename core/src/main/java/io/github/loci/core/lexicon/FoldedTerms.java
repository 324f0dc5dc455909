package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.lexicon.ConceptMatcher.Entry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Vietnamese terms of the lexicon on their diacritic-free form. Vietnamese is often typed
 * without diacritics, and its analyzer keeps them: a term of two or more syllables also matches its
 * diacritic-free form ("trung tam du lieu" the term "trung tâm dữ liệu"), each query word typed
 * without diacritics matching the term's syllable folded, a word typed with them matching only its
 * exact form. Exact forms come first: a folded match is taken only where it is longer than the
 * exact one (the more specific term). Where folding makes a form ambiguous (terms of other concepts
 * fold alike: "ban hang" is "bán hàng" and "bàn hàng"), the term with more words typed exactly
 * wins, else none (the words are searched as typed). A single syllable never matches folded: "ban"
 * may be "bán", "bàn" or "bạn", and many short words of other languages fold alike.
 */
final class FoldedTerms {
  /** The language whose terms also match their diacritic-free form. */
  static final Language LANGUAGE = Language.VI;

  /** The fewest words of a term that matches its diacritic-free form. */
  static final int MIN_WORDS = 2;

  private FoldedTerms() {}

  /**
   * Indexes the terms of at least {@link #MIN_WORDS} words by their first word, folded.
   *
   * @param byFirstTerm the language's terms by first word, each list longest first
   * @return the terms by folded first word, each list longest first
   */
  static Map<String, List<Entry>> index(Map<String, List<Entry>> byFirstTerm) {
    Map<String, List<Entry>> byFirstFolded = new HashMap<>();
    Set<Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Entry> entries : byFirstTerm.values()) {
      for (Entry entry : entries) {
        if (entry.length() >= MIN_WORDS && seen.add(entry)) {
          for (String first : entry.foldedPositions().get(0)) {
            byFirstFolded.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
          }
        }
      }
    }
    byFirstFolded
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt(Entry::length).reversed()));
    return byFirstFolded;
  }

  /** A term without its diacritics: marks removed once decomposed, đ written d. */
  static String fold(String term) {
    boolean ascii = true;
    for (int i = 0; i < term.length() && ascii; i++) {
      ascii = term.charAt(i) < 0x80;
    }
    if (ascii) {
      return term;
    }
    String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * The term that matches at a position on its diacritic-free form and is longer than the exact
   * match; on a tie in length the one with more words typed exactly; null if none or still tied
   * between concepts.
   */
  static Entry longerMatch(
      TermIndex terms,
      TreeMap<Integer, List<Token>> byPosition,
      int position,
      List<Token> here,
      Entry exact) {
    int longerThan = exact == null ? MIN_WORDS - 1 : exact.length();
    Entry best = null;
    int bestExact = -1;
    boolean tied = false;
    Set<Entry> tried = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Token token : here) {
      for (Entry entry : terms.foldedStartingWith(fold(token.term()))) {
        if (entry.length() <= longerThan || (best != null && entry.length() < best.length())) {
          break;
        }
        if (!tried.add(entry)) {
          continue;
        }
        int exactWords = foldedMatchAt(byPosition, position, entry);
        if (exactWords < 0) {
          continue;
        }
        if (best == null || entry.length() > best.length() || exactWords > bestExact) {
          best = entry;
          bestExact = exactWords;
          tied = false;
        } else if (exactWords == bestExact && !entry.concepts().equals(best.concepts())) {
          tied = true;
        }
      }
    }
    return tied ? null : best;
  }

  /**
   * Whether a term matches at a position, each word exactly or, typed without diacritics, folded.
   *
   * @return the words matched exactly, or -1 for no match
   */
  private static int foldedMatchAt(TreeMap<Integer, List<Token>> byPosition, int at, Entry entry) {
    int exact = 0;
    for (int k = 0; k < entry.positions().size(); k++) {
      Set<String> want = entry.positions().get(k);
      if (want == null) {
        continue;
      }
      Set<String> wantFolded = entry.foldedPositions().get(k);
      List<Token> have = byPosition.get(at + k);
      if (have == null) {
        return -1;
      }
      if (have.stream().anyMatch(t -> want.contains(t.term()))) {
        exact++;
      } else if (have.stream()
          .noneMatch(t -> t.term().equals(fold(t.term())) && wantFolded.contains(t.term()))) {
        return -1;
      }
    }
    return exact;
  }
}
