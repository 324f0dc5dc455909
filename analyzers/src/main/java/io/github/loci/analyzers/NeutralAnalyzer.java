package io.github.loci.analyzers;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * ICU word segmentation and folding ({@link NeutralFoldingFilter}: ICU's UTR #30 folding, ASCII
 * tokens through a table); used for every language and for text in other languages.
 */
final class NeutralAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    return new TokenStreamComponents(source, new NeutralFoldingFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new NeutralFoldingFilter(in);
  }
}
