package io.github.loci.analyzers;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link ICUFoldingFilter} (UTR #30 folding: case, accents, width and more), with a fast
 * path for tokens made only of ASCII chars, most of the tokens of most text: each such char folds
 * on its own (no ASCII char composes with another), so a table built once from the same ICU
 * normalizer folds them in place. Every other token goes through ICU as in {@code
 * ICUNormalizer2Filter}. The output is {@link ICUFoldingFilter}'s, token for token.
 */
final class NeutralFoldingFilter extends TokenFilter {
  private static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;

  /** What each ASCII char folds to, or 0 when it does not fold to one ASCII char. */
  private static final char[] ASCII = new char[128];

  static {
    for (char c = 1; c < 128; c++) {
      String folded = FOLDING.normalize(String.valueOf(c));
      if (folded.length() == 1 && folded.charAt(0) > 0 && folded.charAt(0) < 128) {
        ASCII[c] = folded.charAt(0);
      }
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder buffer = new StringBuilder();

  NeutralFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] chars = term.buffer();
    int length = term.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 128 || ASCII[c] == 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      for (int i = 0; i < length; i++) {
        chars[i] = ASCII[chars[i]];
      }
    } else if (FOLDING.quickCheck(term) != Normalizer.YES) {
      buffer.setLength(0);
      FOLDING.normalize(term, buffer);
      term.setEmpty().append(buffer);
    }
    return true;
  }
}
