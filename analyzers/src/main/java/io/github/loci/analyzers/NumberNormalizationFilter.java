package io.github.loci.analyzers;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeSource;

/**
 * Writes numbers the same way whatever the locale's separators: thousands separators are removed
 * and the decimal separator becomes a dot, so that Spanish "38.400", English "38,400" and "38400"
 * are one term, as are Vietnamese "3,53" and English "3.53".
 *
 * <p>Only tokens made of digit groups and separators change, and only when their shape is a number
 * in the locale: thousands groups of exactly three digits, at most one decimal separator after
 * them. Dates ("11.11.2020"), versions ("10.5.1") and identifiers keep their form.
 *
 * <p>In {@link Mode#INDEX} mode the locale's reading is the only one. In {@link Mode#QUERY} mode,
 * for query text whose locale is unknown, every reading is emitted at the same position: "38.400"
 * as both 38400 and 38.400.
 */
public final class NumberNormalizationFilter extends TokenFilter {
  /** How many readings a number gets. */
  public enum Mode {
    /** One reading, by the locale's separators. */
    INDEX,
    /** Every reading under either convention, stacked at one position. */
    QUERY
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final char decimal;
  private final Mode mode;

  /** The canonical form being built. */
  private char[] reading = new char[16];

  /** The second reading of a query number, returned next at the same position. */
  private char[] pending = new char[16];

  private int pendingLength = -1;
  private AttributeSource.State state;

  /**
   * Creates the filter.
   *
   * @param input the token stream
   * @param decimalSeparator {@code ','} (es, it, vi) or {@code '.'} (en)
   * @param mode one reading (index) or all readings (query)
   */
  public NumberNormalizationFilter(TokenStream input, char decimalSeparator, Mode mode) {
    super(input);
    if (decimalSeparator != ',' && decimalSeparator != '.') {
      throw new IllegalArgumentException("decimal separator must be ',' or '.'");
    }
    this.decimal = decimalSeparator;
    this.mode = mode;
  }

  /**
   * The filter for an analyzer's mode: one reading for indexed text, every reading for queries.
   *
   * @param input the token stream
   * @param decimalSeparator the language's decimal separator
   * @param mode the analyzer's mode
   * @return the filter
   */
  public static NumberNormalizationFilter of(
      TokenStream input, char decimalSeparator, AnalysisMode mode) {
    return new NumberNormalizationFilter(
        input, decimalSeparator, mode == AnalysisMode.QUERY ? Mode.QUERY : Mode.INDEX);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingLength >= 0) {
      restoreState(state);
      term.copyBuffer(pending, 0, pendingLength);
      pendingLength = -1;
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    // A scan of the chars, usually of the first one only, tells the words from the numbers.
    if (keyword.isKeyword() || !isNumberish(term.buffer(), term.length())) {
      return true;
    }
    final char[] buffer = term.buffer();
    final int length = term.length();
    reading = ArrayUtil.grow(reading, length);
    int first = canonical(buffer, length, decimal, reading);
    if (mode == Mode.QUERY) {
      pending = ArrayUtil.grow(pending, length);
      int second = canonical(buffer, length, decimal == ',' ? '.' : ',', pending);
      if (first < 0) {
        // The other reading is the only one.
        char[] swap = reading;
        reading = pending;
        pending = swap;
        first = second;
      } else if (second >= 0) {
        // Never equal to the first: a reading has a dot only when the token's last separator is
        // its decimal one, and none only when every separator is its thousands one.
        pendingLength = second;
      }
    }
    if (first >= 0) {
      term.copyBuffer(reading, 0, first);
      if (pendingLength >= 0) {
        state = captureState();
      }
    }
    return true;
  }

  /**
   * Whether the chars are groups of ASCII digits joined by single dots or commas, with at least one
   * separator: {@code 38.400}, {@code 3,53}, {@code 10.5.1}.
   */
  static boolean isNumberish(char[] buffer, int length) {
    if (length < 3 || !isDigit(buffer[0]) || !isDigit(buffer[length - 1])) {
      return false;
    }
    boolean separated = false;
    for (int i = 1; i < length - 1; i++) {
      char c = buffer[i];
      if (c == '.' || c == ',') {
        if (!isDigit(buffer[i - 1])) {
          return false; // two separators in a row
        }
        separated = true;
      } else if (!isDigit(c)) {
        return false;
      }
    }
    return separated;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Writes the canonical form of a token that {@link #isNumberish} accepts, read with one decimal
   * separator: thousands separators removed and the decimal separator written as a dot. Three
   * shapes are a number in that reading: thousands groups ({@code 38.400} with a decimal comma), a
   * decimal part alone ({@code 3,53}) and both ({@code 1.234,56}); a thousands group is exactly
   * three digits, after a first group of one to three.
   *
   * @param buffer the token's chars
   * @param length how many
   * @param decimalSeparator {@code ','} or {@code '.'}
   * @param out receives the canonical form; at least {@code length} long
   * @return the canonical form's length, or -1 when the token is not a number in this reading
   */
  static int canonical(char[] buffer, int length, char decimalSeparator, char[] out) {
    final char thousands = decimalSeparator == ',' ? '.' : ',';
    int separators = 0;
    int lastSeparator = -1;
    for (int i = 0; i < length; i++) {
      if (!isDigit(buffer[i])) {
        separators++;
        lastSeparator = i;
      }
    }
    final boolean decimalLast = buffer[lastSeparator] == decimalSeparator;
    if (separators == 1 && decimalLast) {
      System.arraycopy(buffer, 0, out, 0, length);
      out[lastSeparator] = '.';
      return length;
    }
    // Thousands groups, up to the end or to the decimal separator.
    final int groupsEnd = decimalLast ? lastSeparator : length;
    int n = 0;
    int group = 0;
    boolean firstGroup = true;
    for (int i = 0; i < groupsEnd; i++) {
      char c = buffer[i];
      if (isDigit(c)) {
        out[n++] = c;
        group++;
      } else if (c == thousands && (firstGroup ? group <= 3 : group == 3)) {
        firstGroup = false;
        group = 0;
      } else {
        return -1;
      }
    }
    if (firstGroup || group != 3) {
      return -1; // no thousands separator, or a last group that is not three digits
    }
    if (decimalLast) {
      out[n++] = '.';
      for (int i = lastSeparator + 1; i < length; i++) {
        out[n++] = buffer[i];
      }
    }
    return n;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingLength = -1;
    state = null;
  }
}
