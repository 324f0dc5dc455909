package io.github.loci.core.amount;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A money amount or a percentage found in a text.
 *
 * <p>{@code toString()} is compact: {@code 38.4e9 USD}, {@code 26e6 (currency unknown)}, {@code ≥40
 * %}, {@code ~1e9 USD} (an order of magnitude).
 *
 * @param kind money or percentage
 * @param value the value in units: {@code 38.4e9} for "US$38.400 millones", {@code 115.0} for
 *     "115%"; for an {@link Qualifier#ORDER_OF_MAGNITUDE order of magnitude} the magnitude itself
 *     ({@code 1e9} for "billions of dollars")
 * @param currency the ISO 4217 code, such as {@code "USD"}; empty for a percentage and for money
 *     whose currency the text does not name ("una inversión de 26 millones")
 * @param qualifier exact, approximate, a bound, or an order of magnitude
 * @param start first char of the whole expression (qualifier words and currency included), a UTF-16
 *     index into the text given to {@link AmountExtractor#extract}
 * @param end the char after the expression, exclusive
 */
public record Amount(
    AmountKind kind,
    double value,
    Optional<String> currency,
    Qualifier qualifier,
    int start,
    int end) {

  /** Validates the components: a finite, non-negative value, a span, no currency on a percent. */
  public Amount {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(qualifier, "qualifier");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("bad amount value " + value);
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad amount span [" + start + ", " + end + ")");
    }
    if (kind == AmountKind.PERCENT && currency.isPresent()) {
      throw new IllegalArgumentException("a percentage has no currency: " + currency.get());
    }
  }

  /**
   * Returns the expression as written.
   *
   * @param text the text the span refers to
   * @return {@code text.subSequence(start, end)} as a string
   */
  public String text(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public String toString() {
    String sign = qualifier.symbol();
    if (kind == AmountKind.PERCENT) {
      return sign + plain(value) + " %";
    }
    return sign + scientific(value) + " " + currency.orElse("(currency unknown)");
  }

  /** {@code 115.0} as "115", {@code 3.53} as "3.53". */
  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Values of a thousand and more with an exponent that is a multiple of 3: "38.4e9", "26e6". */
  private static String scientific(double value) {
    if (value < 1000) {
      return plain(value);
    }
    BigDecimal decimal = BigDecimal.valueOf(value);
    int exponent = decimal.precision() - decimal.scale() - 1;
    exponent -= exponent % 3;
    BigDecimal mantissa =
        decimal.movePointLeft(exponent).round(MathContext.DECIMAL64).stripTrailingZeros();
    return mantissa.toPlainString() + "e" + exponent;
  }
}
