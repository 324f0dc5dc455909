package io.github.loci.core.amount;

import static io.github.loci.core.amount.Amounts.assertAmounts;
import static io.github.loci.core.amount.Amounts.assertNone;
import static io.github.loci.core.amount.Amounts.money;
import static io.github.loci.core.amount.Amounts.percent;

import io.github.loci.analyzers.Language;
import org.junit.jupiter.api.Test;

class AmountExtractorSpanishTest {
  private static final Language ES = Language.ES;

  @Test
  void testMedioMillon() {
    String text = "una inversión de medio millón de dólares y medio billón de pesos colombianos";
    assertAmounts(
        text,
        ES,
        money(text, "medio millón de dólares", 5e5, "USD"),
        money(text, "medio billón de pesos colombianos", 5e11, "COP"));
  }

  @Test
  void testAHardWrappedLineDoesNotEndAnAmount() {
    String text = "invirtió 300\r\nmillones de dólares en la nube";
    assertAmounts(text, ES, money(text, "300\r\nmillones de dólares", 300e6, "USD"));
  }

  @Test
  void testUsDollarSignWithDotThousandsAndMillones() {
    String text = "vender en menos de 24 horas US$38.400 millones, alcanzando";
    assertAmounts(text, ES, money(text, "US$38.400 millones", 38.4e9, "USD"));
  }

  @Test
  void testMillonesDeDolares() {
    String text = "detener un contrato de 10.000 millones de dólares de Microsoft";
    assertAmounts(text, ES, money(text, "10.000 millones de dólares", 10e9, "USD"));
  }

  @Test
  void testOneAndAHalfBillionWrittenAsMillones() {
    String text = "derivó en una facturación de US$1.500 millones, impulsada";
    assertAmounts(text, ES, money(text, "US$1.500 millones", 1.5e9, "USD"));
  }

  @Test
  void testInvestmentWithoutCurrencyIsMoneyOfUnknownCurrency() {
    String text = "ha realizado una inversión de 26 millones que repartirá en tres años";
    assertAmounts(text, ES, money(text, "26 millones", 26e6, null));
  }

  @Test
  void testWordsTypedWithoutTheirAccentsReadAsWithThem() {
    String text = "LA INVERSION FUE DE 26 MILLONES en la región";
    assertAmounts(text, ES, money(text, "26 MILLONES", 26e6, null));
    String more = "la inversion fue como minimo 5 millones de dolares";
    assertAmounts(
        more, ES, money(more, "como minimo 5 millones de dolares", 5e6, "USD", Qualifier.AT_LEAST));
  }

  @Test
  void testAnUnaccentedFormThatIsAnotherWordMakesNoMoney() {
    // "perdida(s)" is "lost" as well as "pérdida" (loss) typed without its accent: not a cue.
    assertNone("La guerra dejó 3 millones de vidas perdidas.", ES);
    assertNone("Una generación perdida: 2 millones de jóvenes sin empleo.", ES);
  }

  @Test
  void testFullwidthDigitsAndSignsReadAsAscii() {
    String text = "vender US$ ３８.４００ millones y crecer un ４０％";
    assertAmounts(
        text,
        ES,
        money(text, "US$ ３８.４００ millones", 38.4e9, "USD"),
        percent(text, "４０％", 40, Qualifier.EXACT));
    String sign = "ＵＳ＄38.400 millones";
    assertAmounts(sign, ES, money(sign, "ＵＳ＄38.400 millones", 38.4e9, "USD"));
  }

  @Test
  void testBailAfterTheNumberMakesItMoney() {
    String text = "Amazon tendrá que depositar 42 millones como fianza. Dinero que se entregará";
    assertAmounts(text, ES, money(text, "42 millones", 42e6, null));
  }

  @Test
  void testOrdersAreCountsNotAmounts() {
    assertNone("alcanzando hasta 544.000 órdenes en un segundo", ES);
  }

