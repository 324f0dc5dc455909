package io.github.loci.core.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountTest {
  private static Amount money(double value, String currency, Qualifier qualifier) {
    return new Amount(AmountKind.MONEY, value, Optional.ofNullable(currency), qualifier, 0, 1);
  }

  @Test
  void testToStringIsCompact() {
    assertEquals("38.4e9 USD", money(38.4e9, "USD", Qualifier.EXACT).toString());
    assertEquals("26e6 (currency unknown)", money(26e6, null, Qualifier.EXACT).toString());
    assertEquals("3.53e9 USD", money(3.53e9, "USD", Qualifier.EXACT).toString());
    assertEquals("~1e9 USD", money(1e9, "USD", Qualifier.ORDER_OF_MAGNITUDE).toString());
    assertEquals("≈1.5e3 EUR", money(1500, "EUR", Qualifier.APPROXIMATE).toString());
    assertEquals("≤500 GBP", money(500, "GBP", Qualifier.AT_MOST).toString());
    Amount percent = new Amount(AmountKind.PERCENT, 40, Optional.empty(), Qualifier.AT_LEAST, 0, 7);
    assertEquals("≥40 %", percent.toString());
    assertEquals(
        "3.5 %",
        new Amount(AmountKind.PERCENT, 3.5, Optional.empty(), Qualifier.EXACT, 0, 4).toString());
  }

  @Test
  void testQualifierLabels() {
    assertEquals("exact", Qualifier.EXACT.label());
    assertEquals("approximate", Qualifier.APPROXIMATE.label());
    assertEquals("at least", Qualifier.AT_LEAST.label());
    assertEquals("at most", Qualifier.AT_MOST.label());
    assertEquals("order of magnitude", Qualifier.ORDER_OF_MAGNITUDE.label());
  }

  @Test
  void testTextIsTheSpan() {
    String text = "hơn 40% thị phần";
    Amount amount = new Amount(AmountKind.PERCENT, 40, Optional.empty(), Qualifier.AT_LEAST, 0, 7);
    assertEquals("hơn 40%", amount.text(text));
  }

  @Test
  void testBadComponentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> money(Double.NaN, "USD", Qualifier.EXACT));
    assertThrows(IllegalArgumentException.class, () -> money(-1, "USD", Qualifier.EXACT));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Amount(AmountKind.MONEY, 1, Optional.empty(), Qualifier.EXACT, 3, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Amount(AmountKind.PERCENT, 1, Optional.of("USD"), Qualifier.EXACT, 0, 2));
    assertThrows(
        NullPointerException.class,
        () -> new Amount(AmountKind.MONEY, 1, null, Qualifier.EXACT, 0, 2));
  }
}
