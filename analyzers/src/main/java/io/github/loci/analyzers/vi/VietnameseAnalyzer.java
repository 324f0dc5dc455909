package io.github.loci.analyzers.vi;

import io.github.loci.analyzers.AnalysisMode;
import io.github.loci.analyzers.NumberNormalizationFilter;
import io.github.loci.analyzers.TextAnalyzer;
import io.github.loci.analyzers.internal.WordLists;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Vietnamese: ICU word segmentation (one token per syllable, with exact offsets), NFKC case folding
 * (composed and decomposed spellings match), numbers in one form ("3,53" = 3.53), and in queries
 * question words dropped. Diacritics are kept: they tell words apart. Loci indexes Vietnamese in
 * three more fields, with {@link #folded()} (diacritic-free syllables), {@link #syllablePairs()}
 * (adjacent syllables as one term) and {@link #foldedSyllablePairs()} (both).
 */
public final class VietnameseAnalyzer extends TextAnalyzer {
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
    TokenStream result = syllables(source, mode);
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
   * The syllables of every Vietnamese field: NFKC case folding, numbers in one form, tone marks in
   * one place.
   */
  private static TokenStream syllables(ICUTokenizer source, AnalysisMode mode) {
    TokenStream result = new ICUNormalizer2Filter(source);
    result = NumberNormalizationFilter.of(result, ',', mode);
    return new VietnameseNormalizationFilter(result);
  }

  /**
   * The analyzer of the diacritic-free field: syllables with every diacritic removed and đ written
   * d, so that "trung tam du lieu" finds "trung tâm dữ liệu".
   *
   * @return a new analyzer
   */
  public static Analyzer folded() {
    return new FieldAnalyzer(true, false);
  }

  /**
   * The analyzer of the syllable-pair field: each two adjacent syllables as one term ("trung tâm",
   * "tâm dữ", "dữ liệu"), normalized as by the main analyzer. Most Vietnamese words are two
   * syllables, and a pair is a far rarer term than either of its syllables, so a passage that holds
   * the query's words as units outranks one that holds the same syllables scattered. Index and
   * query use it alike (numbers in their one indexed reading).
   *
   * @return a new analyzer
   */
  public static Analyzer syllablePairs() {
    return new FieldAnalyzer(false, true);
  }

  /**
   * The analyzer of the diacritic-free syllable-pair field: pairs of {@link #folded()} syllables
   * ("trung tam", "du lieu"). Without diacritics a syllable stands for several words, and its
   * neighbour tells which.
   *
   * @return a new analyzer
   */
  public static Analyzer foldedSyllablePairs() {
    return new FieldAnalyzer(true, true);
  }

  /** The analyzers of the second fields: syllables as indexed, folded or not, single or paired. */
  private static final class FieldAnalyzer extends TextAnalyzer {
    private final boolean folded;
    private final boolean pairs;

    FieldAnalyzer(boolean folded, boolean pairs) {
      this.folded = folded;
      this.pairs = pairs;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      ICUTokenizer source = new ICUTokenizer();
      TokenStream result = syllables(source, AnalysisMode.INDEX);
      if (folded) {
        result = new VietnameseFoldingFilter(result);
      }
      if (pairs) {
        ShingleFilter shingles = new ShingleFilter(result, 2, 2);
        shingles.setOutputUnigrams(false);
        result = shingles;
      }
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new VietnameseNormalizationFilter(new ICUNormalizer2Filter(in));
      return folded ? new VietnameseFoldingFilter(result) : result;
    }
  }
}
