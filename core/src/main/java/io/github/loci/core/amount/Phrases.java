package io.github.loci.core.amount;

import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table of literal phrases, each standing for a value: a regular expression matching any of them,
 * and the value of the phrase a match found.
 *
 * <p>Within a phrase a space matches any run of horizontal white space (no-break spaces too).
 * Longer phrases come first in the expression, so "mil millones" wins over "mil".
 *
 * @param <T> the values
 */
final class Phrases<T> {
  private static final Pattern SPACES = Pattern.compile("\\h+");

  private final Map<String, T> values;
  private final boolean caseSensitive;
  private final String regex;

  /**
   * Creates the table.
   *
   * @param values phrase to value; phrases in lower case unless {@code caseSensitive}
   * @param caseSensitive whether "USD" must not match "usd"
   */
  Phrases(Map<String, T> values, boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
    this.values = new HashMap<>();
    values.forEach((phrase, value) -> this.values.put(key(phrase), value));
    String alternatives =
        values.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Phrases::phraseRegex)
            .collect(Collectors.joining("|"));
    this.regex = values.isEmpty() ? "(?!)" : (caseSensitive ? "(?-i:" : "(?:") + alternatives + ")";
  }

  /** Returns an expression, without capturing groups, matching any phrase of the table. */
  String regex() {
    return regex;
  }

  /**
   * Returns the value of a phrase matched by {@link #regex()}.
   *
   * @param matched the text matched, in any case and spacing
   * @return its value, or {@code null} if no phrase of the table reads so
   */
  T valueOf(CharSequence matched) {
    return values.get(key(matched.toString()));
  }

  /**
   * Adds how the phrases of the table begin to two sets: the word (letters) a phrase begins with,
   * in lower case ("US" for "US$"), or its first char when it begins with no letter ("$").
   *
   * @param words first words, in lower case
   * @param symbols first chars of the phrases that begin with no letter
   */
  void addStarts(Set<String> words, BitSet symbols) {
    for (String phrase : values.keySet()) {
      int letters = 0;
      while (letters < phrase.length() && isLetter(phrase.charAt(letters))) {
        letters++;
      }
      if (letters > 0) {
        words.add(fold(phrase.substring(0, letters)));
      } else {
        symbols.set(phrase.codePointAt(0));
      }
    }
  }

  /** Whether a char is a letter or a combining mark. */
  static boolean isLetter(int c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Folds case as the patterns do ({@link Pattern#UNICODE_CASE}), char by char: a phrase the
   * expression matches in any case has the key of the phrase of the table.
   *
   * @param text any text
   * @return its lower case
   */
  static String fold(CharSequence text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      i += Character.charCount(c);
    }
    return folded.toString();
  }

  private String key(String phrase) {
    String spaced = SPACES.matcher(phrase.strip()).replaceAll(" ");
    return caseSensitive ? spaced : fold(spaced);
  }

  private static String phraseRegex(String phrase) {
    return Pattern.compile(" ")
        .splitAsStream(phrase.strip())
        .map(Pattern::quote)
        .collect(Collectors.joining("\\h+"));
  }
}
