package io.github.loci.core.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges written with words whose first end has no scale of its own: "between 1 and 2 billion
 * dollars", "entre US$1.000 y US$2.000 millones", "tra i 300 e i 500 milioni di euro", "từ 1 đến 2
 * tỷ USD". The scale after the second end belongs to both, so reading the ends apart gives a wrong
 * value for one ("US$1.000", 1,000 dollars) and one end of the range for the other; such a range is
 * left out, as a range with a hyphen is. A range whose ends each carry a scale ("between $1bn and
 * $2bn") is two amounts, each right.
 */
final class WordedRanges {
  /**
   * What ends right before a range's second end: an opening word, a number with at most a currency
   * sign or code before it (group {@code first}), and the word that joins the ends.
   */
  private static final Pattern BEFORE_SECOND_END =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}])(?:between|entre|tra|fra|từ)\\h+"
              + "(?:(?:the|el|los|las|i|gli|le)\\h+)?"
              + "(?<first>(?:[A-Z]{0,3}[$€£¥₫]|[A-Z]{3}\\h?)?[0-9][0-9.,\\u00A0\\u202F]*)"
              + "\\h+(?:and|to|y|a|e|đến|tới)\\h+(?:(?:the|el|los|las|i|gli|le)\\h+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far back before a second end the range's start is looked for. */
  private static final int WINDOW_CHARS = 64;

  private WordedRanges() {}

  /**
   * The amounts without the ends of ranges whose first end has no scale of its own.
   *
   * @param text the text the amounts were read from
   * @param amounts its amounts, in text order
   * @return the amounts kept, in text order
   */
  static List<Amount> leftOut(String text, List<Amount> amounts) {
    List<Amount> kept = new ArrayList<>(amounts);
    for (Amount second : amounts) {
      int from = Math.max(0, second.start() - WINDOW_CHARS);
      Matcher before = BEFORE_SECOND_END.matcher(text).region(from, second.start());
      before.useTransparentBounds(true).useAnchoringBounds(true);
      if (!before.find()) {
        continue;
      }
      int firstStart = before.start("first");
      int firstEnd = before.end("first");
      kept.remove(second);
      kept.removeIf(a -> a.start() < firstEnd && firstStart < a.end());
    }
    return kept;
  }
}
