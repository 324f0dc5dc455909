package io.github.loci.analyzers.vi;

import io.github.loci.analyzers.Language;
import io.github.loci.analyzers.LanguageAnalyzers;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The analyzers of the second Vietnamese fields: diacritic-free, syllable pairs, both. */
public class VietnameseFieldAnalyzersTest extends BaseTokenStreamTestCase {
  // From seed 004 (Vietnamese): "... 14 trung tâm dữ liệu ..."
  private static final String SENTENCE = "14 trung tâm dữ liệu";

  public void testSyllablePairsWithOffsetsOfBothSyllables() throws Exception {
    try (Analyzer a = VietnameseAnalyzer.syllablePairs()) {
      assertAnalyzesTo(
          a,
          SENTENCE,
          new String[] {"14 trung", "trung tâm", "tâm dữ", "dữ liệu"},
          new int[] {0, 3, 9, 13},
          new int[] {8, 12, 15, 20},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testSyllablePairsOfDecomposedTextMatchComposedOnes() throws Exception {
    String nfd = Normalizer.normalize(SENTENCE, Normalizer.Form.NFD);
    try (Analyzer a = VietnameseAnalyzer.syllablePairs()) {
      assertAnalyzesTo(
          a,
          nfd,
          new String[] {"14 trung", "trung tâm", "tâm dữ", "dữ liệu"},
          new int[] {0, 3, 9, 14},
          new int[] {8, 13, 18, 25},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testSyllablePairsNormalizeToneMarksAndNumbers() throws Exception {
    try (Analyzer a = VietnameseAnalyzer.syllablePairs()) {
      // "hòa" and "hoà" are one spelling; "3,53" is the number 3.53.
      assertAnalyzesTo(a, "Hòa Bình 3,53 tỷ", new String[] {"hoà bình", "bình 3.53", "3.53 tỉ"});
    }
  }

  public void testFoldedSyllablePairs() throws Exception {
    try (Analyzer a = VietnameseAnalyzer.foldedSyllablePairs()) {
      assertAnalyzesTo(
          a,
          "Trung tâm dữ liệu Đà Nẵng",
          new String[] {"trung tam", "tam du", "du lieu", "lieu da", "da nang"});
      // Typed without diacritics, the query makes the same pairs.
      assertAnalyzesTo(a, "trung tam du lieu", new String[] {"trung tam", "tam du", "du lieu"});
    }
  }

  public void testOneSyllableMakesNoPair() throws Exception {
    try (Analyzer a = VietnameseAnalyzer.syllablePairs()) {
      assertAnalyzesTo(a, "Google", new String[0]);
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  public void testPairFieldIsBuiltFromFactoriesByName() throws Exception {
    // What an engine's analyzer configuration would write for the pair field.
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .addCharFilter("lociText")
                .withTokenizer("icu")
                .addTokenFilter("icuNormalizer2")
                .addTokenFilter("lociNumberNormalization")
                .addTokenFilter("lociVietnameseNormalization")
                .addTokenFilter(
                    "shingle",
                    "minShingleSize",
                    "2",
                    "maxShingleSize",
                    "2",
                    "outputUnigrams",
                    "false")
                .build();
        Analyzer pairs = VietnameseAnalyzer.syllablePairs()) {
      String text = "Thủ đô Hà Nội có 14 trung tâm\u202Fdữ liệu, tăng 3,5\u202F%, l’ứng dụng.";
      assertEquals(terms(pairs, text), terms(custom, text));
    }
  }

  public void testLanguageAnalyzersOfferThePairFieldsForVietnameseOnly() {
    assertTrue(LanguageAnalyzers.pairs(Language.VI).isPresent());
    assertTrue(LanguageAnalyzers.foldedPairs(Language.VI).isPresent());
    assertTrue(LanguageAnalyzers.pairs(Language.EN).isEmpty());
    assertTrue(LanguageAnalyzers.foldedPairs(Language.ES).isEmpty());
  }

  public void testRandomStrings() throws Exception {
    for (Analyzer a :
        new Analyzer[] {
          VietnameseAnalyzer.folded(),
          VietnameseAnalyzer.syllablePairs(),
          VietnameseAnalyzer.foldedSyllablePairs()
        }) {
      try (a) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  private static java.util.List<String> terms(Analyzer analyzer, String text) throws Exception {
    java.util.List<String> terms = new java.util.ArrayList<>();
    try (var stream = analyzer.tokenStream("f", text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
