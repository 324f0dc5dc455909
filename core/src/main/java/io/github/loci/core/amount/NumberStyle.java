package io.github.loci.core.amount;

import java.math.BigDecimal;

/**
 * How a language writes numerals: which mark is decimal, which separators group thousands.
 *
 * <p>The style settles only what is ambiguous, a single separator followed by exactly three digits
 * ("38.400", "1,500"). A separator that cannot group thousands is read as the decimal mark in
 * either style ("3,53", "15.5"), and so is the last of two different separators ("1.500,25",
 * "1,500.25"): news text borrows the other convention often enough that rejecting it would lose
 * amounts, and those readings are not ambiguous.
 */
enum NumberStyle {
  /** Spanish, Italian, Vietnamese: "38.400" or "38 400" is 38400, "3,53" is 3.53. */
  DECIMAL_COMMA(',', "[.,\\u0020\\u00A0\\u202F\\u2009]"),
  /**
   * English: "1,500" is 1500, "1.500" is 1.5. Narrow and thin spaces group thousands too (SI
   * style); ordinary and no-break spaces do not, as they separate words.
   */
  DECIMAL_POINT('.', "[.,\\u202F\\u2009]");

  /** Longest integer part read without separators: longer digit runs are ids, not amounts. */
  private static final int MAX_PLAIN_DIGITS = 15;

  private final char decimalMark;
  private final String regex;
  private final String regexAfterCurrency;

  NumberStyle(char decimalMark, String separator) {
    this.decimalMark = decimalMark;
    // Bounded repetitions: no deep regex recursion on long digit runs, and at most 1e21. Not a
    // range's end: after or before a hyphen or en dash with a digit beyond it, nor an em dash
    // between digits (an em dash is mostly punctuation: "the total—5 billion").
    String numeral =
        "(?<!\\p{Nd}\\u2014)"
            + "(?:[0-9]{1,3}(?:"
            + separator
            + "[0-9]{3}){1,6}(?:[.,][0-9]{1,9})?"
            + "|[0-9]{1,"
            + MAX_PLAIN_DIGITS
            + "}(?:[.,][0-9]{1,9})?)"
            + "(?!\\p{Nd}|[.,:/\\-\\u2010\\u2011\\u2013\\u2014\\u2212]\\p{Nd})";
    this.regex = "(?<![\\p{L}\\p{M}\\p{Nd}_.,/:#@\\-\\u2010\\u2011\\u2013\\u2212])" + numeral;
    this.regexAfterCurrency = "(?<![\\p{Nd}_.,/:#@\\-\\u2010\\u2011\\u2013\\u2212])" + numeral;
  }

  /**
   * Returns {@link #regex()} for a numeral right after a currency the scanner has read, which may
   * end in a letter: a code written against its number ("USD12bn", "EUR100m").
   */
  String regexAfterCurrency() {
    return regexAfterCurrency;
  }

  /**
   * Returns a regular expression for a numeral in this style, with its boundaries: it does not
   * start inside a word, an id ("COVID-19"), a date or a version, and does not stop before one.
   */
  String regex() {
    return regex;
  }

  /**
   * Reads a numeral that {@link #regex()} matched.
   *
   * @param numeral digits and separators
   * @return its value, or {@code null} when its separators are inconsistent ("1.500.5")
   */
  BigDecimal read(CharSequence numeral) {
    int length = numeral.length();
    int last = -1;
    int separators = 0;
    for (int i = 0; i < length; i++) {
      if (!isDigit(numeral.charAt(i))) {
        last = i;
        separators++;
      }
    }
    if (separators == 0) {
      return new BigDecimal(numeral.toString());
    }
    char mark = numeral.charAt(last);
    int sameKind = 0;
    for (int i = 0; i < length; i++) {
      if (!isDigit(numeral.charAt(i)) && kind(numeral.charAt(i)) == kind(mark)) {
        sameKind++;
      }
    }
    int digitsAfter = length - last - 1;
    boolean decimal;
    if (kind(mark) == ' ' || sameKind > 1) {
      decimal = false;
    } else if (separators > 1 || digitsAfter != 3 || numeral.charAt(0) == '0' && last == 1) {
      decimal = true;
    } else {
      decimal = mark == decimalMark;
    }
    int integerEnd = decimal ? last : length;
    StringBuilder digits = new StringBuilder(length);
    if (!appendGroups(numeral, integerEnd, digits)) {
      return null;
    }
    if (decimal) {
      digits.append('.').append(numeral, last + 1, length);
    }
    return new BigDecimal(digits.toString());
  }

  /**
   * Appends the digits of {@code numeral[0, end)}, checking that its separators, if any, are all of
   * one kind and group thousands: a first group of one to three digits, then groups of three.
   */
  private static boolean appendGroups(CharSequence numeral, int end, StringBuilder digits) {
    char groupKind = 0;
    int groupLength = 0;
    boolean grouped = false;
    for (int i = 0; i < end; i++) {
      char c = numeral.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
        groupLength++;
        continue;
      }
      if (grouped ? kind(c) != groupKind || groupLength != 3 : groupLength > 3) {
        return false;
      }
      groupKind = kind(c);
      grouped = true;
      groupLength = 0;
    }
    return !grouped || groupLength == 3;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Separators by kind: every space is one kind. */
  private static char kind(char separator) {
    return separator == '.' || separator == ',' ? separator : ' ';
  }
}
