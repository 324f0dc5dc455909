package io.github.loci.analyzers.vi;

import io.github.loci.analyzers.AnalysisMode;
import io.github.loci.analyzers.NumberNormalizationFilter;
import io.github.loci.analyzers.internal.WordLists;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Vietnamese: ICU word segmentation (one token per syllable, with exact offsets), NFKC case folding
 * (composed and decomposed spellings match), numbers in one form ("3,53" = 3.53), and in queries
 * question words dropped. Diacritics are kept: they tell words apart. {@link #folded()} is the
 * analyzer of the second, diacritic-free field.
 */
public final class VietnameseAnalyzer extends Analyzer {
  private static final CharArraySet QUESTION_WORDS =
      WordLists.load(VietnameseAnalyzer.class, "question_words.txt");

  private final AnalysisMode mode;

  /** Creates the index-time analyzer. */
  public VietnameseAnalyzer() {
    this(AnalysisMode.INDEX);
  }

  /**
   * Creates the analyzer for indexing or for queries.
   *
   * @param mode index or query
   */
  public VietnameseAnalyzer(AnalysisMode mode) {
    this.mode = mode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    TokenStream result = new ICUNormalizer2Filter(source);
    result = NumberNormalizationFilter.of(result, ',', mode);
    result = new VietnameseNormalizationFilter(result);
    if (mode == AnalysisMode.QUERY) {
      result = new StopFilter(result, QUESTION_WORDS);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseNormalizationFilter(new ICUNormalizer2Filter(in));
  }

  /**
   * The analyzer of the diacritic-free field: syllables with every diacritic removed and đ written
   * d, so that "trung tam du lieu" finds "trung tâm dữ liệu".
   *
   * @return a new analyzer
   */
  public static Analyzer folded() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        ICUTokenizer source = new ICUTokenizer();
        TokenStream result = new ICUNormalizer2Filter(source);
        result = new NumberNormalizationFilter(result, ',', NumberNormalizationFilter.Mode.INDEX);
        result = new VietnameseNormalizationFilter(result);
        return new TokenStreamComponents(source, new VietnameseFoldingFilter(result));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseFoldingFilter(
            new VietnameseNormalizationFilter(new ICUNormalizer2Filter(in)));
      }
    };
  }
}
