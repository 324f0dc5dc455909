package io.github.loci.analyzers;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes each token in Unicode's compatibility composition (NFKC): a word typed with decomposed
 * accents ("inversio" and U+0301, as files from macOS hold it) becomes the word with its accented
 * letters ("inversión"), a ligature from a PDF ("ﬁ") its letters, fullwidth letters and digits
 * ASCII ones. The Spanish, Italian and English analyzers read text this way, as the Vietnamese and
 * neutral ones already did; without it such a word matched neither its query nor the lexicon. The
 * token's offsets stay those of the text as written. A token whose chars are all below U+00A0 (most
 * tokens of most text) is in NFKC already and passes after one look at each char; others go through
 * ICU's quick check first.
 */
public final class CompatibilityFilter extends TokenFilter {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder buffer = new StringBuilder();

  /**
   * Wraps a token stream.
   *
   * @param input the tokens
   */
  public CompatibilityFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] chars = term.buffer();
    int length = term.length();
    int i = 0;
    while (i < length && chars[i] < '\u00A0') {
      i++;
    }
    if (i < length && NFKC.quickCheck(term) != Normalizer.YES) {
      buffer.setLength(0);
      NFKC.normalize(term, buffer);
      term.setEmpty();
      for (int k = 0; k < buffer.length(); k++) {
        // A spacing mark inside a word (U+309B, U+FDFA, U+FE70…) decomposes to a space and its
        // combining form: a term holds no space.
        if (buffer.charAt(k) != ' ') {
          term.append(buffer.charAt(k));
        }
      }
    }
    return true;
  }
}
