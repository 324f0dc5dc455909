package io.github.loci.analyzers.es;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Spanish: Unicode word segmentation, lower case, Snowball's Spanish stopwords and Lucene's light
 * Spanish stemmer (which also removes acute accents from the stem).
 */
public final class SpanishAnalyzer extends Analyzer {
  private final CharArraySet stopwords;

  /** Creates the analyzer with Lucene's default Spanish stopwords. */
  public SpanishAnalyzer() {
    this(org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
  }

  /**
   * Creates the analyzer with the given stopwords.
   *
   * @param stopwords lower-case words that are not indexed; copied
   */
  public SpanishAnalyzer(CharArraySet stopwords) {
    this.stopwords = CharArraySet.unmodifiableSet(CharArraySet.copy(stopwords));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new StopFilter(result, stopwords);
    result = new SpanishLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
