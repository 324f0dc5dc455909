package io.github.loci.analyzers;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * ICU word segmentation and folding ({@link NeutralFoldingFilter}: ICU's UTR #30 folding, ASCII
 * tokens through a table), then the elided articles and prepositions of French, Catalan and Italian
 * removed ("l'ouverture", "d'euros", "dell'Europa"); used for every language and for text in other
 * languages. Word breaking keeps an apostrophe between letters, so without the last step
 * "ouverture" found no "l'ouverture" in text that has only this field.
 */
final class NeutralAnalyzer extends TextAnalyzer {
  /** Lucene's French, Catalan and Italian elisions together, lower case. */
  static final CharArraySet ELIDED =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
                  "puisqu", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                  "dagl", "degl", "negl", "sugl", "un", "v"),
              false));

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    return new TokenStreamComponents(
        source, new ElisionFilter(new NeutralFoldingFilter(source), ELIDED));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ElisionFilter(new NeutralFoldingFilter(in), ELIDED);
  }
}
