package io.github.loci.core.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges written with words whose first end lacks what the second has: a scale ("between 1 and 2
 * billion dollars", "entre US$1.000 y US$2.000 millones", "tra i 300 e i 500 milioni di euro", "từ
 * 1 đến 2 tỷ USD"), a currency ("between 100 and 200 euros") or a percent sign ("entre el 10 y el
 * 15%"). What the second end has belongs to both, so reading the ends apart gives a wrong value for
 * one ("US$1.000", 1,000 dollars) and one end of the range for the other; such a range is left out,
 * as a range with a hyphen is. Ends that each carry a scale ("between $1bn and $2bn", which the
 * pattern does not take for a range), or each a currency and no scale ("between $50 and $60"), are
 * two amounts, each right.
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
              + "(?:(?:about|around|some|nearly|approximately|roughly|unos|unas|cerca\\h+de|circa"
              + "|khoảng)\\h+)?"
              + "(?<first>(?:(?-i:[A-Z]{0,3})[$€£¥₫]|(?-i:[A-Z]{3})\\h?)?[0-9][0-9.,\\u00A0\\u202F]*)"
              + "\\h+(?:and|to|y|a|e|đến|tới)\\h+(?:(?:the|el|los|las|i|gli|le)\\h+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far back before a second end the range's start is looked for. */
  private static final int WINDOW_CHARS = 64;

  private WordedRanges() {}

  /** A numeral, then the word after it, if any: group {@code w}. */
  private static final Pattern WORD_AFTER_NUMBER =
      Pattern.compile("[0-9][0-9.,\\u00A0\\u202F]*\\h*(?<w>[\\p{L}\\p{M}]+)?");

  /**
   * Whether an amount's numeral is followed by a scale of any language ("millones", "billion",
   * "bn", "tỷ"), which a range's first end would share.
   */
  private static boolean scaled(String text, Amount amount) {
    Matcher m = WORD_AFTER_NUMBER.matcher(text).region(amount.start(), amount.end());
    if (!m.find() || m.group("w") == null) {
      return false;
    }
    String word = m.group("w");
    for (io.github.loci.analyzers.Language language : io.github.loci.analyzers.Language.values()) {
      Grammar grammar = Grammar.of(language);
      if (grammar.scales.valueOf(word) != null || grammar.gluedScales.valueOf(word) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The amounts without the ends of ranges whose first end lacks what the second has: a scale
   * ("between 1 and 2 billion dollars"), a currency ("between 100 and 200 euros") or a percent sign
   * ("entre el 10 y el 15%"). Ends that each carry a currency and no scale ("between $50 and $60")
   * are two amounts, each right.
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
      if (!before.find()
          || (!Character.isDigit(before.group("first").charAt(0)) && !scaled(text, second))) {
        continue; // no range, or one whose ends each carry their currency and no scale
      }
      int firstStart = before.start("first");
      int firstEnd = before.end("first");
      kept.remove(second);
      kept.removeIf(a -> a.start() < firstEnd && firstStart < a.end());
    }
    return kept;
  }
}
