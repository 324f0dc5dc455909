package io.github.loci.analyzers.it;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes Italian accents (à è é ì í ò ó ù ú) so that "città" and "citta", "perché" and "perche"
 * match, except in the words where the accent is the only difference from another word ("è"/"e",
 * "là"/"la", "sì"/"si", "né"/"ne", "dà"/"da", "tè"/"te"), which keep it. Expects lower-case tokens.
 */
public final class ItalianAccentFilter extends TokenFilter {
  /** Words whose accent distinguishes them from another word. */
  public static final CharArraySet PROTECTED =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of("è", "é", "là", "lì", "sì", "né", "dà", "tè", "ché", "ciò"), false));

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /**
   * Creates the filter.
   *
   * @param input lower-case tokens
   */
  public ItalianAccentFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    final char[] buffer = term.buffer();
    final int length = term.length();
    // The accented vowels are all outside ASCII: a token without such a char, as most are, stays
    // as it is with neither the lookup nor the rewrite.
    int first = 0;
    while (first < length && buffer[first] < 0x80) {
      first++;
    }
    if (first == length || PROTECTED.contains(buffer, 0, length)) {
      return true;
    }
    for (int i = first; i < length; i++) {
      buffer[i] =
          switch (buffer[i]) {
            case 'à', 'á' -> 'a';
            case 'è', 'é' -> 'e';
            case 'ì', 'í', 'î' -> 'i';
            case 'ò', 'ó' -> 'o';
            case 'ù', 'ú' -> 'u';
            default -> buffer[i];
          };
    }
    return true;
  }
}
