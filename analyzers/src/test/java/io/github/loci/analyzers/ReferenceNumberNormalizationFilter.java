package io.github.loci.analyzers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * {@code NumberNormalizationFilter} as it was before its char-level fast paths (commit ecf270a),
 * unchanged but for its name: the oracle that {@link NumberNormalizationFilterEquivalenceTest}
 * compares the current filter with.
 */
final class ReferenceNumberNormalizationFilter extends TokenFilter {
  /** How many readings a number gets. */
  public enum Mode {
    /** One reading, by the locale's separators. */
    INDEX,
    /** Every reading under either convention, stacked at one position. */
    QUERY
  }

  private static final Pattern NUMBERISH = Pattern.compile("\\d+(?:[.,]\\d+)+");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final char decimal;
  private final Mode mode;
  private final List<String> pending = new ArrayList<>();
  private AttributeSource.State state;

  /**
   * Creates the filter.
   *
   * @param input the token stream
   * @param decimalSeparator {@code ','} (es, it, vi) or {@code '.'} (en)
   * @param mode one reading (index) or all readings (query)
   */
  ReferenceNumberNormalizationFilter(TokenStream input, char decimalSeparator, Mode mode) {
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
  static ReferenceNumberNormalizationFilter of(
      TokenStream input, char decimalSeparator, AnalysisMode mode) {
    return new ReferenceNumberNormalizationFilter(
        input, decimalSeparator, mode == AnalysisMode.QUERY ? Mode.QUERY : Mode.INDEX);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.remove(0));
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword() || !NUMBERISH.matcher(term).matches()) {
      return true;
    }
    String token = term.toString();
    Set<String> readings = new LinkedHashSet<>();
    addReading(readings, token, decimal);
    if (mode == Mode.QUERY) {
      addReading(readings, token, decimal == ',' ? '.' : ',');
    }
    if (readings.isEmpty()) {
      return true;
    }
    List<String> list = new ArrayList<>(readings);
    term.setEmpty().append(list.get(0));
    if (list.size() > 1) {
      pending.addAll(list.subList(1, list.size()));
      state = captureState();
    }
    return true;
  }

  /** The shapes of a number for one decimal separator, compiled once. */
  private record Shapes(char thousands, Pattern grouped, Pattern decimalOnly, Pattern both) {
    static Shapes of(char decimal) {
      char thousands = decimal == ',' ? '.' : ',';
      String t = Pattern.quote(String.valueOf(thousands));
      String d = Pattern.quote(String.valueOf(decimal));
      return new Shapes(
          thousands,
          Pattern.compile("\\d{1,3}(?:" + t + "\\d{3})+"),
          Pattern.compile("\\d+" + d + "\\d+"),
          Pattern.compile("\\d{1,3}(?:" + t + "\\d{3})+" + d + "\\d+"));
    }
  }

  private static final Shapes DECIMAL_COMMA = Shapes.of(',');
  private static final Shapes DECIMAL_POINT = Shapes.of('.');

  /** Adds the canonical form of {@code token} read with this decimal separator, if it is one. */
  static void addReading(Set<String> readings, String token, char decimalSeparator) {
    Shapes shapes = decimalSeparator == ',' ? DECIMAL_COMMA : DECIMAL_POINT;
    String thousands = String.valueOf(shapes.thousands());
    if (shapes.grouped().matcher(token).matches()) {
      readings.add(token.replace(thousands, ""));
    } else if (shapes.decimalOnly().matcher(token).matches()) {
      readings.add(token.replace(decimalSeparator, '.'));
    } else if (shapes.both().matcher(token).matches()) {
      readings.add(token.replace(thousands, "").replace(decimalSeparator, '.'));
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
