package io.github.loci.analyzers;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class LanguageAnalyzersTest extends BaseTokenStreamTestCase {

  public void testSpanishStemsAndDropsStopwords() throws Exception {
    try (Analyzer a = LanguageAnalyzers.forLanguage(Language.ES)) {
      assertAnalyzesTo(
          a,
          "una inversión de 26 millones",
          new String[] {"inversion", "26", "millon"},
          new int[] {4, 17, 20},
          new int[] {13, 19, 28});
    }
  }

  public void testItalianRemovesTypographicElision() throws Exception {
    try (Analyzer a = LanguageAnalyzers.forLanguage(Language.IT)) {
      assertAnalyzesTo(
          a,
          "Alibaba punta all’Europa",
          new String[] {"alibab", "punta", "europ"},
          new int[] {0, 8, 14},
          new int[] {7, 13, 24});
    }
  }

  public void testEnglishPossessiveAndStem() throws Exception {
    try (Analyzer a = LanguageAnalyzers.forLanguage(Language.EN)) {
      assertAnalyzesTo(
          a,
          "Alibaba’s operational data centers",
          new String[] {"alibaba", "oper", "data", "center"});
    }
  }

  public void testVietnameseNfdMatchesNfcWithOriginalOffsets() throws Exception {
    String nfc = "14 trung tâm dữ liệu";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    try (Analyzer a = LanguageAnalyzers.forLanguage(Language.VI)) {
      assertAnalyzesTo(a, nfc, new String[] {"14", "trung", "tâm", "dữ", "liệu"});
      assertAnalyzesTo(
          a,
          nfd,
          new String[] {"14", "trung", "tâm", "dữ", "liệu"},
          new int[] {0, 3, 9, 14, 19},
          new int[] {2, 8, 13, 18, 25});
    }
  }

  public void testNeutralFoldsCaseAndDiacritics() throws Exception {
    try (Analyzer a = LanguageAnalyzers.neutral()) {
      assertAnalyzesTo(
          a,
          "Trung Quốc US$38.400 millones",
          new String[] {"trung", "quoc", "us", "38.400", "millones"});
    }
  }

  public void testRandomStrings() throws Exception {
    for (Language language : Language.values()) {
      try (Analyzer a = LanguageAnalyzers.forLanguage(language)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
    try (Analyzer a = LanguageAnalyzers.neutral()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testEmptyAndBlankInputYieldNoTokens() throws Exception {
    for (Language language : Language.values()) {
      try (Analyzer a = LanguageAnalyzers.forLanguage(language)) {
        assertAnalyzesTo(a, "", new String[0]);
        assertAnalyzesTo(a, " \u00a0\n", new String[0]);
      }
    }
  }

  public void testLanguageForCode() {
    assertEquals(Language.ES, Language.forCode("es-CO").orElseThrow());
    assertEquals(Language.VI, Language.forCode("VI").orElseThrow());
    assertTrue(Language.forCode("de").isEmpty());
    assertTrue(Language.forCode("").isEmpty());
  }
}
