package io.github.loci.analyzers.it;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Italian: Unicode word segmentation, removal of elided articles and prepositions ({@code l’},
 * {@code all’}, {@code dell’}, with straight or typographic apostrophes), lower case, Snowball's
 * Italian stopwords and Lucene's light Italian stemmer.
 */
public final class ItalianAnalyzer extends Analyzer {
  /** Elided forms, without the apostrophe: articles, articulated prepositions, pronouns. */
  private static final CharArraySet ELIDED =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "l", "un", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                  "dagl", "degl", "negl", "sugl", "c", "m", "t", "s", "v", "d", "n", "quest",
                  "quell", "bell", "sant", "tutt"),
              true));

  private final CharArraySet stopwords;

  /** Creates the analyzer with Lucene's default Italian stopwords. */
  public ItalianAnalyzer() {
    this(org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet());
  }

  /**
   * Creates the analyzer with the given stopwords.
   *
   * @param stopwords lower-case words that are not indexed; copied
   */
  public ItalianAnalyzer(CharArraySet stopwords) {
    this.stopwords = CharArraySet.unmodifiableSet(CharArraySet.copy(stopwords));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, ELIDED);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, stopwords);
    result = new ItalianLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new ElisionFilter(in, ELIDED));
  }
}
