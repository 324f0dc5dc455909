package io.github.loci.analyzers;

import io.github.loci.analyzers.en.EnglishAnalyzer;
import io.github.loci.analyzers.es.SpanishAnalyzer;
import io.github.loci.analyzers.it.ItalianAnalyzer;
import io.github.loci.analyzers.vi.VietnameseAnalyzer;
import org.apache.lucene.analysis.Analyzer;

/**
 * Entry point: the analyzer for each {@link Language} and the language-neutral analyzer.
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
  public static final int ANALYSIS_VERSION = 1;

  private LanguageAnalyzers() {}

  /**
   * Returns a new analyzer for a language.
   *
   * @param language the language of the text
   * @return a new analyzer for that language
   */
  public static Analyzer forLanguage(Language language) {
    return switch (language) {
      case ES -> new SpanishAnalyzer();
      case IT -> new ItalianAnalyzer();
      case EN -> new EnglishAnalyzer();
      case VI -> new VietnameseAnalyzer();
    };
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
