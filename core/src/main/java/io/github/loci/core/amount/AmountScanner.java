package io.github.loci.core.amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extraction: reads a text with one language's {@link Grammar}, left to right. Not thread-safe;
 * {@link AmountExtractor} makes one per call.
 *
 * <p>An amount is read as: an optional qualifier ("más de"), an optional currency ("US$"), a
 * quantity (a number and scale words, "a billion", "mil millones", or a vague magnitude such as
 * "hàng tỉ"), then "%" or a percent word, or an optional currency ("de dólares"). It is kept when
 * it is a percentage, when it names a currency, or when it is scaled and a money cue stands within
 * {@value #CUE_WINDOW_WORDS} words of it in the same sentence.
 */
final class AmountScanner {
  /** How many words on each side of a scaled number may hold its money cue. */
  static final int CUE_WINDOW_WORDS = 5;

  /** How far before an amount's first word "and a half" may begin, in chars. */
  private static final int HALF_WINDOW_CHARS = 24;

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** Longest qualifier phrase, in chars, with room for white space. */
  private static final int QUALIFIER_WINDOW_CHARS = 40;

  private final Grammar grammar;
  private final String text;
  private final Matcher start;
  // The matchers below are made when an amount may start ({@link #prepare}): most texts with a
  // start word ("many", "several") hold no amount, and making fourteen matchers for each cost
  // more than reading them.
  private Matcher currencyBefore;
  private Matcher number;
  private Matcher numberAfterCurrency;
  private Matcher gluedScale;
  private Matcher scale;
  private Matcher compound;
  private Matcher one;
  private Matcher halfAfter;
  private Matcher halfBefore;
  private Matcher bare;
  private Matcher magnitude;
  private Matcher percent;
  private Matcher currencyAfter;
  private Matcher qualifier;
  private Matcher moneyCue;

  /** Where the last attempt stopped reading: a rejected expression is skipped as a whole. */
  private int consumed;

  AmountScanner(Grammar grammar, String text) {
    this.grammar = grammar;
    this.text = text;
    start = matcher(grammar.start);
  }

  /** Makes the matchers that read an amount, once. */
  private void prepare() {
    if (currencyBefore != null) {
      return;
    }
    currencyBefore = matcher(grammar.currencyBefore);
    number = matcher(grammar.number);
    numberAfterCurrency = matcher(grammar.numberAfterCurrency);
    gluedScale = matcher(grammar.gluedScale);
    scale = matcher(grammar.scale);
    compound = matcher(grammar.compound);
    one = matcher(grammar.one);
    halfAfter = matcher(grammar.halfAfter);
    halfBefore = matcher(grammar.halfBefore);
    bare = matcher(grammar.bare);
    magnitude = matcher(grammar.magnitude);
    percent = matcher(grammar.percent);
    currencyAfter = matcher(grammar.currencyAfter);
    qualifier = matcher(grammar.qualifier);
    moneyCue = matcher(grammar.moneyCue);
  }

  /**
   * Returns the amounts of a text, in order, without overlaps: none without a scanner where no
   * amount may begin (most texts, for most languages' grammars), else as {@link #scan(int[])}.
   *
   * @param grammar the language's grammar
   * @param text the text, NFC-normalized
   * @param candidates where this grammar's amounts may begin ({@link StartCandidates}), ascending
   * @return the amounts
   */
  static List<Amount> scan(Grammar grammar, String text, int[] candidates) {
    return candidates.length == 0 ? List.of() : new AmountScanner(grammar, text).scan(candidates);
  }

  /**
   * Returns the amounts of the text, in order, without overlaps.
   *
   * @param candidates where this grammar's amounts may begin ({@link StartCandidates}), ascending
   */
  List<Amount> scan(int[] candidates) {
    List<Amount> found = new ArrayList<>();
    int previousEnd = 0;
    int next = 0;
    for (int at = 0; ; ) {
      while (next < candidates.length && candidates[next] < at) {
        next++;
      }
      if (next == candidates.length) {
        break;
      }
      at = candidates[next];
      if (!lookingAt(start, at)) {
        at++;
        continue;
      }
      consumed = at + 1;
      prepare();
      Amount amount = read(at, previousEnd);
      if (amount != null) {
        found.add(amount);
        previousEnd = amount.end();
        at = amount.end();
      } else {
        at = Math.max(consumed, at + 1);
      }
    }
    return found;
  }

  /**
   * Reads an amount at {@code at}, or returns {@code null}; its qualifier starts after {@code
   * lowerBound}.
   */
  private Amount read(int at, int lowerBound) {
    String currency = null;
    int position = at;
    if (lookingAt(currencyBefore, position)) {
      currency = grammar.currencies.valueOf(currencyBefore.group("c"));
      position = currencyBefore.end();
    }
    Quantity quantity = currency != null ? numeral(position, true) : quantity(position);
    if (quantity == null) {
      return null;
    }
    if (currency == null && quantity.unit() == null && !quantity.vague()) {
      // "two and a half billion", read from "a half billion": the number before is its own.
      SpelledNumbers.Reading withHalf = spelledBeforeHalf(at, lowerBound);
      if (withHalf != null) {
        BigDecimal factor = grammar.scales.valueOf(halfBefore.group("s"));
        quantity = compounds(withHalf.value().add(HALF).multiply(factor), factor, halfBefore.end());
        at = withHalf.start();
      }
    }
    if (quantity.unit() != null) {
      // "dos mil millones", "two billion": the number in words is the scale's multiplier, and the
      // amount starts with it (it was read as the scale alone, 1e9, and exact).
      SpelledNumbers.Reading spelled = grammar.spelled.before(text, at, lowerBound);
      if (spelled != null) {
        BigDecimal unit = quantity.unit();
        quantity = quantity.times(spelled.value());
        at = spelled.start();
        // "dos millones y medio", read from the magnitude "millones".
        quantity = withHalf(quantity.value(), unit, quantity.end());
      }
    }
    int end = quantity.end();
    consumed = Math.max(consumed, end);
    boolean isPercent = false;
    if (currency == null && !quantity.scaled() && lookingAt(percent, end)) {
      isPercent = true;
      end = percent.end();
    } else if (lookingAt(currencyAfter, end) && !startsNextAmount(position, quantity)) {
      String named = currencyAfter.group("symbol");
      String after =
          grammar.currencies.valueOf(named != null ? named : currencyAfter.group("name"));
      if (currency == null || currency.equals(after)) {
        currency = after;
        end = currencyAfter.end();
      }
    }
    consumed = Math.max(consumed, end);
    if (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
      return null; // glued to a word: "$5G"
    }
    if (!isPercent && currency == null && !quantity.scaled()) {
      return null; // a plain number: a count, a year, an id
    }
    Qualifier qualified = Qualifier.EXACT;
    int first = at;
    if (quantity.vague()) {
      qualified = Qualifier.ORDER_OF_MAGNITUDE;
    } else {
      qualifier.region(Math.max(lowerBound, at - QUALIFIER_WINDOW_CHARS), at);
      if (qualifier.find()) {
        qualified = grammar.qualifiers.valueOf(qualifier.group("q"));
        first = qualifier.start();
      }
    }
    if (!isPercent && currency == null && !hasMoneyCue(lowerBound, first, end)) {
      return null; // a scaled count: "hơn 500 triệu khách hàng"
    }
    AmountKind kind = isPercent ? AmountKind.PERCENT : AmountKind.MONEY;
    double value = quantity.value().doubleValue();
    if (!Double.isFinite(value)) {
      return null;
    }
    return new Amount(kind, value, Optional.ofNullable(currency), qualified, first, end);
  }

  /** A number with its scales, "a billion", a scale alone, or a vague magnitude. */
  private Quantity quantity(int position) {
    if (lookingAt(number, position)) {
      return numeral(position, false);
    }
    if (lookingAt(one, position)) {
      BigDecimal value = grammar.scales.valueOf(one.group("s"));
      return compounds(value, value, one.end());
    }
    if (lookingAt(bare, position)) {
      BigDecimal value = grammar.scales.valueOf(bare.group("s"));
      Quantity q = compounds(value, value, bare.end());
      return new Quantity(q.value(), q.end(), true, false, value);
    }
    if (lookingAt(magnitude, position)) {
      BigDecimal value = grammar.magnitudeValue(magnitude.group());
      // A magnitude after a marker ("hàng tỉ") is vague whatever stands before the marker.
      return new Quantity(
          value, magnitude.end(), true, true, grammar.markedMagnitudes ? null : value);
    }
    return null;
  }

  /** A numeral, then scale letters (after a currency only) or scale words. */
  private Quantity numeral(int position, boolean afterCurrency) {
    Matcher digits = afterCurrency ? numberAfterCurrency : number;
    if (!lookingAt(digits, position)) {
      return null;
    }
    int end = digits.end();
    BigDecimal value = grammar.numbers.read(digits.group());
    if (value == null) {
      consumed = Math.max(consumed, end);
      return null;
    }
    if (lookingAt(gluedScale, end)) {
      // After a currency ("$15bn"), or before one ("1.2bn euros"): alone, "15m" may be metres.
      BigDecimal factor = grammar.gluedScales.valueOf(gluedScale.group("s"));
      int scaled = gluedScale.end();
      if (afterCurrency || lookingAt(currencyAfter, scaled)) {
        return new Quantity(value.multiply(factor), scaled, true, false);
      }
    }
    if (lookingAt(scale, end)) {
      BigDecimal factor = grammar.scales.valueOf(scale.group("s"));
      return compounds(value.multiply(factor), factor, scale.end());
    }
    if (lookingAt(halfBefore, end)) {
      // "2 and a half billion"
      BigDecimal factor = grammar.scales.valueOf(halfBefore.group("s"));
      return compounds(value.add(HALF).multiply(factor), factor, halfBefore.end());
    }
    if (afterCurrency && position > 0 && Character.isLetter(text.charAt(position - 1))) {
      // A code against a number is a sum only with a scale ("USD12bn"): "COP26" is a conference.
      return null;
    }
    return new Quantity(value, end, false, false);
  }

  /**
   * Adds the parts that follow a scaled number with smaller scales ("2 milioni e 300 mila", "1 tỷ
   * 200 triệu"): only a part smaller than the last scale is unambiguously part of the number. A
   * part after a joiner ("e", "and", "y") is one only when no word other than a currency follows
   * it: in "$30 billion and 250 million subscribers" it is a count of its own.
   */
  private Quantity compounds(BigDecimal value, BigDecimal lastScale, int end) {
    while (lookingAt(compound, end)) {
      BigDecimal part = grammar.numbers.read(compound.group("n"));
      BigDecimal factor = grammar.scales.valueOf(compound.group("s"));
      if (part == null
          || factor.compareTo(lastScale) >= 0
          || part.multiply(factor).compareTo(lastScale) >= 0
          || (compound.group("j") != null && countedAfter(compound.end()))) {
        break;
      }
      value = value.add(part.multiply(factor));
      lastScale = factor;
      end = compound.end();
    }
    return withHalf(value, lastScale, end);
  }

  /**
   * A scaled quantity, with half its last scale more when the words for a half follow ("dos
   * millones y medio", "2 tỷ rưỡi"; "$2 billion and a half dozen firms" is refused by the grammar:
   * the half is the dozen's).
   */
  private Quantity withHalf(BigDecimal value, BigDecimal lastScale, int end) {
    if (lookingAt(halfAfter, end)) {
      return new Quantity(value.add(lastScale.multiply(HALF)), halfAfter.end(), true, false);
    }
    return new Quantity(value, end, true, false);
  }

  /**
   * The number written in words before "and a half" and a scale ({@link Grammar#halfBefore}) when
   * that phrase holds {@code at}: "two" in "two and a half billion", read from "a half billion".
   * {@link #halfBefore} then holds the phrase.
   */
  private SpelledNumbers.Reading spelledBeforeHalf(int at, int lowerBound) {
    if (!grammar.hasHalvesBefore) {
      return null;
    }
    // The phrase ends past at, but within a scale word of it.
    halfBefore.region(
        Math.max(lowerBound, at - HALF_WINDOW_CHARS),
        Math.min(text.length(), at + 2 * HALF_WINDOW_CHARS));
    while (halfBefore.find() && halfBefore.start() < at) {
      if (halfBefore.end() > at) {
        return grammar.spelled.before(text, halfBefore.start("h"), lowerBound);
      }
    }
    return null;
  }

  /**
   * Whether the currency {@link #currencyAfter} just matched begins the next amount instead: a code
   * or symbol (which stand before numbers too), after a plain number, followed by a scaled number
   * or after a year ("in 2023 USD 5 billion", "in 2023 USD 500,000"). After a scaled number it is
   * that number's ("30 tỷ USD 9 tháng"), as after another plain number ("1.500 USD 3 veces"), and
   * as a currency name always is ("20 dollars 3 years ago").
   */
  private boolean startsNextAmount(int start, Quantity quantity) {
    if (quantity.scaled()) {
      return false;
    }
    String symbol = currencyAfter.group("symbol");
    String name = currencyAfter.group("name");
    boolean standsBefore =
        symbol != null
            ? Currencies.SYMBOLS.containsKey(symbol.toUpperCase(Locale.ROOT))
            : Currencies.CODES.containsKey(name.toUpperCase(Locale.ROOT));
    int next = afterSpace(currencyAfter.end());
    if (!standsBefore || !lookingAt(number, next)) {
      return false;
    }
    boolean scaledNext = lookingAt(scale, number.end()) || lookingAt(gluedScale, number.end());
    return scaledNext || isYear(text.substring(start, quantity.end()));
  }

  /** Four digits from 1800 to 2100, as a year is written. */
  private static boolean isYear(String numeral) {
    if (numeral.length() != 4 || !numeral.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int year = Integer.parseInt(numeral);
    return year >= 1800 && year <= 2100;
  }

  /**
   * Whether a word that is neither a currency nor a function word follows {@code end}: the thing a
   * number counts ("subscribers"), not "in cash".
   */
  private boolean countedAfter(int end) {
    if (lookingAt(currencyAfter, end)) {
      return false;
    }
    int next = afterSpace(end);
    if (next == end || next == text.length() || !Character.isLetter(text.codePointAt(next))) {
      return false;
    }
    int wordEnd = next;
    while (wordEnd < text.length() && Character.isLetter(text.codePointAt(wordEnd))) {
      wordEnd += Character.charCount(text.codePointAt(wordEnd));
    }
    // A function word ("in", "de", "di", "of") keeps the part in the sum: what follows it may be
    // money ("de pesos", "di lire", "of debt") as well as a count ("de suscriptores").
    return !grammar.functionWords.contains(text.substring(next, wordEnd).toLowerCase(Locale.ROOT));
  }

  /** Where the white space from {@code position} on ends. */
  private int afterSpace(int position) {
    int next = position;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next;
  }

  /**
   * Whether a money cue stands within a few words before {@code first} (but after {@code from}, the
   * end of the amount before, whose cue it is) or after {@code end}.
   */
  private boolean hasMoneyCue(int from, int first, int end) {
    return hasMoneyCueIn(Math.max(from, wordsBefore(first)), first)
        || hasMoneyCueIn(end, wordsAfter(end));
  }

  private boolean hasMoneyCueIn(int from, int to) {
    if (from >= to) {
      return false;
    }
    moneyCue.region(from, to);
    while (moneyCue.find()) {
      if (moneyCue.group("c") != null) {
        return true;
      }
    }
    return false;
  }

  /** The start of the {@value #CUE_WINDOW_WORDS} words before {@code position}, in its sentence. */
  private int wordsBefore(int position) {
    int window = position;
    for (int words = 0; words < CUE_WINDOW_WORDS; words++) {
      int end = window;
      while (end > 0 && isSpace(text.charAt(end - 1))) {
        if (isLineBreak(text.charAt(end - 1))) {
          return window;
        }
        end--;
      }
      if (end == 0 || isSentenceEnd(text.charAt(end - 1)) || isBracket(text.charAt(end - 1))) {
        return window;
      }
      int begin = end;
      while (begin > 0 && !isSpace(text.charAt(begin - 1)) && !isBracket(text.charAt(begin - 1))) {
        begin--;
      }
      window = begin;
    }
    return window;
  }

  /** The end of the {@value #CUE_WINDOW_WORDS} words after {@code position}, in its sentence. */
  private int wordsAfter(int position) {
    int window = position;
    for (int words = 0; words < CUE_WINDOW_WORDS; words++) {
      int begin = window;
      while (begin < text.length() && isSpace(text.charAt(begin))) {
        if (isLineBreak(text.charAt(begin))) {
          return window;
        }
        begin++;
      }
      if (begin == text.length() || isBracket(text.charAt(begin))) {
        return window;
      }
      int end = begin;
      while (end < text.length() && !isSpace(text.charAt(end)) && !isBracket(text.charAt(end))) {
        end++;
      }
      window = end;
      if (isSentenceEnd(text.charAt(end - 1))) {
        return window;
      }
    }
    return window;
  }

  private boolean lookingAt(Matcher matcher, int position) {
    matcher.region(position, text.length());
    return matcher.lookingAt();
  }

  private Matcher matcher(Pattern pattern) {
    return pattern.matcher(text).useTransparentBounds(true);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == ';' || c == '…';
  }

  private static boolean isBracket(char c) {
    return c == '(' || c == ')' || c == '[' || c == ']';
  }

  /**
   * A quantity read.
   *
   * @param value its value
   * @param end the char after it
   * @param scaled whether scale words or letters multiply it ("26 millones", "$15bn")
   * @param vague whether it is only a magnitude ("hàng tỉ")
   * @param unit for a scale word standing alone ("mil millones", "millones"), the scale's value,
   *     which a number written in words before it multiplies; {@code null} otherwise
   */
  private record Quantity(
      BigDecimal value, int end, boolean scaled, boolean vague, BigDecimal unit) {
    Quantity(BigDecimal value, int end, boolean scaled, boolean vague) {
      this(value, end, scaled, vague, null);
    }

    /** This scale standing alone, {@code times} over: "dos" before "mil millones". */
    Quantity times(BigDecimal times) {
      return new Quantity(
          value.add(unit.multiply(times.subtract(BigDecimal.ONE))), end, true, false, null);
    }
  }
}
