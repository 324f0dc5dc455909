package io.github.loci.analyzers;

import io.github.loci.analyzers.en.EnglishAnalyzer;
import io.github.loci.analyzers.es.SpanishAnalyzer;
import io.github.loci.analyzers.it.ItalianAnalyzer;
import io.github.loci.analyzers.vi.VietnameseAnalyzer;
import org.apache.lucene.analysis.Analyzer;

/**
 * Entry point: the analyzer for each {@link Language}, the analyzers of the further fields a
 * language may have ({@link #folded}, {@link #pairs}, {@link #foldedPairs}: Vietnamese has all
 * three) and the language-neutral analyzer.
 *
 * <p>Each call returns a new analyzer; analyzers are thread-safe and should be reused and closed by
 * their owner.
 *
 * {@snippet :
 * try (Analyzer spanish = LanguageAnalyzers.forLanguage(Language.ES)) {
 *   // index or query Spanish text
 * }
 * }
 */
public final class LanguageAnalyzers {
  /**
   * Version of the analysis chains. It changes whenever any analyzer here would produce different
   * tokens for the same text, so that indexes built with an older version are re-analyzed.
   */
  public static final int ANALYSIS_VERSION = 6;

  private LanguageAnalyzers() {}

  /**
   * Returns a new analyzer for a language.
   *
   * @param language the language of the text
   * @return a new analyzer for that language
   */
  public static Analyzer forLanguage(Language language) {
    return forLanguage(language, AnalysisMode.INDEX);
  }

  /**
   * Returns a new query-side analyzer for a language: the same terms as {@link #forLanguage}, but
   * numbers in every reading and question words dropped.
   *
   * @param language the language of the query
   * @return a new analyzer for queries
   */
  public static Analyzer forQuery(Language language) {
    return forLanguage(language, AnalysisMode.QUERY);
  }

  /**
   * Returns a new analyzer for a language and mode.
   *
   * @param language the language
   * @param mode index or query
   * @return a new analyzer
   */
  public static Analyzer forLanguage(Language language, AnalysisMode mode) {
    return switch (language) {
      case ES -> new SpanishAnalyzer(mode);
      case IT -> new ItalianAnalyzer(mode);
      case EN -> new EnglishAnalyzer(mode);
      case VI -> new VietnameseAnalyzer(mode);
    };
  }

  /**
   * Returns a new analyzer for a diacritic-insensitive field of a language, if it has one:
   * Vietnamese queries are often typed without diacritics ("trung tam du lieu").
   *
   * @param language the language
   * @return the folding analyzer, or empty when the language has no such field
   */
  public static java.util.Optional<Analyzer> folded(Language language) {
    return language == Language.VI
        ? java.util.Optional.of(VietnameseAnalyzer.folded())
        : java.util.Optional.empty();
  }

  /**
   * Returns a new analyzer for a field of adjacent word pairs of a language, if it has one: in
   * Vietnamese a word is mostly two syllables, and the pair field matches it as a unit.
   *
   * @param language the language
   * @return the pair analyzer, or empty when the language has no such field
   */
  public static java.util.Optional<Analyzer> pairs(Language language) {
    return language == Language.VI
        ? java.util.Optional.of(VietnameseAnalyzer.syllablePairs())
        : java.util.Optional.empty();
  }

  /**
   * Returns a new analyzer for a field of adjacent word pairs without diacritics, if the language
   * has one: the pairs of {@link #folded}'s words.
   *
   * @param language the language
   * @return the analyzer, or empty when the language has no such field
   */
  public static java.util.Optional<Analyzer> foldedPairs(Language language) {
    return language == Language.VI
        ? java.util.Optional.of(VietnameseAnalyzer.foldedSyllablePairs())
        : java.util.Optional.empty();
  }

  /**
   * Returns a new language-neutral analyzer: Unicode (ICU) word segmentation, then case and
   * diacritic folding, with no stopwords and no stemming. Names and numbers analyzed by it match
   * across languages.
   *
   * @return a new language-neutral analyzer
   */
  public static Analyzer neutral() {
    return new NeutralAnalyzer();
  }
}
