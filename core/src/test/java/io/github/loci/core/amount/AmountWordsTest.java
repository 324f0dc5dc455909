package io.github.loci.core.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The amount words of each language, read from their resources ({@code es.words}, ...). */
class AmountWordsTest {
  @Test
  void readsEachLanguagesResource() {
    AmountWords es = AmountWords.of(Language.ES);
    assertEquals(NumberStyle.DECIMAL_COMMA, es.numbers);
    assertEquals(new BigDecimal("1e9"), es.scales.get("mil millones"));
    assertEquals(new BigDecimal("1e9"), es.bareScales.get("mil millones"));
    assertEquals("USD", es.currencies.get("dólares estadounidenses"));
    assertEquals(Qualifier.AT_LEAST, es.qualifiers.get("más de"));
    // A kind over several lines: the last Spanish money cue is on the list's last line.
    assertTrue(es.moneyCues.containsAll(List.of("inversión", "pesos")), es.moneyCues.toString());
    AmountWords en = AmountWords.of(Language.EN);
    assertEquals(NumberStyle.DECIMAL_POINT, en.numbers);
    assertEquals(new BigDecimal("1e9"), en.gluedScales.get("bn"));
    AmountWords vi = AmountWords.of(Language.VI);
    assertEquals("VND", vi.currencySymbols.get("đ"));
    assertEquals("hàng", vi.magnitudeMarker);
    assertEquals("CNY", vi.currencies.get("yuan"));
    assertEquals("CNY", vi.currencies.get("nhân dân tệ"));
    assertEquals(new BigDecimal("100"), AmountWords.of(Language.IT).multipliers.get("centinaia"));
  }

  @Test
  void aMalformedLineIsAnErrorNamingTheResourceAndLine() {
    assertError("line 3: unknown kind 'scales'", "numbers: decimal-point\n\nscales 1e3: k");
    assertError("line 2: unknown kind 'money_cues'", "numbers: decimal-point\nmoney_cues: cash");
    assertError("line 2: unknown kind 'SCALE'", "numbers: decimal-point\nSCALE 1e3: k");
    assertError("line 2: no ':'", "numbers: decimal-point\nones a");
    assertError("line 2: scale needs a value", "numbers: decimal-point\nscale: thousand");
    assertError("line 2: ones takes no value", "numbers: decimal-point\nones 1: a");
    assertError("line 2: ", "numbers: decimal-point\nscale thousand: k");
    assertError("line 2: not a scale: mil", "numbers: decimal-comma\nbare: mil");
    assertError("line 2: an empty word", "numbers: decimal-comma\nlinks: de || di");
    assertError(
        "line 2: magnitude-marker takes one word",
        "numbers: decimal-comma\nmagnitude-marker: a | b");
    assertError("line 1: the first line must be numbers", "ones: a\nnumbers: decimal-comma");
    assertError("line 1: ", "numbers: decimal-dot");
    assertError("xx.words: empty", "# nothing\n");
    assertError("line 2: not a currency code", "numbers: decimal-point\ncurrency usd: dollar");
    assertError("line 3: numbers only on the first line", "numbers: decimal-point\n#\nnumbers: x");
  }

  private static void assertError(String expected, String text) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> AmountWords.parse("xx.words", text));
    assertTrue(e.getMessage().startsWith("amount words xx.words"), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
