package io.github.loci.analyzers.vi;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseNormalizationFilterTest extends BaseTokenStreamTestCase {

  /** From /work/shared/corpus/seeds/004_8c28eac8c3f95717.txt. */
  private static final String SENTENCE =
      "Chúng tôi hiện đang có 14 trung tâm dữ liệu và 8 cái nằm bên ngoài Trung Quốc";

  private static final String[] SENTENCE_TERMS = {
    "chúng", "tôi", "hiện", "đang", "có", "14", "trung", "tâm", "dữ", "liệu", "và", "8", "cái",
    "nằm", "bên", "ngoài", "trung", "quốc"
  };

  /** ICU tokenizer, then NFKC case folding, then the filter under test. */
  private Analyzer analyzer;

  /** ICU tokenizer straight into the filter under test: NFD and upper case reach it. */
  private Analyzer raw;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            return new TokenStreamComponents(
                source, new VietnameseNormalizationFilter(new ICUNormalizer2Filter(source)));
          }
        };
    raw =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            return new TokenStreamComponents(source, new VietnameseNormalizationFilter(source));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    raw.close();
    super.tearDown();
  }

  private String term(Analyzer a, String word) throws IOException {
    try (TokenStream ts = a.tokenStream("f", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      assertTrue("no token for " + word, ts.incrementToken());
      String result = term.toString();
      assertFalse("more than one token for " + word, ts.incrementToken());
      ts.end();
      return result;
    }
  }

  private void assertSame(String a, String b) throws IOException {
    assertEquals(a + " / " + b, term(analyzer, a), term(analyzer, b));
  }

  public void testToneVariantsGiveSameTerm() throws IOException {
    assertSame("hoà", "hòa");
    assertSame("thuỷ", "thủy");
    assertSame("khoẻ", "khỏe");
    assertSame("hoá", "hóa");
    assertSame("tuỳ", "tùy");
    assertSame("uỷ", "ủy");
    assertSame("xoè", "xòe");
    assertSame("hoạ", "họa");
    assertSame("Hòa", "hoà");
  }

  public void testNewStyleSpelling() throws IOException {
    String[][] cases = {
      {"hòa", "hoà"},
      {"thủy", "thuỷ"},
      {"khỏe", "khoẻ"},
      {"hóa", "hoá"},
      {"ngoài", "ngoài"}, // three vowels: middle
      {"hoàn", "hoàn"}, // closed syllable: last vowel
      {"huỳnh", "huỳnh"},
      {"thuý", "thuý"},
      {"mùa", "mùa"}, // open ua: first vowel
      {"kìa", "kìa"},
      {"hài", "hài"},
      {"gì", "gì"}, // gi + nothing: i is the nucleus
      {"già", "già"}, // gi onset
      {"giữa", "giữa"},
      {"giường", "giường"}, // ươ: on ơ
      {"người", "người"},
      {"tiếng", "tiếng"},
      {"quốc", "quốc"},
      {"quà", "quà"}, // qu onset
      {"khuỷu", "khuỷu"},
      {"chuyện", "chuyện"},
      {"yêu", "yêu"},
      {"thuở", "thuở"},
      {"Hòa", "Hoà"}, // case kept when no lower-casing came before
    };
    for (String[] c : cases) {
      assertEquals(c[0], c[1], term(raw, c[0]));
    }
  }

  /** A tone where neither style puts it is not a Vietnamese spelling: left alone. */
  public void testMisplacedToneUnchanged() throws IOException {
    for (String w :
        new String[] {"più", "può", "ciò", "où", "dió", "ngòai", "hòan", "muà", "gìa", "qúa"}) {
      assertEquals(w, term(analyzer, w));
    }
  }

  public void testIySpelling() throws IOException {
    assertSame("tỷ", "tỉ");
    assertSame("lý", "lí");
    assertSame("kỹ", "kĩ");
    assertSame("mỹ", "mĩ");
    assertSame("quý", "quí");
    assertEquals("tỉ", term(analyzer, "tỷ"));
    assertEquals("quí", term(analyzer, "quý"));
    assertEquals("ti", term(analyzer, "ty"));
    // y kept: part of a larger nucleus, or the whole syllable
    for (String kept : new String[] {"thuỷ", "huy", "hay", "yêu", "chuyện", "y", "ý", "ỷ", "tuy"}) {
      assertEquals(kept, term(analyzer, kept));
    }
    assertAnalyzesTo(analyzer, "tỷ phú", new String[] {"tỉ", "phú"});
    assertAnalyzesTo(analyzer, "Tỷ phú Jack Ma", new String[] {"tỉ", "phú", "jack", "ma"});
  }

  public void testDistinctWordsStayDistinct() throws IOException {
    String[] words = {"ma", "má", "mà", "mả", "mã", "mạ", "mơ", "mớ", "mê", "mễ"};
    Set<String> terms = new HashSet<>();
    for (String w : words) {
      terms.add(term(analyzer, w));
    }
    assertEquals(words.length, terms.size());
    assertFalse(term(analyzer, "hòa").equals(term(analyzer, "hoa")));
    assertFalse(term(analyzer, "tỷ").equals(term(analyzer, "ty")));
    assertFalse(term(analyzer, "thuỷ").equals(term(analyzer, "thi")));
  }

  public void testNonVietnameseUnchanged() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Alibaba Cloud amazon 3,53 USD AWS café niño über Москва x86",
        new String[] {
          "alibaba", "cloud", "amazon", "3,53", "usd", "aws", "café", "niño", "über", "москва",
          "x86"
        });
  }

  public void testSentenceOffsets() throws IOException {
    assertAnalyzesTo(
        analyzer,
        SENTENCE,
        SENTENCE_TERMS,
        new int[] {0, 6, 10, 15, 20, 23, 26, 32, 36, 39, 44, 47, 49, 53, 57, 61, 67, 73},
        new int[] {5, 9, 14, 19, 22, 25, 31, 35, 38, 43, 46, 48, 52, 56, 60, 66, 72, 77});
    assertAnalyzesTo(
        analyzer,
        "Tỷ phú Jack Ma có tham vọng giúp Alibaba đánh bại Amazon",
        new String[] {
          "tỉ", "phú", "jack", "ma", "có", "tham", "vọng", "giúp", "alibaba", "đánh", "bại",
          "amazon"
        },
        new int[] {0, 3, 7, 12, 15, 18, 23, 28, 33, 41, 46, 50},
        new int[] {2, 6, 11, 14, 17, 22, 27, 32, 40, 45, 49, 56});
  }

  public void testNfdSentenceOffsets() throws IOException {
    String nfd = Normalizer.normalize(SENTENCE, Normalizer.Form.NFD);
    int[] starts = {0, 7, 12, 19, 24, 28, 31, 37, 42, 47, 54, 58, 60, 65, 71, 76, 83, 89};
    int[] ends = {6, 11, 18, 23, 27, 30, 36, 41, 46, 53, 57, 59, 64, 70, 75, 82, 88, 95};
    assertAnalyzesTo(analyzer, nfd, SENTENCE_TERMS, starts, ends);
    // Without the ICU normalizer the filter itself composes NFD input (case is kept).
    String[] cased = SENTENCE_TERMS.clone();
    cased[0] = "Chúng";
    cased[16] = "Trung";
    cased[17] = "Quốc";
    assertAnalyzesTo(raw, nfd, cased, starts, ends);
  }

  public void testNfdOldStyleInput() throws IOException {
    for (String[] c : new String[][] {{"hòa", "hoà"}, {"Thủy", "Thuỷ"}, {"tỷ", "tỉ"}, {"Ỷ", "Ỷ"}}) {
      String nfd = Normalizer.normalize(c[0], Normalizer.Form.NFD);
      assertEquals(c[1], term(raw, nfd));
      assertEquals(c[1], term(raw, c[0]));
    }
    // Not a Vietnamese syllable: left exactly as it came, even in NFD.
    String nfdCafe = Normalizer.normalize("cafés", Normalizer.Form.NFD);
    assertEquals(nfdCafe, term(raw, nfdCafe));
  }

  /**
   * Of all placements of the tone on the vowels of a random syllable, the new-style one (and for
   * open oa, oe, uy also the old-style one) give the new-style NFC term; every other placement is
   * left unchanged. NFD input gives the same result as NFC input, and the result is stable.
   */
  public void testRandomSyllablesTonePlacement() throws IOException {
    String[] onsets = {"", "b", "ch", "đ", "gi", "kh", "l", "ng", "ngh", "qu", "th", "tr", "x"};
    String[] nuclei = {
      "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
      "ây", "eo", "êu", "ia", "iu", "iê", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ",
      "uê", "ui", "uô", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "oai", "oay", "oeo", "uây", "uôi",
      "uya", "uyê", "uyu", "ươi", "ươu", "iêu", "yêu"
    };
    String[] codas = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
    String[] tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
    Random r = random();
    int iterations = atLeast(500);
    for (int it = 0; it < iterations; it++) {
      String onset = onsets[r.nextInt(onsets.length)];
      String nucleus = nuclei[r.nextInt(nuclei.length)];
      String coda = codas[r.nextInt(codas.length)];
      String tone = tones[r.nextInt(tones.length)];
      int n = nucleus.length();
      // Oracle: the new-style position, written out from the rules.
      int newPos = -1;
      for (int i = 0; i < n; i++) {
        if ("âăêôơư".indexOf(nucleus.charAt(i)) >= 0) {
          newPos = i;
        }
      }
      boolean twoStyles = false;
      if (newPos < 0) {
        if (n == 1) {
          newPos = 0;
        } else if (!coda.isEmpty()) {
          newPos = n - 1;
        } else if (n == 2) {
          twoStyles = nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy");
          newPos = twoStyles ? 1 : 0;
        } else {
          newPos = 1;
        }
      }
      String expectedNucleus = nucleus;
      if (nucleus.equals("y")
          && coda.isEmpty()
          && !onset.isEmpty()
          && !onset.equals("gi")
          && !onset.startsWith("ng")) {
        expectedNucleus = "i";
      }
      String expected = withTone(onset, expectedNucleus, newPos, tone, coda);
      assertEquals(expected, term(analyzer, expected));
      for (int p = 0; p < n; p++) {
        String nfc = withTone(onset, nucleus, p, tone, coda);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        boolean accepted = p == newPos || (twoStyles && p == 0);
        assertEquals(nfc, accepted ? expected : nfc, term(analyzer, nfc));
        assertEquals(nfc, accepted ? expected : nfc, term(analyzer, nfd));
        assertEquals(nfc, accepted ? expected : nfc, term(raw, nfc));
        assertEquals(nfc, accepted ? expected : nfd, term(raw, nfd));
      }
    }
  }

  private static String withTone(String onset, String nucleus, int pos, String tone, String coda) {
    String s = onset + nucleus.substring(0, pos + 1) + tone + nucleus.substring(pos + 1) + coda;
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  public void testKeywordsUntouched() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("hòa", "tỷ"), false);
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            TokenStream ts = new ICUNormalizer2Filter(source);
            ts = new SetKeywordMarkerFilter(ts, keywords);
            return new TokenStreamComponents(source, new VietnameseNormalizationFilter(ts));
          }
        };
    assertAnalyzesTo(a, "hòa thủy tỷ lý", new String[] {"hòa", "thuỷ", "tỷ", "lí"});
    a.close();
  }

  public void testEmpty() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(raw, "", new String[0]);
  }

  public void testRandomData() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), raw, 200 * RANDOM_MULTIPLIER);
  }
}
