package io.github.loci.analyzers.en;

import io.github.loci.analyzers.FilterEquivalence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

/** {@link EnglishSpellingFilter} gives what it gave before it worked on the term's chars. */
public class EnglishSpellingFilterEquivalenceTest extends BaseTokenStreamTestCase {

  private static final String[] ENDINGS = {
    "isations",
    "isation",
    "ising",
    "ised",
    "ises",
    "iser",
    "isers",
    "ise",
    "izes",
    "is",
    "se",
    "s",
    "e",
    "ed",
    "ing",
    ""
  };

  /** Every word of the bundled list, either column, and the stems of its -ise words. */
  private static List<String> listedWords() throws IOException {
    List<String> words = new ArrayList<>();
    try (InputStream in = EnglishSpellingFilter.class.getResourceAsStream("british_american.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        for (String word : entry.split("\\s+")) {
          if (!word.equals("!ise")) {
            words.add(word);
            if (word.endsWith("ise")) {
              words.add(word.substring(0, word.length() - 3));
            }
          }
        }
      }
    }
    return words;
  }

  public void testSameOutputAsBefore() throws IOException {
    Random random = random();
    List<String> listed = listedWords();
    for (int round = 0; round < 300 * RANDOM_MULTIPLIER; round++) {
      List<String> terms = new ArrayList<>();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        String stem =
            switch (random.nextInt(3)) {
              case 0 -> listed.get(random.nextInt(listed.size()));
              case 1 -> TestUtil.randomSimpleString(random, 0, 6);
              default -> FilterEquivalence.randomTerm(random);
            };
        terms.add(random.nextBoolean() ? stem : stem + ENDINGS[random.nextInt(ENDINGS.length)]);
      }
      FilterEquivalence.assertSameOutput(
          random, terms, ReferenceEnglishSpellingFilter::new, EnglishSpellingFilter::new);
    }
  }

  public void testEveryListedWordWithEveryEnding() throws IOException {
    List<String> terms = new ArrayList<>();
    for (String word : listedWords()) {
      for (String ending : ENDINGS) {
        terms.add(word + ending);
      }
    }
    terms.addAll(List.of("ise", "wise", "otherwise", "rise", "rises", "risen", "arise", "ises"));
    FilterEquivalence.assertSameOutput(
        random(), terms, ReferenceEnglishSpellingFilter::new, EnglishSpellingFilter::new);
  }
}
