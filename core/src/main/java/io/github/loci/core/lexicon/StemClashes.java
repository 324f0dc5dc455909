package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.detect.FunctionWords;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells a match of a query whose language is not known that is a stemmer's accident: its words are
 * all function words of Spanish, Italian or English, and none of its concepts has them as a term as
 * written (diacritics and case aside), so only a stem made them meet. A function word names no
 * concept ({@link ConceptMatcher} refuses such terms), but stemmed by another language it can meet
 * one: English "more" is Spanish "morir" (mor), English "us" the stem of "use" and "useful".
 * Vietnamese syllables are left out: its grammatical syllables are also words ("năm", year).
 *
 * <p>Immutable and thread-safe.
 */
final class StemClashes implements Predicate<ConceptMatcher.Match> {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Lexicon lexicon;

  StemClashes(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether a match is a stemmer's accident.
   *
   * @param match a match found in a language that was tried, not declared
   * @return true when it should be dropped
   */
  @Override
  public boolean test(ConceptMatcher.Match match) {
    String lower = Normalizer.normalize(match.text(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    boolean any = false;
    for (String word : NOT_WORD.split(lower)) {
      if (word.isEmpty()) {
        continue;
      }
      any = true;
      if (!FunctionWords.get().contains(Language.EN, word)
          && !FunctionWords.get().contains(Language.ES, word)
          && !FunctionWords.get().contains(Language.IT, word)) {
        return false;
      }
    }
    return any && !asWritten(match);
  }

  /** Whether a concept of the match has its text as a term, diacritics and case aside. */
  private boolean asWritten(ConceptMatcher.Match match) {
    String typed =
        folded(Normalizer.normalize(match.text(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    for (String id : match.concepts()) {
      for (String term : lexicon.get(id).map(c -> c.terms(match.language())).orElse(List.of())) {
        if (folded(term).equals(typed)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lower case, without diacritics ({@link FoldedTerms#fold}), runs of other chars as a space. */
  private static String folded(String text) {
    return NOT_LETTER
        .matcher(FoldedTerms.fold(text).toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip();
  }
}
