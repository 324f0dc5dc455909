package io.github.loci.core.amount;

import static io.github.loci.core.amount.Amounts.assertAmounts;
import static io.github.loci.core.amount.Amounts.assertNone;
import static io.github.loci.core.amount.Amounts.money;
import static io.github.loci.core.amount.Amounts.percent;

import io.github.loci.analyzers.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountExtractorEnglishTest {
  private static final Language EN = Language.EN;

  @Test
  void testDollarSignAndBillion() {
    String text = "the company announced a whopping $15 billion investment this week";
    assertAmounts(text, EN, money(text, "$15 billion", 15e9, "USD"));
  }

  @Test
  void testAHardWrappedLineDoesNotEndAnAmount() {
    for (String wrap : List.of("\n", "\r\n", " \n ", "\u2028")) {
      String text = "Alibaba invested 300" + wrap + "million dollars in the cloud";
      assertAmounts(text, EN, money(text, "300" + wrap + "million dollars", 300e6, "USD"));
    }
    String currency = "it raised 5 billion\ndollars";
    assertAmounts(currency, EN, money(currency, "5 billion\ndollars", 5e9, "USD"));
    // A blank line ends it: the scale word then begins a paragraph of its own.
    String paragraph = "Alibaba invested 300\n\nmillion dollars in the cloud";
    assertAmounts(paragraph, EN, money(paragraph, "million dollars", 1e6, "USD"));
    // So does a line that starts with a capital: a heading, a table's row.
    assertNone("Chapter 12\nDollar weakness", EN);
    assertNone("Step 2\r\nEuro zone countries", EN);
    assertNone("Page 4\nUSD strengthened", EN);
    assertNone("Revenue 2019 2020\nBillion euros", EN);
    // A number that did not read keeps its scale word from standing alone, across a break too.
    for (String wrap : List.of("\n", "\r\n", " \n ", " ".repeat(20) + "\n\t")) {
      assertNone("sales of 2019-20" + wrap + "billions of dollars", EN);
    }
    // Text padded to a fixed width: runs of spaces around the break.
    String padded = "invested 300" + " ".repeat(20) + "\nmillion dollars";
    assertAmounts(padded, EN, money(padded, padded.substring(9), 300e6, "USD"));
  }

  @Test
  void testABillionDollarInvestment() {
    String text = "the magic number was a billion dollar investment in the cloud";
    assertAmounts(text, EN, money(text, "a billion dollar", 1e9, "USD"));
  }

  @Test
  void testBillionDollarWithoutArticle() {
    String text = "made that magic billion dollar bet, a billion-dollar company";
    assertAmounts(
        text,
        EN,
        money(text, "billion dollar", 1e9, "USD"),
        money(text, "a billion-dollar", 1e9, "USD"));
  }

  @Test
  void testBillionsOfDollarsIsAnOrderOfMagnitude() {
    String text = "they spent billions of dollars on data centers";
    assertAmounts(
        text, EN, money(text, "billions of dollars", 1e9, "USD", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testHundredsOfMillions() {
    String text = "hundreds of millions of dollars";
    assertAmounts(text, EN, money(text, text, 1e8, "USD", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testScaleLettersAfterACurrency() {
    String text = "raised $15bn, then £3.2m and €2.5bn, US$40mn";
    assertAmounts(
        text,
        EN,
        money(text, "$15bn", 15e9, "USD"),
        money(text, "£3.2m", 3.2e6, "GBP"),
        money(text, "€2.5bn", 2.5e9, "EUR"),
        money(text, "US$40mn", 40e6, "USD"));
  }

  @Test
  void testScaleLettersAfterASpace() {
    // Two letters or more can only be a scale; they were left out, and the sum read as $10.
    String text = "a $15.5 bn deal, $10 bln in bonds, $3.5 mn in fees and €1.2 mln more";
    assertAmounts(
        text,
        EN,
        money(text, "$15.5 bn", 15.5e9, "USD"),
        money(text, "$10 bln", 10e9, "USD"),
        money(text, "$3.5 mn", 3.5e6, "USD"),
        money(text, "€1.2 mln", 1.2e6, "EUR"));
    // A single letter after a space is not read as a scale: "$10 a month" is ten dollars.
    String month = "it costs $10 a month, or $5 m of it";
    assertAmounts(month, EN, money(month, "$10", 10, "USD"), money(month, "$5", 5, "USD"));
  }

  @Test
  void testScaleLettersBeforeACurrencyAndIndianScales() {
    String text = "it raised 1.2bn euros and 300mn dollars, then ₹5,000 crore";
    assertAmounts(
        text,
        EN,
        money(text, "1.2bn euros", 1.2e9, "EUR"),
        money(text, "300mn dollars", 300e6, "USD"),
        money(text, "₹5,000 crore", 5e10, "INR"));
    // Without a currency after them, glued letters are no scale: "15m" may be metres.
    assertNone("a tower of 15m and 300k visitors", EN);
  }

  @Test
  void testACodeWrittenAgainstItsNumber() {
    // The numeral refused a letter before it, so nothing was read.
    String text = "USD12bn in bonds, EUR100m in loans, GBP12m, RMB38.4bn and USD38.4 billion";
    assertAmounts(
        text,
        EN,
        money(text, "USD12bn", 12e9, "USD"),
        money(text, "EUR100m", 100e6, "EUR"),
        money(text, "GBP12m", 12e6, "GBP"),
        money(text, "RMB38.4bn", 38.4e9, "CNY"),
        money(text, "USD38.4 billion", 38.4e9, "USD"));
    // A word that ends like a code is no currency: WORD_START keeps "MUSD12" and "A320" out.
    assertNone("the A320 and model XUSD12 shipped", EN);
    // A code against a number is a sum only with a scale: "COP26" is a conference (COP is the
    // Colombian peso's code).
    assertNone("World leaders met at COP26 in Glasgow; tickets at USD2019, EUR50", EN);
  }

  @Test
  void testFractionsAndVagueCountsOfAScale() {
    String halfBillion = "a half billion dollars";
    assertAmounts(halfBillion, EN, money(halfBillion, halfBillion, 5e8, "USD"));
    String hundreds = "several hundred million dollars";
    assertAmounts(
        hundreds, EN, money(hundreds, hundreds, 1e8, "USD", Qualifier.ORDER_OF_MAGNITUDE));
    // "half a billion" was read as "a billion" (1e9, exact), "several billion" as 1e9 exact.
    String half = "it spent half a billion dollars, then a half-billion-dollar sum";
    assertAmounts(
        half,
        EN,
        money(half, "half a billion dollars", 5e8, "USD"),
        money(half, "a half-billion-dollar", 5e8, "USD"));
    String quarter = "a quarter of a billion dollars";
    assertAmounts(quarter, EN, money(quarter, quarter, 2.5e8, "USD"));
    String several =
        "several billion dollars, a few million dollars and a multi-billion dollar deal";
    assertAmounts(
        several,
        EN,
        money(several, "several billion dollars", 1e9, "USD", Qualifier.ORDER_OF_MAGNITUDE),
        money(several, "a few million dollars", 1e6, "USD", Qualifier.ORDER_OF_MAGNITUDE),
        money(several, "multi-billion dollar", 1e9, "USD", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testDataCentersAreCountsNotAmounts() {
    assertNone("Of its 16 operational data centers, seven are in China", EN);
  }

  @Test
  void testCommaThousandsAndPointDecimals() {
    String text = "$1,500,000 and 2.5 million euros and 1.500 million dollars";
    assertAmounts(
        text,
        EN,
        money(text, "$1,500,000", 1.5e6, "USD"),
        money(text, "2.5 million euros", 2.5e6, "EUR"),
        money(text, "1.500 million dollars", 1.5e6, "USD"));
  }

  @Test
  void testMoreThanIsAtLeast() {
    String text = "more than $1 billion";
    assertAmounts(text, EN, money(text, text, 1e9, "USD", Qualifier.AT_LEAST));
  }

  @Test
  void testOverIsAtLeast() {
    String text = "growth of over 40%";
    assertAmounts(text, EN, percent(text, "over 40%", 40, Qualifier.AT_LEAST));
  }

  @Test
  void testAtLeastIsAtLeast() {
    String text = "at least 20 percent";
    assertAmounts(text, EN, percent(text, text, 20, Qualifier.AT_LEAST));
  }

  @Test
  void testAboutIsApproximate() {
    String text = "about a billion dollars";
    assertAmounts(text, EN, money(text, text, 1e9, "USD", Qualifier.APPROXIMATE));
  }

  @Test
  void testAroundNearlyAlmostAreApproximate() {
    String text = "around 5%, nearly 6% and almost 7%";
    assertAmounts(
        text,
        EN,
        percent(text, "around 5%", 5, Qualifier.APPROXIMATE),
        percent(text, "nearly 6%", 6, Qualifier.APPROXIMATE),
        percent(text, "almost 7%", 7, Qualifier.APPROXIMATE));
  }

  @Test
  void testLessThanUpToUnderAreAtMost() {
    String text = "less than 3%, up to $5 million, under 2 per cent";
    assertAmounts(
        text,
        EN,
        percent(text, "less than 3%", 3, Qualifier.AT_MOST),
        money(text, "up to $5 million", 5e6, "USD", Qualifier.AT_MOST),
        percent(text, "under 2 per cent", 2, Qualifier.AT_MOST));
  }

  @Test
  void testNoMoreThanIsAtMost() {
    String text = "no more than 10%";
    assertAmounts(text, EN, percent(text, text, 10, Qualifier.AT_MOST));
  }

  @Test
  void testPercentWords() {
    String text = "40 percent of users and 12 per cent of sales";
    assertAmounts(
        text,
        EN,
        percent(text, "40 percent", 40, Qualifier.EXACT),
        percent(text, "12 per cent", 12, Qualifier.EXACT));
  }

  @Test
  void testRevenueWithoutCurrencyIsMoneyOfUnknownCurrency() {
    String text = "cloud revenue rose to 3 billion.";
    assertAmounts(text, EN, money(text, "3 billion", 3e9, null));
  }

  @Test
  void testUsersAreCountsNotAmounts() {
    assertNone("nearly 3 billion users, a million people", EN);
  }

  @Test
  void testVersionsIdsAndYearsAreNotAmounts() {
    assertNone("Version 2.0 shipped in 2015; ticket #4521, COVID-19, CC by 2.0, 10:30", EN);
  }

  @Test
  void testCurrencySymbolsCodesAndNames() {
    String text =
        "¥500 million, 3 billion yuan, RMB 5 billion, CNY 7 billion, 2 trillion yen,"
            + " EUR 5 million, GBP 3 million, 10 euros, 20 pounds sterling, USD 40";
    assertAmounts(
        text,
        EN,
        money(text, "¥500 million", 500e6, "JPY"),
        money(text, "3 billion yuan", 3e9, "CNY"),
        money(text, "RMB 5 billion", 5e9, "CNY"),
        money(text, "CNY 7 billion", 7e9, "CNY"),
        money(text, "2 trillion yen", 2e12, "JPY"),
        money(text, "EUR 5 million", 5e6, "EUR"),
        money(text, "GBP 3 million", 3e6, "GBP"),
        money(text, "10 euros", 10, "EUR"),
        money(text, "20 pounds sterling", 20, "GBP"),
        money(text, "USD 40", 40, "USD"));
  }

  @Test
  void testBareDollarSignMeansUsDollars() {
    String text = "priced at $99";
    assertAmounts(text, EN, money(text, "$99", 99, "USD"));
  }

  @Test
  void testOtherDollars() {
    String text = "5 million Hong Kong dollars";
    assertAmounts(text, EN, money(text, text, 5e6, "HKD"));
  }

  @Test
  void testPartsJoinedByAnd() {
    String text = "2 million and 300 thousand dollars";
    assertAmounts(text, EN, money(text, text, 2.3e6, "USD"));
  }

  @Test
  void testNumberGluedToALetterIsNoAmount() {
    assertNone("a $5G network", EN);
  }

  @Test
  void testACurrencyWordAfterTheNumberStaysItsWhenANumberFollows() {
    String text = "It cost 20 dollars 3 years ago";
    assertAmounts(text, Language.EN, money(text, "20 dollars", 20, "USD"));
  }

  @Test
  void testACountAfterAJoinerIsNotAddedToTheSum() {
    String text = "Netflix reported revenue of $30 billion and 250 million subscribers.";
    assertAmounts(text, Language.EN, money(text, "$30 billion", 30e9, "USD"));
    String jobs = "a grant of $2 million and 300 thousand jobs";
    assertAmounts(jobs, Language.EN, money(jobs, "$2 million", 2e6, "USD"));
    // Followed by its currency, or by nothing, a joined part is still the number's.
    String sum = "a loss of 2 billion and 300 million dollars, then";
    assertAmounts(sum, Language.EN, money(sum, "2 billion and 300 million dollars", 2.3e9, "USD"));
  }

  @Test
  void testAHyphenatedScaleIsTheNumbersScale() {
    String text = "a $2-million grant and a $1-billion deal";
    assertAmounts(
        text,
        Language.EN,
        money(text, "$2-million", 2e6, "USD"),
        money(text, "$1-billion", 1e9, "USD"));
  }

  @Test
  void testRangesWithAnyDashAreLeftOutAlike() {
    // A range is not one amount: with a hyphen it was left out, with an en dash its first number
    // was read alone ("$5" for five to six billion) or its last ("10%"). An em dash is punctuation
    // far more often than a range: a number after one is read.
    for (String dash : List.of("-", "\u2013")) {
      assertNone("costs of $5" + dash + "6 billion a year", Language.EN);
      assertNone("a rise of 5" + dash + "10% a year", Language.EN);
    }
  }

  @Test
  void testANumberInWordsMultipliesTheScaleAfterIt() {
    String text = "an investment of two billion dollars";
    assertAmounts(text, Language.EN, money(text, "two billion dollars", 2e9, "USD"));
    String alone = "a billion dollars";
    assertAmounts(alone, Language.EN, money(alone, "a billion dollars", 1e9, "USD"));
  }

  @Test
  void testACodeAfterAPlainNumberBeginsTheNextAmount() {
    // A review's case: with the currency after a number taken whatever followed, a year was money.
    String text = "In 2023 USD 5 billion was invested.";
    assertAmounts(text, Language.EN, money(text, "USD 5 billion", 5e9, "USD"));
    assertAmounts(text, null, money(text, "USD 5 billion", 5e9, "USD"));
  }

  @Test
  void testNumbersInWordsIcuWouldMisreadAreLeftAsTheyWere() {
    // ICU reads "twenty five" as 2005 and "one point five" as 1.5: not taken as multipliers.
    String text = "an investment of twenty five million dollars";
    assertAmounts(text, Language.EN, money(text, "million dollars", 1e6, "USD"));
    String hyphen = "an investment of twenty-five million dollars";
    assertAmounts(hyphen, Language.EN, money(hyphen, "twenty-five million dollars", 25e6, "USD"));
    String point = "a deal of one point five billion dollars";
    assertAmounts(point, Language.EN, money(point, "billion dollars", 1e9, "USD"));
  }

  @Test
  void testAJoinedPartFollowedByAFunctionWordStaysInTheSum() {
    String text = "a payment of $1 million and 500 thousand in cash";
    assertAmounts(text, Language.EN, money(text, "$1 million and 500 thousand", 1.5e6, "USD"));
  }

  @Test
  void testANumberAfterAnEmDashIsRead() {
    String text = "The total\u20145 billion dollars\u2014was spent.";
    assertAmounts(text, Language.EN, money(text, "5 billion dollars", 5e9, "USD"));
  }

  @Test
  void testTwoAmountsWithCodesAfterThem() {
    String text = "a fee of 5 USD 10 EUR in all";
    assertAmounts(
        text, Language.EN, money(text, "5 USD", 5, "USD"), money(text, "10 EUR", 10, "EUR"));
  }

  @Test
  void testAPartJoinedBeforeOfStaysInTheSum() {
    String text = "$2 billion and 500 million of debt";
    assertAmounts(text, Language.EN, money(text, "$2 billion and 500 million", 2.5e9, "USD"));
  }

  @Test
  void testACodeAfterAYearBeginsTheNextAmount() {
    String text = "In 2023 USD 500,000 was raised";
    assertAmounts(text, Language.EN, money(text, "USD 500,000", 500_000, "USD"));
  }

  @Test
  void testAnEmDashBetweenDigitsIsARange() {
    assertNone("costs of $5\u20146 billion a year", Language.EN);
    assertNone("a rise of 5\u201410% a year", Language.EN);
  }

  @Test
  void testAndAHalf() {
    // "one and a half billion" was read from "a half billion" alone: 5e8.
    String words = "one and a half billion dollars, then two and a half million euros";
    assertAmounts(
        words,
        EN,
        money(words, "one and a half billion dollars", 1.5e9, "USD"),
        money(words, "two and a half million euros", 2.5e6, "EUR"));
    String digits = "2 and a half billion dollars, or a billion and a half dollars";
    assertAmounts(
        digits,
        EN,
        money(digits, "2 and a half billion dollars", 2.5e9, "USD"),
        money(digits, "a billion and a half dollars", 1.5e9, "USD"));
    // "a half-dozen", "a half dozen", "a half hour" are no half of the scale before them.
    for (String dozen :
        List.of(
            "$2 billion and a half-dozen deals",
            "$2 billion and a half dozen firms bid",
            "$2 billion and a half hour later")) {
      assertAmounts(dozen, EN, money(dozen, "$2 billion", 2e9, "USD"));
    }
    // Another word after the half leaves it the scale's ("and a half more than rivals").
    String more = "$1 million and a half more than rivals";
    assertAmounts(more, EN, money(more, "$1 million and a half", 1.5e6, "USD"));
  }
}