  @Test
  void testScaledCountWithoutMoneyWordIsNoAmount() {
    assertNone("la capital recibió 26 millones de turistas", ES);
  }

  @Test
  void testMoneyWordInAnotherSentenceDoesNotCount() {
    assertNone("Llegaron 26 millones. La inversión fue menor", ES);
  }

  @Test
  void testCercaDelIsApproximate() {
    String text = "que aporta cerca del 8% a los ingresos totales";
    assertAmounts(text, ES, percent(text, "cerca del 8%", 8, Qualifier.APPROXIMATE));
  }

  @Test
  void testPercentSignAfterDe() {
    String text = "con un crecimiento de 62% el año pasado";
    assertAmounts(text, ES, percent(text, "62%", 62, Qualifier.EXACT));
  }

  @Test
  void testPorCientoIsAPercentage() {
    String text = "un crecimiento de 62 por ciento";
    assertAmounts(text, ES, percent(text, "62 por ciento", 62, Qualifier.EXACT));
  }

  @Test
  void testDecimalCommaInPercentage() {
    String text = "una cuota de 3,5 % del mercado";
    assertAmounts(text, ES, percent(text, "3,5 %", 3.5, Qualifier.EXACT));
  }

  @Test
  void testMasDeIsAtLeast() {
    String text = "controlan más del 40% del mercado";
    assertAmounts(text, ES, percent(text, "más del 40%", 40, Qualifier.AT_LEAST));
  }

  @Test
  void testCasiIsApproximate() {
    String text = "casi el 10% de las ventas";
    assertAmounts(text, ES, percent(text, "casi el 10%", 10, Qualifier.APPROXIMATE));
  }

  @Test
  void testAlrededorDeIsApproximate() {
    String text = "alrededor de US$5 millones";
    assertAmounts(
        text, ES, money(text, "alrededor de US$5 millones", 5e6, "USD", Qualifier.APPROXIMATE));
  }

  @Test
  void testMenosDeIsAtMost() {
    String text = "menos de 5% de la población";
    assertAmounts(text, ES, percent(text, "menos de 5%", 5, Qualifier.AT_MOST));
  }

  @Test
  void testHastaIsAtMost() {
    String text = "podría pagar hasta 300 millones de euros";
    assertAmounts(
        text, ES, money(text, "hasta 300 millones de euros", 300e6, "EUR", Qualifier.AT_MOST));
  }

  @Test
  void testMilMillonesIsABillion() {
    String text = "una inversión de mil millones de dólares";
    assertAmounts(text, ES, money(text, "mil millones de dólares", 1e9, "USD"));
  }

  @Test
  void testNumberBeforeMilMillones() {
    String text = "recaudó 2,5 mil millones de euros";
    assertAmounts(text, ES, money(text, "2,5 mil millones de euros", 2.5e9, "EUR"));
  }

  @Test
  void testBillonIsTenToTheTwelfthInSpanish() {
    String text = "una deuda de 3 billones de pesos colombianos";
    assertAmounts(text, ES, money(text, "3 billones de pesos colombianos", 3e12, "COP"));
  }

  @Test
  void testUnMillon() {
    String text = "pagó un millón de dólares";
    assertAmounts(text, ES, money(text, "un millón de dólares", 1e6, "USD"));
  }

