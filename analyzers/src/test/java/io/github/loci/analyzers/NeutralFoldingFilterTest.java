package io.github.loci.analyzers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** {@link NeutralFoldingFilter} gives what Lucene's {@link ICUFoldingFilter} gives. */
public class NeutralFoldingFilterTest extends BaseTokenStreamTestCase {

  /** ASCII terms of every char, mixed case, and terms with one non-ASCII char. */
  private static String randomAscii(Random random) {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.append((char) (1 + random.nextInt(127)));
    }
    if (random.nextInt(5) == 0) {
      String odd = "éÉßİıＡﬁ\u0301\u00A0ǅΣ";
      s.insert(random.nextInt(s.length() + 1), odd.charAt(random.nextInt(odd.length())));
    }
    return s.toString();
  }

  public void testSameOutputAsIcuFolding() {
    Random random = random();
    for (int round = 0; round < 300 * RANDOM_MULTIPLIER; round++) {
      List<String> terms = new ArrayList<>();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        terms.add(
            random.nextInt(3) == 0 ? FilterEquivalence.randomTerm(random) : randomAscii(random));
      }
      FilterEquivalence.assertSameOutput(
          random, terms, ICUFoldingFilter::new, NeutralFoldingFilter::new);
    }
  }

  public void testEveryAsciiCharAlone() {
    List<String> terms = new ArrayList<>();
    for (char c = 1; c < 128; c++) {
      terms.add(String.valueOf(c));
      terms.add("A" + c + "b");
    }
    FilterEquivalence.assertSameOutput(
        random(), terms, ICUFoldingFilter::new, NeutralFoldingFilter::new);
  }
}
