package io.github.loci.analyzers.en;

import io.github.loci.analyzers.AnalysisMode;
import io.github.loci.analyzers.CompatibilityFilter;
import io.github.loci.analyzers.IgnorableCharsFilter;
import io.github.loci.analyzers.NumberNormalizationFilter;
import io.github.loci.analyzers.TextAnalyzer;
import io.github.loci.analyzers.internal.WordLists;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English: Unicode word segmentation, possessive removal ({@code Alibaba’s}), lower case, numbers
 * in one form ("38,400" = 38400), Lucene's English stopwords (and question words in queries),
 * British spellings written the American way ({@link EnglishSpellingFilter}: "centre" = "center"),
 * and a stemmer, chosen on the XQuAD benchmark (see the README).
 */
public final class EnglishAnalyzer extends TextAnalyzer {
  /** The stemmers this analyzer can use. */
  public enum Stemmer {
    /** Porter's original algorithm, Lucene's {@code PorterStemFilter}. */
    PORTER,
    /** Krovetz's dictionary-based stemmer, {@code KStemFilter}: inflections only, real words. */
    KSTEM,
    /** Snowball's English (Porter2). */
    SNOWBALL,
    /** Plural removal only, {@code EnglishMinimalStemFilter}. */
    MINIMAL
  }

  /** The stemmer {@link #EnglishAnalyzer()} uses. */
  public static final Stemmer DEFAULT_STEMMER = Stemmer.PORTER;

  private static final CharArraySet QUESTION_WORDS =
      WordLists.load(EnglishAnalyzer.class, "question_words.txt");

  private final CharArraySet stopwords;
  private final AnalysisMode mode;
  private final Stemmer stemmer;

  /** Creates the index-time analyzer with the default stemmer and Lucene's English stopwords. */
  public EnglishAnalyzer() {
    this(AnalysisMode.INDEX);
  }

  /**
   * Creates the analyzer for indexing or for queries.
   *
   * @param mode index or query
   */
  public EnglishAnalyzer(AnalysisMode mode) {
    this(
        org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
        mode,
        DEFAULT_STEMMER);
  }

  /**
   * Creates the analyzer.
   *
   * @param stopwords lower-case words that are not indexed; copied
   * @param mode index or query
   * @param stemmer the stemmer
   */
  public EnglishAnalyzer(CharArraySet stopwords, AnalysisMode mode, Stemmer stemmer) {
    this.stopwords = CharArraySet.unmodifiableSet(CharArraySet.copy(stopwords));
    this.mode = mode;
    this.stemmer = stemmer;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result =
        new EnglishPossessiveFilter(new CompatibilityFilter(new IgnorableCharsFilter(source)));
    result = new LowerCaseFilter(result);
    result = NumberNormalizationFilter.of(result, '.', mode);
    result = new StopFilter(result, stopwords);
    if (mode == AnalysisMode.QUERY) {
      result = new StopFilter(result, QUESTION_WORDS);
    }
    result = new EnglishSpellingFilter(result);
    result =
        switch (stemmer) {
          case PORTER -> new PorterStemFilter(result);
          case KSTEM -> new KStemFilter(result);
          case SNOWBALL ->
              new SnowballFilter(result, new org.tartarus.snowball.ext.EnglishStemmer());
          case MINIMAL -> new EnglishMinimalStemFilter(result);
        };
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new EnglishSpellingFilter(
        new LowerCaseFilter(new CompatibilityFilter(new IgnorableCharsFilter(in, false))));
  }
}
