package io.github.loci.core.amount;

import com.ibm.icu.text.RuleBasedNumberFormat;
import io.github.loci.analyzers.Language;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Numbers written in words before a scale word ("dos mil millones", "two billion", "tres
 * millones"), read with ICU's spell-out rules of the language: the words that end right before a
 * scale, one to three of them ("treinta y dos"), as one number, when ICU reads all of them and
 * writes that number the same way ("twenty five", which ICU reads as 2005, is not read). Italian
 * writes a number as one word ("cinquecento", "tremila"), which ICU's own spell-out parts with soft
 * hyphens and reads whole only in its lenient mode; that mode, which compares by collation and
 * costs far more, is tried only for one word that the strict one reads in part ("cinquecento" as
 * 5), and the check that ICU writes the number the same way (soft hyphens aside) still holds.
 * Thread-safe: each thread has its own formats.
 */
final class SpelledNumbers {
  /** The most words a spelled number before a scale is read from. */
  private static final int MAX_WORDS = 3;

  private final ThreadLocal<RuleBasedNumberFormat> format;
  private final ThreadLocal<RuleBasedNumberFormat> lenient;

  SpelledNumbers(Language language) {
    this.format =
        ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(language.locale(), RuleBasedNumberFormat.SPELLOUT));
    this.lenient =
        ThreadLocal.withInitial(
            () -> {
              RuleBasedNumberFormat f =
                  new RuleBasedNumberFormat(language.locale(), RuleBasedNumberFormat.SPELLOUT);
              f.setLenientParseMode(true);
              return f;
            });
  }

  /**
   * A number in words before a scale word.
   *
   * @param value the number, a whole one from 1 on
   * @param start where its first word starts
   */
  record Reading(BigDecimal value, int start) {}

  /**
   * The number written in the words that end right before {@code at} (white space between), no
   * further back than {@code from}.
   *
   * @param text the text
   * @param at where the scale word starts
   * @param from where the words may start at the earliest
   * @return the number, or {@code null} when the words before are none
   */
  Reading before(String text, int at, int from) {
    // The words right before the scale word, the nearest first, each after white space.
    int[] starts = new int[MAX_WORDS];
    int[] ends = new int[MAX_WORDS];
    int words = 0;
    for (int position = at; words < MAX_WORDS; ) {
      int end = position;
      while (end > from && isBlank(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > from && isWordChar(text.charAt(start - 1))) {
        start--;
      }
      if (end == position || start == end) {
        break; // glued to what is before, or no word there (a digit, punctuation)
      }
      starts[words] = start;
      ends[words] = end;
      words++;
      position = start;
    }
    for (int n = words; n >= 1; n--) {
      String phrase = text.substring(starts[n - 1], ends[0]).replaceAll("\\h+", " ");
      ParsePosition position = new ParsePosition(0);
      String lower = phrase.toLowerCase(Locale.ROOT);
      Number parsed = format.get().parse(lower, position);
      if (parsed != null
          && position.getIndex() > 0
          && position.getIndex() < lower.length()
          && lower.indexOf(' ') < 0) {
        // One word that the strict parse reads only in part ("cinquecento" as 5): the lenient
        // parse, which compares by collation and costs far more, is tried only then.
        position = new ParsePosition(0);
        parsed = lenient.get().parse(lower, position);
      }
      if (parsed == null || position.getIndex() != lower.length()) {
        continue; // not all words of a number: try fewer
      }
      // ICU reads all of it. It must be a whole number written as ICU writes it: ICU reads "twenty
      // five" as 2005 and "one point five" as 1.5, and the words after them ("five") are no
      // number of their own, so such a phrase is a number not read.
      double value = parsed.doubleValue();
      boolean whole = value >= 1 && value < 1e6 && value == Math.rint(value);
      return whole && writtenAlike(format.get().format((long) value), lower)
          ? new Reading(BigDecimal.valueOf((long) value), starts[n - 1])
          : null;
    }
    return null;
  }

  /**
   * Whether a phrase writes the number ICU writes as {@code written}: without regard to accents
   * ("veintidos"), and with the final "o" dropped before a noun ("veintiún millones" for
   * veintiuno). ("treinta y un millones" is not read: "un millones" is read first, as a word for
   * one before a scale.)
   */
  static boolean writtenAlike(String written, String phrase) {
    String a = withoutMarks(written);
    String b = withoutMarks(phrase);
    return a.equals(b) || (a.endsWith("uno") && a.substring(0, a.length() - 1).equals(b));
  }

  /** Without accents and soft hyphens (ICU writes "cinque\u00ADcento"). */
  private static String withoutMarks(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[\\p{M}\u00AD]+", "");
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '-';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }
}
