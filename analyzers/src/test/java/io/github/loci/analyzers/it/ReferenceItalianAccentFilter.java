package io.github.loci.analyzers.it;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * {@code ItalianAccentFilter} as it was before its char-level fast paths (commit ecf270a),
 * unchanged but for its name: the oracle that {@link ItalianAccentFilterEquivalenceTest} compares
 * the current filter with.
 */
final class ReferenceItalianAccentFilter extends TokenFilter {
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
  public ReferenceItalianAccentFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword() || PROTECTED.contains(term.buffer(), 0, term.length())) {
      return true;
    }
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
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
