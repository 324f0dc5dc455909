package io.github.loci.analyzers.vi;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * {@code VietnameseFoldingFilter} as it was before its char-level fast paths (commit ecf270a),
 * unchanged but for its name: the oracle that {@link VietnameseFiltersEquivalenceTest} compares the
 * current filter with.
 */
final class ReferenceVietnameseFoldingFilter extends TokenFilter {

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final StringBuilder decomposed = new StringBuilder();
  private final StringBuilder stripped = new StringBuilder();
  private final StringBuilder composed = new StringBuilder();

  /**
   * Creates a filter that folds the tokens of {@code input}.
   *
   * @param input the token stream to fold
   */
  public ReferenceVietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  /**
   * Advances to the next token and folds its term unless it is a keyword.
   *
   * @return {@code false} at the end of the stream
   * @throws IOException if the input throws it
   */
  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      fold();
    }
    return true;
  }

  private void fold() {
    final char[] buffer = termAtt.buffer();
    final int length = termAtt.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        buffer[i] = (char) (c + ('a' - 'A'));
      }
    }
    if (ascii) {
      return;
    }
    NFD.normalize(termAtt, decomposed);
    stripped.setLength(0);
    boolean changed = false;
    boolean afterLatin = false; // the last base character was a Latin letter
    for (int i = 0; i < decomposed.length(); ) {
      final int cp = Character.codePointAt(decomposed, i);
      i += Character.charCount(cp);
      if (cp <= 0xFFFF && afterLatin && isVietnameseMark((char) cp)) {
        changed = true;
        continue;
      }
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
      }
      int folded = cp == 'đ' || cp == 'Đ' ? 'd' : Character.toLowerCase(cp);
      changed |= folded != cp;
      stripped.appendCodePoint(folded);
    }
    if (changed) {
      NFC.normalize(stripped, composed);
      termAtt.setEmpty().append(composed);
    }
  }

  private static boolean isVietnameseMark(char c) {
    return ReferenceVietnameseNormalizationFilter.isToneMark(c)
        || ReferenceVietnameseNormalizationFilter.isQualityMark(c);
  }
}
