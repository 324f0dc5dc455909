package io.github.loci.analyzers;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** {@link IgnorableCharsFilter}, alone and in the language analyzers. */
public class IgnorableCharsFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer whitespaceThenFilter() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new IgnorableCharsFilter(source));
      }
    };
  }

  public void testRemovesIgnorableCharsKeepingOffsets() throws Exception {
    try (Analyzer a = whitespaceThenFilter()) {
      assertAnalyzesTo(
          a,
          "cen\u00ADtre in\u2060vest\uFEFFed plain déjà \uD834\uDD73x\uDB40\uDC01y",
          new String[] {"centre", "invested", "plain", "déjà", "xy"},
          new int[] {0, 8, 19, 25, 30},
          new int[] {7, 18, 24, 29, 36});
    }
  }

  public void testTokenOfOnlyIgnorableCharsIsDroppedAndItsPositionKept() throws Exception {
    try (Analyzer a = whitespaceThenFilter()) {
      assertTokenStreamContents(
          a.tokenStream("f", "data \u00AD\u200D centre \uFEFF"),
          new String[] {"data", "centre"},
          new int[] {0, 8},
          new int[] {4, 14},
          null,
          new int[] {1, 2},
          null,
          16,
          1,
          null,
          true,
          null);
    }
  }

  public void testLoneSurrogateAndOtherFormatCharsStay() throws Exception {
    // U+200B (zero-width space) is a break, not ignorable inside a word for the tokenizers; U+0600
    // (Arabic number sign) is a format char that is not Default_Ignorable.
    try (Analyzer a = whitespaceThenFilter()) {
      assertAnalyzesTo(a, "a\uD800b \u0600x", new String[] {"a\uD800b", "\u0600x"});
    }
  }

  public void testSoftHyphenatedWordsAnalyzeAsTheWord() throws Exception {
    for (Language language : Language.values()) {
      for (AnalysisMode mode : AnalysisMode.values()) {
        try (Analyzer a = LanguageAnalyzers.forLanguage(language, mode)) {
          for (String word : new String[] {"centre", "inversiones", "investimento", "dữ liệu"}) {
            String hyphenated = word.substring(0, 2) + "\u00AD" + word.substring(2);
            assertEquals(language + " " + mode + " " + word, terms(a, word), terms(a, hyphenated));
            assertEquals(terms(a, word), terms(a, word.charAt(0) + "\u2060" + word.substring(1)));
          }
          assertEquals(
              "query-side normalization of " + language,
              a.normalize("f", "centre"),
              a.normalize("f", "cen\u00ADtre"));
          assertEquals(0, a.normalize("f", "\u00AD").length);
        }
      }
    }
    try (Analyzer neutral = LanguageAnalyzers.neutral()) {
      assertEquals(terms(neutral, "centre"), terms(neutral, "cen\u00ADtre"));
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = whitespaceThenFilter()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  private static java.util.List<String> terms(Analyzer a, String text) throws Exception {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
