package io.github.loci.analyzers;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Maps, char for char, the look-alikes that word breaking treats unlike the char they stand for,
 * before any analyzer's tokenizer sees the text:
 *
 * <ul>
 *   <li>the narrow no-break space U+202F, which French, Italian and Vietnamese typography put in
 *       "40 %" and "38 400", and which Unicode word breaking (UAX #29: ExtendNumLet, the class of
 *       the underscore) keeps inside a word ("server farm" one term), becomes a space;
 *   <li>the apostrophes, typographic U+2019, U+2018 (used for it by mistake), the modifier letter
 *       U+02BC (a letter to word breaking) and the fullwidth U+FF07, become the ASCII apostrophe,
 *       so that "l’agenzia", "lʼagenzia" and "l'agenzia" analyze alike (elision, possessives, a
 *       quoted phrase).
 * </ul>
 *
 * One char stands for one, so offsets are those of the text as written. A read looks at each char
 * once; nearly all text has none of these.
 */
public final class TextCharFilter extends CharFilter {
  /**
   * Wraps a reader.
   *
   * @param in the text
   */
  public TextCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    for (int i = offset, end = offset + Math.max(read, 0); i < end; i++) {
      char c = buffer[i];
      if (c >= '\u02BC') {
        buffer[i] = map(c);
      }
    }
    return read;
  }

  /**
   * The char a char stands for.
   *
   * @param c a char
   * @return what the analyzers read in its place ({@code c} for nearly all)
   */
  public static char map(char c) {
    return switch (c) {
      case '\u202F' -> ' ';
      case '\u2019', '\u2018', '\u02BC', '\uFF07' -> '\'';
      default -> c;
    };
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
