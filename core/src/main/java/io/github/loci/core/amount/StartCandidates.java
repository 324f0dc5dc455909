package io.github.loci.core.amount;

import io.github.loci.analyzers.Language;
import java.util.Arrays;

/**
 * Where amounts may begin in a text, for several grammars at once: the word starts at which a
 * grammar's {@link Grammar#start} may match, by tests much cheaper than the expression (a digit, a
 * currency symbol, or a word that begins one of the grammar's phrases). A text of undetermined
 * language is read with every grammar; each of its words is then read, case-folded and looked up
 * once for all of them: one table holds every grammar's start words, each with the grammars it
 * starts in.
 */
final class StartCandidates {
  private static final Language[] LANGUAGES = Language.values();

  /** The start words of every language's grammar, folded: open addressing, a power of two. */
  private static final char[][] WORDS;

  /** For each slot of {@link #WORDS}, the languages (bits by ordinal) whose grammar it starts. */
  private static final int[] LANGUAGES_OF;

  /** The most code points of a start word of any grammar. */
  private static final int LONGEST;

  static {
    int total = 0;
    int longest = 0;
    for (Language language : LANGUAGES) {
      total += Grammar.of(language).startWords().size();
      longest = Math.max(longest, Grammar.of(language).startWordMaxCodePoints());
    }
    int capacity = Integer.highestOneBit(Math.max(16, total * 4));
    WORDS = new char[capacity][];
    LANGUAGES_OF = new int[capacity];
    LONGEST = longest;
    for (Language language : LANGUAGES) {
      for (String start : Grammar.of(language).startWords()) {
        char[] word = start.toCharArray();
        int slot = hash(word, word.length) & (capacity - 1);
        while (WORDS[slot] != null && !Arrays.equals(WORDS[slot], word)) {
          slot = (slot + 1) & (capacity - 1);
        }
        WORDS[slot] = word;
        LANGUAGES_OF[slot] |= 1 << language.ordinal();
      }
    }
  }

  private StartCandidates() {}

  /**
   * Finds the candidates.
   *
   * @param text the text, in NFC
   * @param languages the languages whose grammars read it
   * @return for each language, in order, the positions (of chars) where its amounts may begin,
   *     ascending
   */
  static int[][] of(String text, Language... languages) {
    Grammar[] grammars = new Grammar[languages.length];
    for (int g = 0; g < languages.length; g++) {
      grammars[g] = Grammar.of(languages[g]);
    }
    int[][] found = new int[languages.length][16];
    int[] counts = new int[languages.length];
    char[] folded = new char[2 * LONGEST];
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
      boolean maybe = false;
      for (Grammar grammar : grammars) {
        maybe |= grammar.startsWithLetter(first);
      }
      if (!maybe) {
        continue;
      }
      int starts = startWordLanguages(text, at, folded);
      for (int g = 0; g < grammars.length; g++) {
        if ((starts & (1 << languages[g].ordinal())) != 0 && grammars[g].startsWithLetter(first)) {
          add(found, counts, g, at);
        }
      }
    }
    for (int g = 0; g < languages.length; g++) {
      found[g] = Arrays.copyOf(found[g], counts[g]);
    }
    return found;
  }

  /**
   * The languages whose grammars have the word at {@code at} as a start word: the word (its run of
   * letters) folded as {@link Phrases#fold} folds, then looked up, without a String.
   */
  private static int startWordLanguages(String text, int at, char[] folded) {
    int length = 0;
    int codePoints = 0;
    for (int i = at; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!Phrases.isLetter(text.charAt(i))) {
        break;
      }
      if (++codePoints > LONGEST) {
        return 0;
      }
      length += Character.toChars(Character.toLowerCase(Character.toUpperCase(c)), folded, length);
      i += Character.charCount(c);
    }
    int mask = WORDS.length - 1;
    for (int slot = hash(folded, length) & mask; WORDS[slot] != null; slot = (slot + 1) & mask) {
      if (Arrays.equals(WORDS[slot], 0, WORDS[slot].length, folded, 0, length)) {
        return LANGUAGES_OF[slot];
      }
    }
    return 0;
  }

  private static int hash(char[] s, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + s[i];
    }
    return h ^ (h >>> 16);
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
