package io.github.loci.analyzers;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.util.BitSet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Removes the chars that Unicode says to ignore when they are not shown
 * (Default_Ignorable_Code_Point: the soft hyphen U+00AD, the word joiner U+2060, the zero-width
 * no-break space U+FEFF, joiners, variation selectors, …) from inside a token. Word breaking keeps
 * them within a word, so that without this filter a word hyphenated for line breaks on a web page
 * ("cen", U+00AD, "tre") is a term of its own, which neither the query "centre" nor a stemmer
 * finds. The token's offsets stay those of the text as written. A token made only of such chars is
 * dropped, its position increment carried to the next. Tokens without any (nearly all: none of
 * these chars is below U+00AD) pass after one look at each char.
 */
public final class IgnorableCharsFilter extends TokenFilter {
  /** The ignorable chars of the Basic Multilingual Plane. */
  private static final BitSet BMP = new BitSet(Character.MAX_VALUE + 1);

  /** The first of them. */
  private static final char FIRST = '\u00AD';

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate((char) c) && isIgnorable(c)) {
        BMP.set(c);
      }
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private int skippedPositions;

  private final boolean dropEmptied;

  /**
   * Wraps a token stream, dropping the tokens left empty.
   *
   * @param input the tokens, as a tokenizer gives them
   */
  public IgnorableCharsFilter(TokenStream input) {
    this(input, true);
  }

  /**
   * Wraps a token stream.
   *
   * @param input the tokens
   * @param dropEmptied whether a token left empty is dropped ({@code false} for an analyzer's
   *     {@code normalize} chain, which must give one token, empty or not)
   */
  public IgnorableCharsFilter(TokenStream input, boolean dropEmptied) {
    super(input);
    this.dropEmptied = dropEmptied;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      char[] chars = term.buffer();
      int length = term.length();
      int first = 0;
      while (first < length && !mayBeIgnorable(chars[first])) {
        first++;
      }
      int kept = first == length ? length : removeIgnorable(chars, first, length);
      if (kept > 0 || first == length || !dropEmptied) {
        term.setLength(kept);
        if (skippedPositions > 0) {
          increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
          skippedPositions = 0;
        }
        return true;
      }
      skippedPositions += increment.getPositionIncrement();
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    skippedPositions = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
  }

  /** Whether a char is ignorable or may start an ignorable supplementary code point. */
  private static boolean mayBeIgnorable(char c) {
    return c >= FIRST && (Character.isHighSurrogate(c) || BMP.get(c));
  }

  /** Removes the ignorable code points from {@code from} on, in place; returns the new length. */
  private static int removeIgnorable(char[] chars, int from, int length) {
    int out = from;
    for (int i = from; i < length; ) {
      int cp = Character.codePointAt(chars, i, length);
      int n = Character.charCount(cp);
      if (!(cp <= Character.MAX_VALUE ? BMP.get(cp) : isIgnorable(cp))) {
        for (int k = 0; k < n; k++) {
          chars[out++] = chars[i + k];
        }
      }
      i += n;
    }
    return out;
  }

  private static boolean isIgnorable(int codePoint) {
    return UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
  }
}
