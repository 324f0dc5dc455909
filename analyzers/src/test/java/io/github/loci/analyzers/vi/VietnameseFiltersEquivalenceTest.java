package io.github.loci.analyzers.vi;

import com.ibm.icu.text.Normalizer2;
import io.github.loci.analyzers.FilterEquivalence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * {@link VietnameseNormalizationFilter} and {@link VietnameseFoldingFilter} give what they gave
 * when they normalized every token with ICU (NFD, then NFC): the previous implementations are kept
 * as {@link ReferenceVietnameseNormalizationFilter} and {@link ReferenceVietnameseFoldingFilter}.
 */
public class VietnameseFiltersEquivalenceTest extends BaseTokenStreamTestCase {

  private static final String[] ONSETS = {
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
    "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", "f", "z", "w", "j", "pr", "bl"
  };

  /** Nuclei, NFD: with their quality marks. */
  private static final String[] NUCLEI = {
    "a",
    "a\u0306",
    "a\u0302",
    "e",
    "e\u0302",
    "i",
    "o",
    "o\u0302",
    "o\u031B",
    "u",
    "u\u031B",
    "y",
    "ai",
    "ao",
    "au",
    "ay",
    "a\u0302u",
    "a\u0302y",
    "eo",
    "e\u0302u",
    "ia",
    "ie\u0302",
    "iu",
    "oa",
    "oa\u0306",
    "oe",
    "oi",
    "o\u0302i",
    "o\u031Bi",
    "ua",
    "ua\u0302",
    "ue\u0302",
    "ui",
    "uo\u0302",
    "uo\u031B",
    "uy",
    "u\u031Ba",
    "u\u031Bi",
    "u\u031Bo\u031B",
    "u\u031Bu",
    "ye\u0302",
    "oai",
    "oay",
    "ua\u0302y",
    "uo\u0302i",
    "u\u031Bo\u031Bi",
    "u\u031Bo\u031Bu",
    "uya",
    "uye\u0302",
    "ye\u0302u",
    "ie\u0302u",
    "oeo",
    "uyu",
    "iu\u0302",
    "ou",
    "uoa",
    "aeiou"
  };

