package io.github.loci.analyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Behaviour that makes Loci's analyzers language-aware, on words and sentences of the seeds. */
public class AnalyzerQualityTest extends BaseTokenStreamTestCase {

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static void assertSame(Analyzer a, String x, String y) {
    assertEquals(x + " = " + y, terms(a, x), terms(a, y));
    assertFalse(x + " analyzes to something", terms(a, x).isEmpty());
  }

  private static void assertApart(Analyzer a, String x, String y) {
    List<String> tx = terms(a, x);
    List<String> ty = terms(a, y);
    assertFalse(x + " and " + y + " must not merge: " + tx, !tx.isEmpty() && tx.equals(ty));
  }

  public void testAccentInsensitiveButDistinctWordsStayApart() {
    try (Analyzer es = LanguageAnalyzers.forLanguage(Language.ES);
        Analyzer it = LanguageAnalyzers.forLanguage(Language.IT);
        Analyzer en = LanguageAnalyzers.forLanguage(Language.EN)) {
      assertSame(es, "inversión", "inversion");
      // The stemmer sees the word without its accents either way.
      assertSame(es, "tecnología", "tecnologia");
      assertSame(es, "tecnologías", "tecnologia");
      assertSame(es, "económicos", "economico");
      assertSame(es, "Colombia", "colombia");
      assertApart(es, "año", "ano");
      assertApart(es, "sí", "si");
      assertApart(es, "más", "mas");
      assertApart(es, "él", "el");
      assertSame(it, "città", "citta");
      assertSame(it, "perché la crescita", "perche la crescita");
      assertApart(it, "è", "e");
      assertApart(it, "là", "la");
      assertApart(it, "sì", "si");
      assertApart(en, "four", "for");
      assertApart(en, "data", "date");
    }
  }

  public void testEnglishRegionalSpellingsMatch() {
    try (Analyzer en = LanguageAnalyzers.forLanguage(Language.EN)) {
      assertSame(en, "data centres", "data centers");
      assertSame(en, "organise", "organize");
      assertSame(en, "organisation", "organization");
      assertSame(en, "analyse", "analyze");
      assertSame(en, "colour", "color");
      assertSame(en, "programme", "program");
      assertApart(en, "promise", "promize");
      assertEquals(List.of("promis"), terms(en, "promise"));
    }
  }

  public void testNumbersAreEqualAcrossLocales() {
    try (Analyzer es = LanguageAnalyzers.forLanguage(Language.ES);
        Analyzer en = LanguageAnalyzers.forLanguage(Language.EN);
        Analyzer vi = LanguageAnalyzers.forLanguage(Language.VI);
        Analyzer enQuery = LanguageAnalyzers.forQuery(Language.EN)) {
      assertEquals(List.of("us", "38400", "millon"), terms(es, "US$38.400 millones"));
      assertEquals(List.of("38400"), terms(en, "38,400"));
      assertEquals(List.of("38400"), terms(en, "38400"));
      assertEquals(List.of("3.53", "tỉ", "usd"), terms(vi, "3,53 tỷ USD"));
      assertEquals(List.of("3.53"), terms(en, "3.53"));
      assertEquals(List.of("1234.56"), terms(es, "1.234,56"));
      // Dates, versions and ids keep their form.
      assertEquals(List.of("11.11.2020"), terms(es, "11.11.2020"));
      assertEquals(List.of("10.5.1"), terms(en, "10.5.1"));
      // A query's locale is unknown: both readings, stacked.
      assertEquals(List.of("38.400", "38400"), terms(enQuery, "38.400"));
    }
  }

  public void testQueriesDropQuestionWords() {
    try (Analyzer en = LanguageAnalyzers.forQuery(Language.EN);
        Analyzer es = LanguageAnalyzers.forQuery(Language.ES);
        Analyzer vi = LanguageAnalyzers.forQuery(Language.VI)) {
      assertEquals(List.of("laboratori", "built"), terms(en, "Where was the laboratory built?"));
      assertEquals(List.of("constru", "laboratori"), terms(es, "¿Dónde construyó su laboratorio?"));
      assertEquals(List.of("alibaba", "đầu", "tư"), terms(vi, "Alibaba đã đầu tư bao nhiêu?"));
    }
  }

