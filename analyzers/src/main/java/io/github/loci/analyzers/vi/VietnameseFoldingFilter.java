package io.github.loci.analyzers.vi;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes Vietnamese diacritics and lower-cases, for a diacritic-insensitive field.
 *
 * <p>On Latin letters, the five tone marks (grave, acute, tilde, hook above, dot below) and the
 * three vowel-quality marks (circumflex, breve, horn) are removed, {@code đ} and {@code Đ} become
 * {@code d}, and the result is lower-cased and NFC. Marks on letters of other scripts, and other
 * marks on Latin letters (such as the diaeresis of {@code ü}), are kept. Only the term changes,
 * never the offsets; tokens marked with {@link KeywordAttribute} are left untouched.
 *
 * <p>Examples: {@code Trung tâm dữ liệu → trung tam du lieu}, {@code Đà Nẵng → da nang}, {@code
 * người → nguoi}.
 *
 * <p>Different words fold to the same term ({@code ma}, {@code má}, {@code mà}, … all give {@code
 * ma}), so this filter is meant for a second field that lets queries typed without diacritics find
 * the text, beside a field that keeps them. Placing it after {@link VietnameseNormalizationFilter}
 * also makes the i/y variants meet ({@code tỷ → tỉ → ti}, and a query {@code ty → ti}).
 */
public final class VietnameseFoldingFilter extends TokenFilter {

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /**
   * The blocks of the chars that {@link #FOLDED} holds: Basic Latin to Latin Extended-B and Latin
   * Extended Additional, end exclusive. Tokens with any other char are folded with ICU.
   */
  private static final int[][] BLOCKS = {{0, 0x0250}, {0x1E00, 0x1F00}};

  /**
   * What each char of {@link #BLOCKS} folds to, if it can be folded by itself, else 0. A char can
   * when its NFD starts with a base character (so no mark of the char before it moves past it or
   * marks it) whose folded form has an NFC boundary before it (so no composition crosses it), and
   * when the NFC of its folded NFD is one char: {@code ệ → e}, {@code Đ → d}, {@code Ü → ü}, {@code
   * A → a}, {@code ß → ß}. The term of a token made of such chars folds char by char to what {@link
   * #foldWithNormalization} gives.
   */
  private static final char[] FOLDED = foldedChars();

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
  public VietnameseFoldingFilter(TokenStream input) {
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
    for (int i = 0; i < length; i++) {
      final char c = buffer[i];
      if (c >= FOLDED.length || FOLDED[c] == 0) {
        foldWithNormalization();
        return;
      }
    }
    for (int i = 0; i < length; i++) {
      buffer[i] = FOLDED[buffer[i]];
    }
  }

  /** Folds any term: NFD, Vietnamese marks removed and lower case, NFC if anything changed. */
  private void foldWithNormalization() {
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
    if (strip(decomposed, stripped)) {
      NFC.normalize(stripped, composed);
      termAtt.setEmpty().append(composed);
    }
  }

  /**
   * Writes an NFD text without the Vietnamese marks that follow a Latin letter, lower-cased and
   * with {@code đ} as {@code d}.
   *
   * @return whether anything changed
   */
  private static boolean strip(CharSequence decomposed, StringBuilder stripped) {
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
    return changed;
  }

  private static char[] foldedChars() {
    char[] table = new char[BLOCKS[BLOCKS.length - 1][1]];
    StringBuilder stripped = new StringBuilder();
    for (int[] block : BLOCKS) {
      for (int c = block[0]; c < block[1]; c++) {
        String mapping = NFD.getDecomposition(c);
        String decomposed = mapping == null ? String.valueOf((char) c) : mapping;
        int base = decomposed.codePointAt(0);
        if (UCharacter.getCombiningClass(base) != 0
            || Character.getType(base) == Character.NON_SPACING_MARK) {
          continue;
        }
        boolean changed = strip(decomposed, stripped);
        if (!NFC.hasBoundaryBefore(stripped.codePointAt(0))) {
          continue;
        }
        // Unchanged, a char with no decomposition is its own NFC; any other needs ICU.
        String folded = changed || mapping != null ? NFC.normalize(stripped) : decomposed;
        if (folded.length() == 1 && (changed || folded.charAt(0) == c)) {
          table[c] = folded.charAt(0);
        }
      }
    }
    return table;
  }

  private static boolean isVietnameseMark(char c) {
    return VietnameseLetters.isToneMark(c) || VietnameseLetters.isQualityMark(c);
  }
}
