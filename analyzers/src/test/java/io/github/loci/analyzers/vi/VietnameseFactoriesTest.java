package io.github.loci.analyzers.vi;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class VietnameseFactoriesTest extends BaseTokenStreamTestCase {

  private static Tokenizer tokenizer(String text) {
    Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
    t.setReader(new StringReader(text));
    return t;
  }

  private static Map<String, String> bogus() {
    Map<String, String> args = new HashMap<>();
    args.put("bogus", "x");
    return args;
  }

  public void testNormalizationFactory() throws IOException {
    TokenFilterFactory factory = new VietnameseNormalizationFilterFactory(new HashMap<>());
    assertTokenStreamContents(
        factory.create(tokenizer("hòa thủy tỷ amazon")),
        new String[] {"hoà", "thuỷ", "tỉ", "amazon"});
    TokenStream normalized = factory.normalize(tokenizer("khỏe"));
    assertTrue(normalized instanceof VietnameseNormalizationFilter);
    assertTokenStreamContents(normalized, new String[] {"khoẻ"});
  }

  public void testFoldingFactory() throws IOException {
    TokenFilterFactory factory = new VietnameseFoldingFilterFactory(new HashMap<>());
    assertTokenStreamContents(
        factory.create(tokenizer("Trung tâm dữ liệu Đà Nẵng")),
        new String[] {"trung", "tam", "du", "lieu", "da", "nang"});
    TokenStream normalized = factory.normalize(tokenizer("Nẵng"));
    assertTrue(normalized instanceof VietnameseFoldingFilter);
    assertTokenStreamContents(normalized, new String[] {"nang"});
  }

  public void testBogusArguments() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> new VietnameseNormalizationFilterFactory(bogus()));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    e =
        expectThrows(
            IllegalArgumentException.class, () -> new VietnameseFoldingFilterFactory(bogus()));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
  }

  public void testDefaultConstructorThrows() {
    expectThrows(UnsupportedOperationException.class, VietnameseNormalizationFilterFactory::new);
    expectThrows(UnsupportedOperationException.class, VietnameseFoldingFilterFactory::new);
  }

  public void testSpiNames() {
    assertEquals(
        VietnameseNormalizationFilterFactory.NAME,
        TokenFilterFactory.findSPIName(VietnameseNormalizationFilterFactory.class));
    assertEquals(
        VietnameseFoldingFilterFactory.NAME,
        TokenFilterFactory.findSPIName(VietnameseFoldingFilterFactory.class));
  }
}
