package io.github.loci.core.amount;

import static io.github.loci.core.amount.Amounts.assertAmounts;
import static io.github.loci.core.amount.Amounts.assertNone;
import static io.github.loci.core.amount.Amounts.assertWellFormed;
import static io.github.loci.core.amount.Amounts.money;
import static io.github.loci.core.amount.Amounts.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.Seeds;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AmountExtractorTest {
  @Test
  void testAWordedRangeWhoseFirstEndHasNoScaleIsLeftOut() {
    // The scale after the second end is both ends': read apart, "US$1.000" was 1,000 dollars and
    // "2 billion dollars" one end of the range, marked exact.
    assertNone("entre US$1.000 y US$2.000 millones", Language.ES);
    assertNone("between 1 and 2 billion dollars", Language.EN);
    assertNone("tra i 300 e i 500 milioni di euro", Language.IT);
    assertNone("từ 1 đến 2 tỷ USD", Language.VI);
    assertNone("entre el 10 y el 15%", null);
    // Ends that carry their own scales are two amounts, each right.
    String both = "between $1bn and $2bn";
    assertAmounts(
        both, Language.EN, money(both, "$1bn", 1e9, "USD"), money(both, "$2bn", 2e9, "USD"));
    // Ends without a scale are each right ("between $50 and $60"); a qualifier before the first
    // end is still a range; a word of three capitals is no currency code ("May 5").
    String prices = "shares traded between $50 and $60 each";
    assertAmounts(
        prices, Language.EN, money(prices, "$50", 50, "USD"), money(prices, "$60", 60, "USD"));
    assertNone("between about 1 and 2 billion dollars", Language.EN);
    String may = "Between May 5 and $10 billion of bonds matured";
    assertAmounts(may, Language.EN, money(may, "$10 billion", 10e9, "USD"));
    // A year and an amount after a comma are no range.
    String years = "between 2019 and 2021, revenue of $5 billion";
    assertAmounts(years, Language.EN, money(years, "$5 billion", 5e9, "USD"));
  }

  /** Every language, and null for an unknown one. */
  private static final List<Language> LANGUAGES =
      new ArrayList<>(Arrays.asList(Language.ES, Language.IT, Language.EN, Language.VI, null));

  /** Pieces of amounts and of what surrounds them, for random strings that nearly read. */
  private static final String[] PIECES = {
    "US$",
    "$",
    "€",
    "£",
    "¥",
    "₫",
    "đ",
    "đồng",
    "USD",
    "EUR",
    "1",
    "38",
    "400",
    "3",
    "0",
    "9",
    ".",
    ",",
    " ",
    " ",
    "\u00A0",
    "\u202F",
    "\t",
    "\n",
    "-",
    "%",
    "millones",
    "mil",
    "de",
    "dólares",
    "miliardi",
    "di",
    "dollari",
    "e",
    "y",
    "and",
    "tỷ",
    "tỉ",
    "triệu",
    "nghìn",
    "hàng",
    "billion",
    "billions",
    "of",
    "a",
    "un",
    "một",
    "bn",
    "m",
    "per cento",
    "phần trăm",
    "percent",
    "più del",
    "hơn",
    "more than",
    "cerca del",
    "l’",
    "inversión",
    "revenue",
    "đầu tư",
    "fianza",
    "İ",
    "ſ",
    "K",
    "\u0301",
    "\u0323",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "(",
    ")",
    "“",
    "#",
    "COVID-",
    "2015",
    "2.0",
    "11.11.2019",
    "10:30"
  };

  @Test
  void testNullOrEmptyTextHasNoAmounts() {
    for (Language language : LANGUAGES) {
      assertEquals(List.of(), AmountExtractor.extract(null, language));
      assertEquals(List.of(), AmountExtractor.extract("", language));
    }
  }

  @Test
  void testPlainNumbersAreNeverAmounts() {
    for (Language language : LANGUAGES) {
      assertNone("En 2009, 14 centros, 8 fuera, 1.234 y 3,5 y 1,500 y 12345", language);
    }
  }

  @Test
  void testAmountsComeInTextOrder() {
    String text = "El 8% y luego US$1.500 millones y el 62 por ciento";
    assertAmounts(
        text,
        Language.ES,
        percent(text, "8%", 8, Qualifier.EXACT),
        money(text, "US$1.500 millones", 1.5e9, "USD"),
        percent(text, "62 por ciento", 62, Qualifier.EXACT));
  }

  @Test
  void testUnknownLanguageUsesTheLanguageThatReadsMore() {
    String spanish = "vender US$38.400 millones, cerca del 8%";
    assertAmounts(
        spanish,
        null,
        money(spanish, "US$38.400 millones", 38.4e9, "USD"),
        percent(spanish, "cerca del 8%", 8, Qualifier.APPROXIMATE));
    String vietnamese = "đạt 3,53 tỷ USD, hơn 40%";
    assertAmounts(
        vietnamese,
        null,
        money(vietnamese, "3,53 tỷ USD", 3.53e9, "USD"),
        percent(vietnamese, "hơn 40%", 40, Qualifier.AT_LEAST));
    String english = "a $15 billion investment";
    assertAmounts(english, null, money(english, "$15 billion", 15e9, "USD"));
  }

  @Test
  void testUnknownLanguageLeavesOutWhatLanguagesReadDifferently() {
    // 1500 dollars in Spanish, 1.5 in English; "3,5%" reads the same in every language.
    String text = "$1.500 y 3,5%";
    assertAmounts(text, null, percent(text, "3,5%", 3.5, Qualifier.EXACT));
  }

  @Test
  void testDecomposedSeedReadsAsComposed() {
    String nfc = Seeds.seed(4).text();
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    List<Amount> composed = AmountExtractor.extract(nfc, Language.VI);
    List<Amount> decomposed = AmountExtractor.extract(nfd, Language.VI);
    assertEquals(composed.size(), decomposed.size());
    for (int i = 0; i < composed.size(); i++) {
      Amount c = composed.get(i);
      Amount d = decomposed.get(i);
      assertEquals(c.toString(), d.toString());
      assertEquals(
          c.text(nfc), Normalizer.normalize(d.text(nfd), Normalizer.Form.NFC), "offsets map back");
    }
  }

  @Test
  void testResultCannotBeModified() {
    List<Amount> amounts = AmountExtractor.extract("115%", Language.VI);
    assertThrows(UnsupportedOperationException.class, amounts::clear);
  }

  @Test
  void testRandomStringsNeverThrow() {
    Random random = new Random(20240611);
    for (int round = 0; round < 10_000; round++) {
      String text = randomText(random);
      for (Language language : LANGUAGES) {
        List<Amount> amounts = AmountExtractor.extract(text, language);
        assertWellFormed(text, amounts);
      }
    }
  }

  @Test
  void testLongRunsOfDigitsAndSeparatorsNeverThrow() {
    String[] units = {
      "1.111",
      "1,111",
      "1 111",
      "9",
      "US$1.",
      "tỷ ",
      "hàng ",
      "millones de ",
      "%",
      " ",
      "a",
      "revenue 1 billion "
    };
    for (String unit : units) {
      String text = unit.repeat(10_000);
      for (Language language : LANGUAGES) {
        assertWellFormed(text, AmountExtractor.extract(text, language));
      }
    }
  }

  @Test
  void testConcurrentExtractionsAgree() throws Exception {
    List<String> texts = Seeds.all().stream().map(s -> s.text()).toList();
    List<List<Amount>> expected =
        texts.stream().map(t -> AmountExtractor.extract(t, null)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 40; task++) {
        int i = task % texts.size();
        results.add(
            pool.submit(() -> expected.get(i).equals(AmountExtractor.extract(texts.get(i), null))));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(8) == 0) {
        text.append((char) random.nextInt(Character.MAX_VALUE + 1));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }
}