  @Test
  void testMilesDeMillonesIsAnOrderOfMagnitude() {
    String text = "invierten miles de millones de dólares en la nube";
    assertAmounts(
        text,
        ES,
        money(text, "miles de millones de dólares", 1e9, "USD", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testSpaceGroupsThousands() {
    String text = "38 400 millones de euros y 1\u00A0500 euros y 2\u202F000 euros";
    assertAmounts(
        text,
        ES,
        money(text, "38 400 millones de euros", 38.4e9, "EUR"),
        money(text, "1\u00A0500 euros", 1500, "EUR"),
        money(text, "2\u202F000 euros", 2000, "EUR"));
  }

  @Test
  void testPartsJoinedByY() {
    String text = "un contrato de 2 millones y 300 mil euros";
    assertAmounts(text, ES, money(text, "2 millones y 300 mil euros", 2.3e6, "EUR"));
  }

  @Test
  void testCurrencyNamesAfterTheNumber() {
    String text = "500 dólares, 20 euros, 30 libras esterlinas, 40 yuanes";
    assertAmounts(
        text,
        ES,
        money(text, "500 dólares", 500, "USD"),
        money(text, "20 euros", 20, "EUR"),
        money(text, "30 libras esterlinas", 30, "GBP"),
        money(text, "40 yuanes", 40, "CNY"));
  }

  @Test
  void testDatesYearsAndTimesAreNotAmounts() {
    assertNone("El 11.11.2019 a las 10:30, en 2015, el 11 de noviembre, Summit 2020", ES);
  }

  @Test
  void testACurrencyWordAfterTheNumberStaysItsWhenANumberFollows() {
    String text = "costaba 500 euros 3 veces más";
    assertAmounts(text, Language.ES, money(text, "500 euros", 500, "EUR"));
  }

  @Test
  void testACountAfterAJoinerIsNotAddedToTheSum() {
    String text = "una inversión de US$5 mil millones y 300 mil empleos";
    assertAmounts(text, Language.ES, money(text, "US$5 mil millones", 5e9, "USD"));
  }

  @Test
  void testANumberInWordsMultipliesTheScaleAfterIt() {
    // Read as the scale alone before: "dos mil millones de dólares" was 1e9, and exact.
    String text = "una inversión de dos mil millones de dólares";
    assertAmounts(text, Language.ES, money(text, "dos mil millones de dólares", 2e9, "USD"));
    String euros = "costó cinco mil euros";
    assertAmounts(euros, Language.ES, money(euros, "cinco mil euros", 5e3, "EUR"));
    String vague = "una inversión de tres millones de euros";
    assertAmounts(vague, Language.ES, money(vague, "tres millones de euros", 3e6, "EUR"));
    String words = "un contrato de treinta y dos mil millones de dólares";
    assertAmounts(
        words, Language.ES, money(words, "treinta y dos mil millones de dólares", 32e9, "USD"));
  }

  @Test
  void testACodeBeforeAPlainNumberStaysThePreviousNumbers() {
    String text = "Pagó 1.500 USD 3 veces al año.";
    assertAmounts(text, Language.ES, money(text, "1.500 USD", 1500, "USD"));
  }

  @Test
  void testAPartJoinedBeforeDeStaysInTheSum() {
    // What follows "de" may be money the lexicon does not list ("soles") as well as a count.
    String text = "una inversión de 2 mil millones y 500 millones de soles";
    assertAmounts(text, Language.ES, money(text, "2 mil millones y 500 millones", 2.5e9, null));
  }

  @Test
  void testSpelledNumbersBeforeANounAndWithoutAccents() {
    String text = "una inversión de veintiún millones de dólares";
    assertAmounts(text, Language.ES, money(text, "veintiún millones de dólares", 21e6, "USD"));
    String plain = "una inversión de veintidos millones de dólares";
    assertAmounts(plain, Language.ES, money(plain, "veintidos millones de dólares", 22e6, "USD"));
  }

  @Test
  void testYMedio() {
    String text = "dos millones y medio de euros y un millón y medio de dólares";
    assertAmounts(
        text,
        ES,
        money(text, "dos millones y medio de euros", 2.5e6, "EUR"),
        money(text, "un millón y medio de dólares", 1.5e6, "USD"));
    String more = "2 millones y medio de euros, tres mil millones y medio de euros";
    assertAmounts(
        more,
        ES,
        money(more, "2 millones y medio de euros", 2.5e6, "EUR"),
        money(more, "tres mil millones y medio de euros", 3.5e9, "EUR"));
    String after = "US$2 millones y medio aproximadamente";
    assertAmounts(after, ES, money(after, "US$2 millones y medio", 2.5e6, "USD"));
  }
}
