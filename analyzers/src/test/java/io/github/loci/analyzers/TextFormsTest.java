package io.github.loci.analyzers;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Text in another Unicode form than the query's analyzes to the same terms: decomposed accents,
 * ligatures and fullwidth letters ({@link CompatibilityFilter}), the narrow no-break space and the
 * apostrophe look-alikes ({@link TextCharFilter}), French elisions in the neutral field.
 */
public class TextFormsTest extends BaseTokenStreamTestCase {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  public void testDecomposedAccentsAnalyzeAsComposedWithTheirOffsets() throws Exception {
    try (Analyzer es = LanguageAnalyzers.forLanguage(Language.ES);
        Analyzer it = LanguageAnalyzers.forLanguage(Language.IT)) {
      String text = nfd("una inversión de 26 millones");
      assertAnalyzesTo(
          es,
          text,
          new String[] {"inversion", "26", "millon"},
          new int[] {4, 18, 21},
          new int[] {14, 20, 29});
      assertEquals(terms(it, "la città servirà"), terms(it, nfd("la città servirà")));
    }
  }

  public void testNoTermHoldsASpaceAfterCompatibilityComposition() throws Exception {
    // U+309B (a voicing mark) and U+FDFA (an Arabic ligature) compose to a space and more.
    for (Language language : new Language[] {Language.ES, Language.IT, Language.EN}) {
      try (Analyzer a = LanguageAnalyzers.forLanguage(language)) {
        for (String text : new String[] {"ガ\u309Bス", "\uFDFA", "a\uFE70b"}) {
          String terms = terms(a, text);
          assertFalse(text + " gave " + terms, terms.isEmpty());
          assertEquals(text + " gave " + terms, 1, terms.split(" ", -1).length);
        }
      }
    }
  }

  public void testLigaturesAndFullwidthLettersAnalyzeAsTheirLetters() throws Exception {
    try (Analyzer en = LanguageAnalyzers.forLanguage(Language.EN)) {
      assertAnalyzesTo(en, "record proﬁts", new String[] {"record", "profit"});
      assertEquals(terms(en, "data centres"), terms(en, "ｄａｔａ ｃｅｎｔｒｅｓ"));
    }
  }

  public void testNarrowNoBreakSpaceSeparatesWordsInEveryAnalyzer() throws Exception {
    for (Language language : Language.values()) {
      try (Analyzer a = LanguageAnalyzers.forLanguage(language)) {
        assertEquals(
            language.toString(),
            terms(a, "server farm 40 %"),
            terms(a, "server\u202Ffarm 40\u202F%"));
      }
    }
    try (Analyzer neutral = LanguageAnalyzers.neutral()) {
      assertAnalyzesTo(
          neutral,
          "trung tâm\u202Fdữ liệu 38\u202F400",
          new String[] {"trung", "tam", "du", "lieu", "38", "400"},
          new int[] {0, 6, 10, 13, 18, 21},
          new int[] {5, 9, 12, 17, 20, 24});
    }
  }

  public void testApostropheLookAlikesAnalyzeAsTheApostrophe() throws Exception {
    try (Analyzer it = LanguageAnalyzers.forLanguage(Language.IT);
        Analyzer es = LanguageAnalyzers.forLanguage(Language.ES);
        Analyzer en = LanguageAnalyzers.forLanguage(Language.EN)) {
      String plain = terms(it, "l'agenzia Moody's, l'investimento");
      for (char apostrophe : new char[] {'\u2019', '\u2018', '\u02BC', '\uFF07'}) {
        String text = "l'agenzia Moody's, l'investimento".replace('\'', apostrophe);
        assertEquals(text, plain, terms(it, text));
        assertEquals(text, terms(es, "Moody's"), terms(es, text.substring(10, 17)));
        assertEquals(text, "amazon", terms(en, ("Amazon's").replace('\'', apostrophe)));
      }
      assertAnalyzesTo(
          it, "lʼinvestimento", new String[] {"investiment"}, new int[] {0}, new int[] {14});
    }
  }

  public void testNeutralFieldRemovesFrenchAndItalianElisions() throws Exception {
    try (Analyzer neutral = LanguageAnalyzers.neutral()) {
      assertAnalyzesTo(
          neutral,
          "L’ouverture d’un centre, dell'Europa, McDonald's",
          new String[] {"ouverture", "un", "centre", "europa", "mcdonald's"},
          new int[] {0, 12, 17, 25, 38},
          new int[] {11, 16, 23, 36, 48});
      assertEquals("ouverture", neutral.normalize("f", "l’Ouverture").utf8ToString());
    }
  }

  public void testNormalizeReadsTheSameForms() {
    try (Analyzer es = LanguageAnalyzers.forLanguage(Language.ES)) {
      assertEquals(
          es.normalize("f", "inversión").utf8ToString(),
          es.normalize("f", nfd("inversión")).utf8ToString());
      assertEquals("moody's", es.normalize("f", "Moody’s").utf8ToString());
    }
  }

  public void testRandomStrings() throws Exception {
    for (Language language : Language.values()) {
      try (Analyzer a = LanguageAnalyzers.forLanguage(language)) {
        checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
      }
    }
    try (Analyzer a = LanguageAnalyzers.neutral()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }

  /** The terms of a text, space-separated. */
  private static String terms(Analyzer analyzer, String text) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    try (var stream = analyzer.tokenStream("f", text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.append(out.isEmpty() ? "" : " ").append(term);
      }
      stream.end();
    }
    return out.toString();
  }
}
