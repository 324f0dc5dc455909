package io.github.loci.core.amount;

import static io.github.loci.core.amount.Amounts.assertWellFormed;
import static io.github.loci.core.amount.Amounts.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.analyzers.Language;
import io.github.loci.core.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every amount of the five seed articles, and nothing else: counts, years and ids stay out. */
class AmountExtractorSeedsTest {
  private static void assertSeed(int number, Language language, String... expected) {
    String text = Seeds.seed(number).text();
    List<Amount> found = AmountExtractor.extract(text, language);
    assertEquals(List.of(expected), describe(text, found));
    assertWellFormed(text, found);
    assertEquals(found, AmountExtractor.extract(text, null), "the same with no language given");
  }

  @Test
  void testSeed000SpanishSinglesDay() {
    // Not amounts: "menos de 24 horas", "544.000 ordenes", "Summit 2020", "en 4 años".
    assertSeed(
        0,
        Language.ES,
        "US$38.400 millones = 38.4e9 USD (exact) @303",
        "cerca del 8% = ≈8 % (approximate) @587",
        "62% = 62 % (exact) @656",
        "US$1.500 millones = 1.5e9 USD (exact) @708");
  }

  @Test
  void testSeed001SpanishInvestmentAndPentagonContract() {
    // Not amounts: "COVID-19", "En 2003", "durante 10 años".
    assertSeed(
        1,
        Language.ES,
        "26 millones = 26e6 (currency unknown) (exact) @347",
        "10.000 millones de dólares = 10e9 USD (exact) @1157",
        "42 millones = 42e6 (currency unknown) (exact) @1661");
  }

  @Test
  void testSeed002ItalianServerFarm() {
    // Not amounts: "7 sedi", "1 milione di clienti", "circa 650 mila su 2 milioni e 300 mila".
    assertSeed(
        2,
        Language.IT,
        "più del 50% = ≥50 % (at least) @657",
        "17 miliardi di dollari = 17e9 USD (exact) @1097");
  }

  @Test
  void testSeed003EnglishResearchCenters() {
    // Not amounts: "16 operational data centers", "In 2015", "CC by 2.0".
    assertSeed(
        3,
        Language.EN,
        "a billion dollar = 1e9 USD (exact) @474",
        "a billion dollars = 1e9 USD (exact) @550",
        "billion dollar = 1e9 USD (exact) @855",
        "$15 billion = 15e9 USD (exact) @1550");
  }

  @Test
  void testSeed004VietnameseCloudRace() {
    // Not amounts: "Năm 2009", "hơn 500 triệu người dùng", "14 trung tâm dữ liệu",
    // "hàng triệu việc làm mới", "thứ 6", "4 năm".
    assertSeed(
        4,
        Language.VI,
        "hàng tỉ USD = ~1e9 USD (order of magnitude) @523",
        "115% = 115 % (exact) @1271",
        "254 triệu USD = 254e6 USD (exact) @1427",
        "1 tỷ USD = 1e9 USD (exact) @1491",
        "3,53 tỷ USD = 3.53e9 USD (exact) @1619",
        "14 tỷ USD = 14e9 USD (exact) @1642",
        "10 tỷ USD = 10e9 USD (exact) @1691",
        "hơn 40% = ≥40 % (at least) @2055",
        "49 triệu USD = 49e6 USD (exact) @3807",
        "115% = 115 % (exact) @3906",
        "215 triệu USD = 215e6 USD (exact) @3946",
        "3,53 tỷ USD = 3.53e9 USD (exact) @4018");
  }
}
