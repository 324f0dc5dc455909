package io.github.loci.core.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a short text, such as a query, told by their capitals: what a word means in another
 * language's lexicon, or which language its function words are, says nothing of a name ("Jack Ma",
 * "Ron Miller").
 */
public final class Names {
  private Names() {}

  /**
   * The text with the names blanked out, when it has a word in lower case: a word whose first
   * letter is a capital, unless it begins the text or a sentence (after ".", "?" or "!"), or is an
   * acronym in capitals ("US", "AI"). "Jack Ma", "Da Nang" and "(Ma)" are names; in "cloud. The
   * providers" "The" is not. A text in title case or in capitals is left whole: its capitals tell
   * nothing. Words are parted by any white space, no-break spaces included.
   *
   * @param text the text
   * @return the text, of the same length, with spaces over its names
   */
  public static String blanked(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    if (words.stream().noneMatch(w -> Character.isLowerCase(firstLetter(text, w)))) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text);
    for (int w = 0; w < words.size(); w++) {
      int[] word = words.get(w);
      boolean initial =
          word[0] == 0 || (w > 0 && ".?!".indexOf(text.charAt(words.get(w - 1)[1] - 1)) >= 0);
      if (!initial && Character.isUpperCase(firstLetter(text, word)) && !isAcronym(text, word)) {
        for (int c = word[0]; c < word[1]; c++) {
          kept.setCharAt(c, ' ');
        }
      }
    }
    return kept.toString();
  }

  /**
   * Whether a text has a word in lower case: one whose letters, one at least, are all lower case
   * ("data", not "eBay" or "WHO").
   *
   * @param text the text
   * @return whether it has one
   */
  public static boolean hasWordInLowerCase(String text) {
    int letters = 0;
    boolean lower = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (isSpace(c)) {
        if (letters > 0 && lower) {
          return true;
        }
        letters = 0;
        lower = true;
      } else if (Character.isLetter(c)) {
        letters++;
        lower &= Character.isLowerCase(c);
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A word's first letter, or -1 if it has none. */
  private static int firstLetter(String text, int[] word) {
    for (int c = word[0]; c < word[1]; ) {
      int cp = text.codePointAt(c);
      if (Character.isLetter(cp)) {
        return cp;
      }
      c += Character.charCount(cp);
    }
    return -1;
  }

  private static boolean isAcronym(String text, int[] word) {
    return isAcronym(text, word[0], word[1]);
  }

  /**
   * Whether a word has two letters or more, all capitals.
   *
   * @param text the text
   * @param start the word's first char
   * @param end the char after it
   * @return whether it is an acronym
   */
  public static boolean isAcronym(String text, int start, int end) {
    int letters = 0;
    for (int c = start; c < end && c < text.length(); ) {
      int cp = text.codePointAt(c);
      if (Character.isLetter(cp)) {
        if (!Character.isUpperCase(cp)) {
          return false;
        }
        letters++;
      }
      c += Character.charCount(cp);
    }
    return letters >= 2;
  }
}
