package io.github.loci.analyzers.en;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English: Unicode word segmentation, possessive removal ({@code Alibaba’s}), lower case, Lucene's
 * English stopwords and the Porter stemmer.
 */
public final class EnglishAnalyzer extends Analyzer {
  private final CharArraySet stopwords;

  /** Creates the analyzer with Lucene's default English stopwords. */
  public EnglishAnalyzer() {
    this(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  /**
   * Creates the analyzer with the given stopwords.
   *
   * @param stopwords lower-case words that are not indexed; copied
   */
  public EnglishAnalyzer(CharArraySet stopwords) {
    this.stopwords = CharArraySet.unmodifiableSet(CharArraySet.copy(stopwords));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, stopwords);
    result = new PorterStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
