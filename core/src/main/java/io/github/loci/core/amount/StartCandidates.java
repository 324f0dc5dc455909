package io.github.loci.core.amount;

import java.util.Arrays;

/**
 * Where amounts may begin in a text, for several grammars at once: the word starts at which a
 * grammar's {@link Grammar#start} may match, by tests much cheaper than the expression (a digit, a
 * currency symbol, or a word that begins one of the grammar's phrases). A text of undetermined
 * language is read with every grammar; each of its words is then read and case-folded once for all
 * of them, not once per grammar.
 */
final class StartCandidates {
  private StartCandidates() {}

  /**
   * Finds the candidates.
   *
   * @param text the text, in NFC
   * @param grammars the grammars that read it
   * @return for each grammar, in order, the positions (of chars) where its amounts may begin,
   *     ascending
   */
  static int[][] of(String text, Grammar... grammars) {
    int[][] found = new int[grammars.length][16];
    int[] counts = new int[grammars.length];
    int longest = 0;
    for (Grammar grammar : grammars) {
      longest = Math.max(longest, grammar.startWordMaxCodePoints());
    }
    for (int at = 0; at < text.length(); at++) {
      if (at > 0 && isWordChar(text.codePointBefore(at))) {
        continue;
      }
      char first = text.charAt(at);
      if (first >= '0' && first <= '9') {
        for (int g = 0; g < grammars.length; g++) {
          add(found, counts, g, at);
        }
        continue;
      }
      if (!Phrases.isLetter(first)) {
        for (int g = 0; g < grammars.length; g++) {
          if (grammars[g].startsWithSymbol(first)) {
            add(found, counts, g, at);
          }
        }
        continue;
      }
      String word = null;
      int codePoints = 0;
      for (int g = 0; g < grammars.length; g++) {
        if (!grammars[g].startsWithLetter(first)) {
          continue;
        }
        if (word == null) {
          int end = at + 1;
          while (end < text.length() && Phrases.isLetter(text.charAt(end))) {
            end++;
          }
          codePoints = Character.codePointCount(text, at, end);
          word = codePoints <= longest ? Phrases.fold(text.subSequence(at, end)) : "";
        }
        if (codePoints <= grammars[g].startWordMaxCodePoints() && grammars[g].isStartWord(word)) {
          add(found, counts, g, at);
        }
      }
    }
    for (int g = 0; g < grammars.length; g++) {
      found[g] = Arrays.copyOf(found[g], counts[g]);
    }
    return found;
  }

  private static void add(int[][] found, int[] counts, int g, int at) {
    if (counts[g] == found[g].length) {
      found[g] = Arrays.copyOf(found[g], found[g].length * 2);
    }
    found[g][counts[g]++] = at;
  }

  /** A letter or digit: an amount begins only where none stands before it. */
  private static boolean isWordChar(int codePoint) {
    return Phrases.isLetter(codePoint)
        || codePoint >= '0' && codePoint <= '9'
        || codePoint >= 0x80 && Character.isDigit(codePoint);
  }
}
