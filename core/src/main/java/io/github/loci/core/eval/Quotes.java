package io.github.loci.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quoted phrase in a text the way a person quotes: no-break and other spaces, runs of white
 * space, typographic and straight quotes and apostrophes all match each other; everything else must
 * match exactly.
 */
public final class Quotes {
  private Quotes() {}

  /**
   * Finds every occurrence of a quote.
   *
   * @param text the source text
   * @param quote the phrase as quoted
   * @return the {@code [start, end)} spans in {@code text}, in order; empty when absent
   */
  public static List<int[]> findAll(String text, String quote) {
    Folded t = fold(text);
    String q = fold(quote.strip()).text;
    List<int[]> spans = new ArrayList<>();
    if (q.isEmpty()) {
      return spans;
    }
    for (int at = t.text.indexOf(q); at >= 0; at = t.text.indexOf(q, at + 1)) {
      spans.add(new int[] {t.origin[at], t.origin[at + q.length() - 1] + 1});
    }
    return spans;
  }

  /**
   * Finds the one occurrence of a quote.
   *
   * @param text the source text
   * @param quote the phrase
   * @param where the source's name, for the message
   * @return its {@code [start, end)} span
   * @throws IllegalArgumentException if the quote is absent or occurs more than once
   */
  public static int[] findOne(String text, String quote, String where) {
    List<int[]> spans = findAll(text, quote);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("quote not found in " + where + ": «" + quote + "»");
    }
    if (spans.size() > 1) {
      StringBuilder at = new StringBuilder();
      spans.forEach(s -> at.append(at.isEmpty() ? "" : ", ").append(s[0]));
      throw new IllegalArgumentException(
          "quote is ambiguous in "
              + where
              + ": «"
              + quote
              + "» occurs "
              + spans.size()
              + " times (at chars "
              + at
              + "); quote more words");
    }
    return spans.get(0);
  }

  /** Text with equivalent characters folded, and for each folded char its index in the original. */
  private record Folded(String text, int[] origin) {}

  private static Folded fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int[] origin = new int[s.length()];
    boolean lastSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (lastSpace) {
          continue;
        }
        f = ' ';
      } else {
        f =
            switch (c) {
              case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
              case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
              default -> c;
            };
      }
      lastSpace = f == ' ';
      origin[out.length()] = i;
      out.append(f);
    }
    return new Folded(out.toString(), origin);
  }
}
