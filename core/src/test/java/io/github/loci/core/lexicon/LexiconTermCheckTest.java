package io.github.loci.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's term checks, written as loops for a fast start, accept exactly what the regular
 * expressions they replace accept.
 */
class LexiconTermCheckTest {
  private static final Pattern TERM_CHARS = Pattern.compile("[\\p{L}\\p{M}\\p{N} .&'’\\-]+");

  @Test
  void termCharsMatchesThePatternOnEveryCodePoint() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String one = new String(Character.toChars(c));
      assertEquals(
          TERM_CHARS.matcher(one).matches(), Lexicon.termChars(one), "U+" + Integer.toHexString(c));
      String inWord = "a" + one + "b";
      assertEquals(
          TERM_CHARS.matcher(inWord).matches(),
          Lexicon.termChars(inWord),
          "U+" + Integer.toHexString(c));
    }
    assertEquals(false, Lexicon.termChars(""));
  }

  @Test
  void collapseSpacesIsReplaceAllOfWhiteSpaceRuns() {
    char[] alphabet = {'a', 'b', 'ố', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '-'};
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      assertEquals(s.replaceAll("\\s+", " "), Lexicon.collapseSpaces(s), "[" + s + "]");
    }
  }
}
