package io.github.loci.core.amount;

import static io.github.loci.core.amount.Amounts.assertAmounts;
import static io.github.loci.core.amount.Amounts.assertNone;
import static io.github.loci.core.amount.Amounts.money;
import static io.github.loci.core.amount.Amounts.percent;

import io.github.loci.analyzers.Language;
import org.junit.jupiter.api.Test;

class AmountExtractorItalianTest {
  private static final Language IT = Language.IT;

  @Test
  void testMiliardiDiDollari() {
    String text = "la cifra record di 17 miliardi di dollari di merci movimentate";
    assertAmounts(text, IT, money(text, "17 miliardi di dollari", 17e9, "USD"));
  }

  @Test
  void testMezzoMiliardo() {
    String text = "un investimento da mezzo miliardo di euro";
    assertAmounts(text, IT, money(text, "mezzo miliardo di euro", 5e8, "EUR"));
  }

  @Test
  void testANumberWrittenAsOneWordBeforeAScale() {
    // ICU parts "cinquecento" with soft hyphens and reads it whole only in its lenient mode: it
    // was read as an order of magnitude (about a million).
    String five = "un piano da cinquecento milioni di euro";
    assertAmounts(five, IT, money(five, "cinquecento milioni di euro", 500e6, "EUR"));
    String twentyFive = "venticinque milioni di dollari";
    assertAmounts(twentyFive, IT, money(twentyFive, twentyFive, 25e6, "USD"));
    String threeThousand = "tremila miliardi di dollari";
    assertAmounts(threeThousand, IT, money(threeThousand, threeThousand, 3e12, "USD"));
  }

  @Test
  void testClientsJoinedByEAreCountsNotAmounts() {
    assertNone("(attualmente sono circa 650 mila su 2 milioni e 300 mila complessivi)", IT);
  }

  @Test
  void testPartsJoinedByEAreOneNumber() {
    String text = "un investimento di 2 milioni e 300 mila euro";
    assertAmounts(text, IT, money(text, "2 milioni e 300 mila euro", 2.3e6, "EUR"));
  }

  @Test
  void testOneMillionClientsIsACount() {
    assertNone("Alibaba punta ad avere 1 milione di clienti business", IT);
  }

  @Test
  void testPiuDelIsAtLeast() {
    String text = "controllano più del 50% del mercato del cloud";
    assertAmounts(text, IT, percent(text, "più del 50%", 50, Qualifier.AT_LEAST));
  }

  @Test
  void testOltreIlIsAtLeast() {
    String text = "una crescita oltre il 30% e oltre l’8% in Europa";
    assertAmounts(
        text,
        IT,
        percent(text, "oltre il 30%", 30, Qualifier.AT_LEAST),
        percent(text, "oltre l’8%", 8, Qualifier.AT_LEAST));
  }

  @Test
  void testCircaIsApproximate() {
    String text = "circa 3 miliardi di euro";
    assertAmounts(
        text, IT, money(text, "circa 3 miliardi di euro", 3e9, "EUR", Qualifier.APPROXIMATE));
  }

  @Test
  void testQuasiIsApproximate() {
    String text = "quasi il 10 per cento";
    assertAmounts(text, IT, percent(text, "quasi il 10 per cento", 10, Qualifier.APPROXIMATE));
  }

  @Test
  void testMenoDelIsAtMost() {
    String text = "meno del 5% dei ricavi";
    assertAmounts(text, IT, percent(text, "meno del 5%", 5, Qualifier.AT_MOST));
  }

  @Test
  void testMenoDiIsAtMost() {
    String text = "meno di 2 milioni di euro";
    assertAmounts(
        text, IT, money(text, "meno di 2 milioni di euro", 2e6, "EUR", Qualifier.AT_MOST));
  }

  @Test
  void testFinoAIsAtMost() {
    String text = "fino a 20 milioni di euro";
    assertAmounts(
        text, IT, money(text, "fino a 20 milioni di euro", 20e6, "EUR", Qualifier.AT_MOST));
  }

  @Test
  void testPerCentoIsAPercentage() {
    String text = "una quota di 50 per cento";
    assertAmounts(text, IT, percent(text, "50 per cento", 50, Qualifier.EXACT));
  }

  @Test
  void testRevenueWithoutCurrencyIsMoneyOfUnknownCurrency() {
    String text = "un fatturato di 3,2 miliardi nel 2016";
    assertAmounts(text, IT, money(text, "3,2 miliardi", 3.2e9, null));
  }

  @Test
  void testMilaMiliardiIsTenToTheTwelfth() {
    String text = "un debito di 2 mila miliardi di euro";
    assertAmounts(text, IT, money(text, "2 mila miliardi di euro", 2e12, "EUR"));
  }

  @Test
  void testUnMiliardo() {
    String text = "vale un miliardo di dollari";
    assertAmounts(text, IT, money(text, "un miliardo di dollari", 1e9, "USD"));
  }

  @Test
  void testCentinaiaDiMilioniIsAnOrderOfMagnitude() {
    String text = "spende centinaia di milioni di euro";
    assertAmounts(
        text,
        IT,
        money(text, "centinaia di milioni di euro", 1e8, "EUR", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testSterline() {
    String text = "5 milioni di sterline";
    assertAmounts(text, IT, money(text, "5 milioni di sterline", 5e6, "GBP"));
  }

  @Test
  void testDotThousandsAndEuroSign() {
    String text = "costa 1.299 euro, o €1.299,50";
    assertAmounts(
        text, IT, money(text, "1.299 euro", 1299, "EUR"), money(text, "€1.299,50", 1299.5, "EUR"));
  }

  @Test
  void testANumberInWordsMultipliesTheScaleAfterIt() {
    String text = "un investimento di dieci mille euro";
    assertAmounts(text, IT, money(text, "dieci mille euro", 1e4, "EUR"));
  }

  @Test
  void testEMezzo() {
    String text = "due milioni e mezzo di euro, un miliardo e mezzo di euro";
    assertAmounts(
        text,
        IT,
        money(text, "due milioni e mezzo di euro", 2.5e6, "EUR"),
        money(text, "un miliardo e mezzo di euro", 1.5e9, "EUR"));
  }
}