  private static final String[] CODAS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "x", "nk"};

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  /** Chars that normalization treats specially, or that no syllable has. */
  private static final String[] ODD = {
    "\u0340",
    "\u0341",
    "\u0344",
    "\u212A",
    "\u212B",
    "\u0308",
    "\u0307",
    "\u0300",
    "\u0302",
    "ñ",
    "ü",
    "ǘ",
    "đ",
    "Đ",
    "İ",
    "ı",
    "ß",
    "\u00AD",
    "\u200D",
    "’",
    "-",
    "1",
    "ά",
    "Σ",
    "🀄",
    "\uD835\uDC00",
    "\uD800",
    "ё",
    "\u0E33",
    "\u1100\u1161",
    "\uAC00",
    "\u0B47\u0B3E"
  };

  /**
   * A syllable, or something close to one: any onset, nucleus and coda, a tone on any of the
   * nucleus's vowels (where either style puts it or elsewhere), in NFC or NFD with its marks in any
   * order, in any case, sometimes with an odd char inserted.
   */
  static String randomSyllable(Random random) {
    String nucleus = NUCLEI[random.nextInt(NUCLEI.length)];
    StringBuilder s = new StringBuilder(ONSETS[random.nextInt(ONSETS.length)]);
    int nucleusStart = s.length();
    s.append(nucleus).append(CODAS[random.nextInt(CODAS.length)]);
    if (random.nextInt(6) > 0) {
      // a tone after a random vowel of the nucleus, before or after its quality mark
      List<Integer> vowels = new ArrayList<>();
      for (int i = 0; i < nucleus.length(); i++) {
        if (Character.isLetter(nucleus.charAt(i))) {
          vowels.add(nucleusStart + i + 1);
        }
      }
      int at = vowels.get(random.nextInt(vowels.size()));
      if (at < s.length() && !Character.isLetter(s.charAt(at)) && random.nextBoolean()) {
        at++;
      }
      s.insert(at, TONES.charAt(random.nextInt(TONES.length())));
    }
    String syllable = s.toString();
    syllable =
        switch (random.nextInt(4)) {
          case 0 -> Normalizer.normalize(syllable, Normalizer.Form.NFD);
          case 1 -> syllable; // marks in the order written, not always canonical
          default -> Normalizer.normalize(syllable, Normalizer.Form.NFC);
        };
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < syllable.length(); i++) {
      char c = syllable.charAt(i);
      out.append(random.nextInt(5) == 0 ? Character.toUpperCase(c) : c);
    }
    if (random.nextInt(8) == 0) {
      out.insert(random.nextInt(out.length() + 1), ODD[random.nextInt(ODD.length)]);
    }
    return out.toString();
  }

  private static List<String> randomTerms(Random random) {
    List<String> terms = new ArrayList<>();
    int n = 1 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      terms.add(
          random.nextInt(5) == 0 ? FilterEquivalence.randomTerm(random) : randomSyllable(random));
    }
    return terms;
  }

  public void testNormalizationSameOutputAsBefore() {
    Random random = random();
    for (int round = 0; round < 500 * RANDOM_MULTIPLIER; round++) {
      FilterEquivalence.assertSameOutput(
          random,
          randomTerms(random),
          ReferenceVietnameseNormalizationFilter::new,
          VietnameseNormalizationFilter::new);
    }
  }

  /** Each odd char at every place in a few syllables, composed and decomposed. */
  public void testOddCharsSameOutputAsBefore() {
    List<String> terms = new ArrayList<>();
    for (String word : List.of("a", "i", "hoa", "hòa", "Thủy", "tỷ", "quý", "gì", "người", "ka")) {
      for (String form :
          List.of(
              Normalizer.normalize(word, Normalizer.Form.NFC),
              Normalizer.normalize(word, Normalizer.Form.NFD))) {
        for (String odd : ODD) {
          for (int at = 0; at <= form.length(); at++) {
            terms.add(form.substring(0, at) + odd + form.substring(at));
          }
          terms.add(form.replace("a", odd));
        }
      }
    }
    FilterEquivalence.assertSameOutput(
        random(),
        terms,
        ReferenceVietnameseNormalizationFilter::new,
        VietnameseNormalizationFilter::new);
    FilterEquivalence.assertSameOutput(
        random(), terms, ReferenceVietnameseFoldingFilter::new, VietnameseFoldingFilter::new);
  }

  public void testFoldingSameOutputAsBefore() {
    Random random = random();
    for (int round = 0; round < 500 * RANDOM_MULTIPLIER; round++) {
      List<String> terms = randomTerms(random);
      FilterEquivalence.assertSameOutput(
          random, terms, ReferenceVietnameseFoldingFilter::new, VietnameseFoldingFilter::new);
      FilterEquivalence.assertSameOutput(
          random,
          terms,
          in ->
              new ReferenceVietnameseFoldingFilter(new ReferenceVietnameseNormalizationFilter(in)),
          in -> new VietnameseFoldingFilter(new VietnameseNormalizationFilter(in)));
    }
  }

  /** The chains of the Vietnamese fields, on text: ICU words, NFKC case folding, the filters. */
  public void testChainsSameOutputAsBefore() throws Exception {
    Random random = random();
    try (Analyzer expected = chain(ReferenceVietnameseNormalizationFilter::new, null);
        Analyzer actual = chain(VietnameseNormalizationFilter::new, null);
        Analyzer expectedFolded =
            chain(
                ReferenceVietnameseNormalizationFilter::new,
                ReferenceVietnameseFoldingFilter::new);
        Analyzer actualFolded =
            chain(VietnameseNormalizationFilter::new, VietnameseFoldingFilter::new)) {
      for (int round = 0; round < 200 * RANDOM_MULTIPLIER; round++) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
          text.append(
                  random.nextInt(6) == 0
                      ? FilterEquivalence.randomTerm(random)
                      : randomSyllable(random))
              .append(random.nextInt(8) == 0 ? ", " : " ");
        }
        FilterEquivalence.assertSameAnalysis(expected, actual, text.toString());
        FilterEquivalence.assertSameAnalysis(expectedFolded, actualFolded, text.toString());
      }
    }
  }

  private static Analyzer chain(
      UnaryOperator<TokenStream> normalization, UnaryOperator<TokenStream> folding) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream result = normalization.apply(new ICUNormalizer2Filter(source));
        return new TokenStreamComponents(source, folding == null ? result : folding.apply(result));
      }
    };
  }

  /**
   * {@link VietnameseLetters} looks up the decompositions of the chars of a few blocks only: no
   * code point outside them decomposes into Vietnamese letters and marks alone.
   */
  public void testNoCharOutsideTheBlocksDecomposesIntoVietnameseLetters() {
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    int checked = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean inBlock = false;
      for (int[] block : VietnameseLetters.BLOCKS) {
        inBlock |= cp >= block[0] && cp < block[1];
      }
      if (inBlock) {
        continue;
      }
      String decomposition = nfd.getDecomposition(cp);
      String nfdForm = decomposition == null ? Character.toString(cp) : decomposition;
      assertFalse(
          Integer.toHexString(cp),
          nfdForm.chars().allMatch(c -> isVietnameseLetterOrMark((char) c)));
      checked++;
    }
    assertTrue(checked > 1_000_000);
  }

  private static boolean isVietnameseLetterOrMark(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == 'đ'
        || c == 'Đ'
        || VietnameseLetters.isToneMark(c)
        || VietnameseLetters.isQualityMark(c);
  }
}
