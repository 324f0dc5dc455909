package io.github.loci.analyzers.vi;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseNormalizationFilter}, registered under the SPI name {@value #NAME}.
 *
 * <p>It takes no parameters. Example in a custom analyzer:
 *
 * <pre>{@code
 * CustomAnalyzer.builder()
 *     .withTokenizer("icu")
 *     .addTokenFilter("icuNormalizer2")
 *     .addTokenFilter(VietnameseNormalizationFilterFactory.NAME)
 *     .build();
 * }</pre>
 *
 * <p>{@link #normalize(TokenStream)} applies the same filter, so that wildcard, prefix and fuzzy
 * query terms are normalized like indexed terms.
 */
public class VietnameseNormalizationFilterFactory extends TokenFilterFactory {

  /** SPI name of this factory. */
  public static final String NAME = "lociVietnameseNormalization";

  /**
   * Creates the factory from its arguments.
   *
   * @param args the arguments; none are accepted
   * @throws IllegalArgumentException if {@code args} holds any parameter other than the ones every
   *     factory understands (such as {@code luceneMatchVersion})
   */
  public VietnameseNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /**
   * Default constructor for the SPI loader only; always throws.
   *
   * @throws UnsupportedOperationException always
   */
  public VietnameseNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  /**
   * Wraps {@code input} in a {@link VietnameseNormalizationFilter}.
   *
   * @param input the token stream to normalize
   * @return the filtered stream
   */
  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseNormalizationFilter(input);
  }

  /**
   * Wraps {@code input} in a {@link VietnameseNormalizationFilter}, as {@link #create} does, so
   * that multi-term query terms are normalized too.
   *
   * @param input the token stream to normalize
   * @return the filtered stream
   */
  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
