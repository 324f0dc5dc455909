package io.github.loci.analyzers.it;

import io.github.loci.analyzers.FilterEquivalence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** {@link ItalianAccentFilter} gives what it gave before it skipped tokens without accents. */
public class ItalianAccentFilterEquivalenceTest extends BaseTokenStreamTestCase {

  private static final String LETTERS = "abcdeilmnoprstuàáèéìíîòóùúÀÈ";

  public void testSameOutputAsBefore() {
    Random random = random();
    List<String> protectedWords = new ArrayList<>();
    for (Object word : ItalianAccentFilter.PROTECTED) {
      protectedWords.add(new String((char[]) word));
    }
    for (int round = 0; round < 300 * RANDOM_MULTIPLIER; round++) {
      List<String> terms = new ArrayList<>();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        terms.add(
            switch (random.nextInt(4)) {
              case 0 -> protectedWords.get(random.nextInt(protectedWords.size()));
              case 1 -> FilterEquivalence.randomTerm(random);
              default -> {
                StringBuilder word = new StringBuilder();
                int length = random.nextInt(9);
                for (int j = 0; j < length; j++) {
                  word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
                }
                yield word.toString();
              }
            });
      }
      FilterEquivalence.assertSameOutput(
          random, terms, ReferenceItalianAccentFilter::new, ItalianAccentFilter::new);
    }
  }
}
