package io.github.loci.core.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberStyle}; named after the package's tests so that {@code -Dtest='Amount*'} runs it.
 */
class AmountNumberStyleTest {
  private static void assertReads(NumberStyle style, String numeral, String expected) {
    BigDecimal value = style.read(numeral);
    assertEquals(
        new BigDecimal(expected).stripTrailingZeros(), value.stripTrailingZeros(), numeral);
  }

  @Test
  void testDecimalCommaStyle() {
    NumberStyle es = NumberStyle.DECIMAL_COMMA;
    assertReads(es, "38.400", "38400");
    assertReads(es, "3,53", "3.53");
    assertReads(es, "1.500.000,25", "1500000.25");
    assertReads(es, "38 400", "38400");
    assertReads(es, "38\u00A0400,5", "38400.5");
    assertReads(es, "1,500", "1.5");
    assertReads(es, "0.500", "0.5");
  }

  @Test
  void testDecimalPointStyle() {
    NumberStyle en = NumberStyle.DECIMAL_POINT;
    assertReads(en, "1,500", "1500");
    assertReads(en, "1.500", "1.5");
    assertReads(en, "1,500,000.25", "1500000.25");
    assertReads(en, "15.5", "15.5");
    assertReads(en, "38\u202F400", "38400");
  }

  @Test
  void testSeparatorThatCannotGroupIsDecimalInEitherStyle() {
    assertReads(NumberStyle.DECIMAL_POINT, "3,53", "3.53");
    assertReads(NumberStyle.DECIMAL_COMMA, "3.5", "3.5");
    assertReads(NumberStyle.DECIMAL_COMMA, "1,500,000", "1500000");
  }

  @Test
  void testInconsistentSeparatorsDoNotRead() {
    assertNull(NumberStyle.DECIMAL_COMMA.read("1.500.5"));
    assertNull(NumberStyle.DECIMAL_POINT.read("1,50,000"));
    assertNull(NumberStyle.DECIMAL_COMMA.read("1.500,000.5"));
  }
}
