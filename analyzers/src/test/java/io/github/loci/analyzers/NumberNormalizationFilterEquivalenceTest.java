package io.github.loci.analyzers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** {@link NumberNormalizationFilter} gives what it gave before its char-level shape test. */
public class NumberNormalizationFilterEquivalenceTest extends BaseTokenStreamTestCase {

  /** Digit groups of random lengths joined by random separators, sometimes with a foreign char. */
  static String randomNumberish(Random random) {
    StringBuilder s = new StringBuilder();
    int groups = 1 + random.nextInt(5);
    for (int g = 0; g < groups; g++) {
      if (g > 0) {
        s.append(
            random.nextInt(8) == 0
                ? "..,,;' ".charAt(random.nextInt(7))
                : random.nextBoolean() ? '.' : ',');
      }
      int digits = random.nextInt(10) == 0 ? random.nextInt(2) : 1 + random.nextInt(5);
      for (int i = 0; i < digits; i++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
    }
    if (random.nextInt(10) == 0) {
      // digits that are not ASCII (Arabic-Indic, fullwidth), letters, a separator at either end
      String odd = "\u0661\uFF13a.,x\u00B2";
      s.insert(random.nextInt(s.length() + 1), odd.charAt(random.nextInt(odd.length())));
    }
    return s.toString();
  }

  public void testSameOutputAsBefore() {
    Random random = random();
    for (int round = 0; round < 300 * RANDOM_MULTIPLIER; round++) {
      List<String> terms = new ArrayList<>();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        terms.add(
            random.nextInt(4) == 0
                ? FilterEquivalence.randomTerm(random)
                : randomNumberish(random));
      }
      for (char decimal : new char[] {',', '.'}) {
        for (AnalysisMode mode : AnalysisMode.values()) {
          FilterEquivalence.assertSameOutput(
              random,
              terms,
              in -> ReferenceNumberNormalizationFilter.of(in, decimal, mode),
              in -> NumberNormalizationFilter.of(in, decimal, mode));
        }
      }
    }
  }

  public void testReadingsOfEveryShape() {
    List<String> terms =
        List.of(
            "38.400",
            "38,400",
            "38400",
            "1.234,56",
            "1,234.56",
            "3,53",
            "3.53",
            "11.11.2020",
            "10.5.1",
            "1.234.567",
            "1,234,567",
            "1234.567",
            "12345.678",
            "1.23",
            "0,5",
            "1.2345",
            "1,234.5,6",
            ".5",
            "5.",
            "5..5",
            "");
    for (char decimal : new char[] {',', '.'}) {
      for (AnalysisMode mode : AnalysisMode.values()) {
        FilterEquivalence.assertSameOutput(
            random(),
            terms,
            in -> ReferenceNumberNormalizationFilter.of(in, decimal, mode),
            in -> NumberNormalizationFilter.of(in, decimal, mode));
      }
    }
  }
}