  public void testVietnameseSpellingVariantsAndDiacriticFreeField() {
    try (Analyzer vi = LanguageAnalyzers.forLanguage(Language.VI);
        Analyzer folded = LanguageAnalyzers.folded(Language.VI).orElseThrow()) {
      assertSame(vi, "tỷ USD", "tỉ USD");
      assertSame(vi, "hoà", "hòa");
      assertSame(vi, "thuỷ", "thủy");
      assertApart(vi, "hòa", "hoa");
      assertSame(
          vi, "trung tâm dữ liệu", Normalizer.normalize("trung tâm dữ liệu", Normalizer.Form.NFD));
      assertEquals(List.of("trung", "tam", "du", "lieu"), terms(folded, "Trung tâm dữ liệu"));
      assertEquals(terms(folded, "ty phu"), terms(folded, "tỷ phú"));
    }
  }

  public void testSeedSentencesWithOffsets() throws Exception {
    try (Analyzer es = LanguageAnalyzers.forLanguage(Language.ES);
        Analyzer it = LanguageAnalyzers.forLanguage(Language.IT);
        Analyzer en = LanguageAnalyzers.forLanguage(Language.EN);
        Analyzer vi = LanguageAnalyzers.forLanguage(Language.VI)) {
      assertAnalyzesTo(
          es,
          "ha realizado una inversión de 26 millones",
          new String[] {"realiz", "inversion", "26", "millon"},
          new int[] {3, 17, 30, 33},
          new int[] {12, 26, 32, 41},
          new int[] {2, 2, 2, 1});
      assertAnalyzesTo(
          it,
          "Alibaba punta all’Europa, inaugurata una server farm in Germania.",
          new String[] {"alibab", "punta", "europ", "inaugurat", "server", "farm", "german"},
          new int[] {0, 8, 14, 26, 41, 48, 56},
          new int[] {7, 13, 24, 36, 47, 52, 64});
      assertAnalyzesTo(
          en,
          "Of its 16 operational data centers, seven are in China",
          new String[] {"it", "16", "oper", "data", "center", "seven", "china"},
          new int[] {3, 7, 10, 22, 27, 36, 49},
          new int[] {6, 9, 21, 26, 34, 41, 54});
      String sentence = "Alibaba Cloud đang dẫn đầu với thị phần hơn 40%";
      String[] terms = {
        "alibaba", "cloud", "đang", "dẫn", "đầu", "với", "thị", "phần", "hơn", "40"
      };
      assertAnalyzesTo(vi, sentence, terms);
      String nfd = Normalizer.normalize(sentence, Normalizer.Form.NFD);
      assertAnalyzesTo(vi, nfd, terms);
    }
  }

  public void testRandomStringsForEveryAnalyzerAndMode() throws Exception {
    for (Language language : Language.values()) {
      for (AnalysisMode mode : AnalysisMode.values()) {
        try (Analyzer a = LanguageAnalyzers.forLanguage(language, mode)) {
          checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
        }
      }
    }
    try (Analyzer folded = LanguageAnalyzers.folded(Language.VI).orElseThrow()) {
      checkRandomData(random(), folded, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testFactoriesResolveByNameThroughSpi() throws Exception {
    for (String name :
        List.of(
            "lociNumberNormalization",
            "lociEnglishSpelling",
            "lociItalianAccent",
            "lociVietnameseNormalization",
            "lociVietnameseFolding")) {
      assertNotNull(name, TokenFilterFactory.lookupClass(name));
      assertNotNull(TokenFilterFactory.forName(name, new HashMap<>()));
    }
    Analyzer custom =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter("lociNumberNormalization", "decimalSeparator", ".")
            .addTokenFilter("lociEnglishSpelling")
            .build();
    assertAnalyzesTo(custom, "38,400 centres", new String[] {"38400", "centers"});
  }

  public void testFactoriesRejectBadArguments() {
    Map<String, String> bogus = new HashMap<>(Map.of("bogus", "x"));
    expectThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("lociEnglishSpelling", bogus));
    expectThrows(
        IllegalArgumentException.class,
        () ->
            TokenFilterFactory.forName(
                "lociNumberNormalization", new HashMap<>(Map.of("decimalSeparator", ";"))));
    expectThrows(
        IllegalArgumentException.class,
        () ->
            TokenFilterFactory.forName(
                "lociNumberNormalization", new HashMap<>(Map.of("mode", "both"))));
    expectThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("lociItalianAccent", new HashMap<>(Map.of("x", "y"))));
  }
}
