package io.github.loci.analyzers.vi;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  /** ICU tokenizer straight into the filter: case and NFD reach it. */
  private Analyzer raw;

  /** The full chain for a diacritic-insensitive field: normalize, then fold. */
  private Analyzer chain;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            return new TokenStreamComponents(
                source, new VietnameseFoldingFilter(new ICUNormalizer2Filter(source)));
          }
        };
    raw =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            return new TokenStreamComponents(source, new VietnameseFoldingFilter(source));
          }
        };
    chain =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            TokenStream ts = new ICUNormalizer2Filter(source);
            ts = new VietnameseNormalizationFilter(ts);
            return new TokenStreamComponents(source, new VietnameseFoldingFilter(ts));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    raw.close();
    chain.close();
    super.tearDown();
  }

  public void testFolds() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Trung tâm dữ liệu",
        new String[] {"trung", "tam", "du", "lieu"},
        new int[] {0, 6, 10, 13},
        new int[] {5, 9, 12, 17});
    assertAnalyzesTo(
        analyzer, "Đà Nẵng", new String[] {"da", "nang"}, new int[] {0, 3}, new int[] {2, 7});
    assertAnalyzesTo(
        analyzer, "người ĐƯỜNG Quốc ủy", new String[] {"nguoi", "duong", "quoc", "uy"});
  }

  public void testRawInput() throws IOException {
    String nfd = Normalizer.normalize("Trung tâm dữ liệu Đà Nẵng", Normalizer.Form.NFD);
    assertAnalyzesTo(
        raw,
        nfd,
        new String[] {"trung", "tam", "du", "lieu", "da", "nang"},
        new int[] {0, 6, 11, 16, 23, 27},
        new int[] {5, 10, 15, 22, 26, 33});
    assertAnalyzesTo(raw, "TRUNG TÂM", new String[] {"trung", "tam"});
  }

  public void testOtherMarksKept() throws IOException {
    assertAnalyzesTo(
        analyzer, "über café Москва 2019", new String[] {"über", "cafe", "москва", "2019"});
  }

  public void testChainMatchesQueriesWithoutDiacritics() throws IOException {
    assertAnalyzesTo(chain, "Tỷ phú thủy", new String[] {"ti", "phu", "thuy"});
    assertAnalyzesTo(chain, "ty phu thuy", new String[] {"ti", "phu", "thuy"});
  }

  public void testKeywordsUntouched() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("dữ"), false);
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            TokenStream ts = new ICUNormalizer2Filter(source);
            ts = new SetKeywordMarkerFilter(ts, keywords);
            return new TokenStreamComponents(source, new VietnameseFoldingFilter(ts));
          }
        };
    assertAnalyzesTo(a, "dữ liệu", new String[] {"dữ", "lieu"});
    a.close();
  }

  public void testEmpty() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
  }

  public void testRandomData() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), raw, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), chain, 200 * RANDOM_MULTIPLIER);
  }
}
