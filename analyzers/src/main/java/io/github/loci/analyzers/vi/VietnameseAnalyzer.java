package io.github.loci.analyzers.vi;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Vietnamese: ICU word segmentation (one token per syllable, with exact offsets) and NFKC case
 * folding, so that composed and decomposed (NFD) spellings and upper and lower case match.
 * Diacritics are kept: they distinguish words.
 */
public final class VietnameseAnalyzer extends Analyzer {
  /** Creates the analyzer. */
  public VietnameseAnalyzer() {}

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    return new TokenStreamComponents(source, new ICUNormalizer2Filter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUNormalizer2Filter(in);
  }
}
