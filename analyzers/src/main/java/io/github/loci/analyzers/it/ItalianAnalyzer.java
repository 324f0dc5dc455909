package io.github.loci.analyzers.it;

import io.github.loci.analyzers.AnalysisMode;
import io.github.loci.analyzers.CompatibilityFilter;
import io.github.loci.analyzers.IgnorableCharsFilter;
import io.github.loci.analyzers.NumberNormalizationFilter;
import io.github.loci.analyzers.TextAnalyzer;
import io.github.loci.analyzers.internal.WordLists;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Italian: Unicode word segmentation, removal of elided articles and prepositions ({@code l’},
 * {@code all’}, {@code dell’}, with straight or typographic apostrophes), lower case, numbers in
 * one form, Snowball's Italian stopwords (and question words in queries), accents removed except
 * where they tell words apart ({@link ItalianAccentFilter}), and Lucene's light Italian stemmer.
 */
public final class ItalianAnalyzer extends TextAnalyzer {
  /** Elided forms, without the apostrophe: articles, articulated prepositions, pronouns. */
  private static final CharArraySet ELIDED =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "l", "un", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                  "dagl", "degl", "negl", "sugl", "c", "m", "t", "s", "v", "d", "n", "quest",
                  "quell", "bell", "sant", "tutt"),
              true));

  private static final CharArraySet QUESTION_WORDS =
      WordLists.load(ItalianAnalyzer.class, "question_words.txt");

  private final CharArraySet stopwords;
  private final AnalysisMode mode;

  /** Creates the index-time analyzer with Lucene's default Italian stopwords. */
  public ItalianAnalyzer() {
    this(AnalysisMode.INDEX);
  }

  /**
   * Creates the analyzer for indexing or for queries.
   *
   * @param mode index or query
   */
  public ItalianAnalyzer(AnalysisMode mode) {
    this(org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet(), mode);
  }

  /**
   * Creates the analyzer with the given stopwords.
   *
   * @param stopwords lower-case words that are not indexed; copied
   * @param mode index or query
   */
  public ItalianAnalyzer(CharArraySet stopwords, AnalysisMode mode) {
    // "perche" as well as "perché": text typed without accents drops the same words.
    this.stopwords = WordLists.withUnaccented(stopwords, ItalianAccentFilter.PROTECTED);
    this.mode = mode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result =
        new ElisionFilter(new CompatibilityFilter(new IgnorableCharsFilter(source)), ELIDED);
    result = new LowerCaseFilter(result);
    result = NumberNormalizationFilter.of(result, ',', mode);
    result = new StopFilter(result, stopwords);
    if (mode == AnalysisMode.QUERY) {
      result = new StopFilter(result, QUESTION_WORDS);
    }
    result = new ItalianAccentFilter(result);
    result = new ItalianLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ItalianAccentFilter(
        new LowerCaseFilter(
            new ElisionFilter(
                new CompatibilityFilter(new IgnorableCharsFilter(in, false)), ELIDED)));
  }
}
