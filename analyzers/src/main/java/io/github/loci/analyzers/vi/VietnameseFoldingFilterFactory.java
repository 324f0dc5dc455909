package io.github.loci.analyzers.vi;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseFoldingFilter}, registered under the SPI name {@value #NAME}.
 *
 * <p>It takes no parameters. Example in a custom analyzer:
 *
 * <pre>{@code
 * CustomAnalyzer.builder()
 *     .withTokenizer("icu")
 *     .addTokenFilter("icuNormalizer2")
 *     .addTokenFilter(VietnameseFoldingFilterFactory.NAME)
 *     .build();
 * }</pre>
 *
 * <p>{@link #normalize(TokenStream)} applies the same filter, so that wildcard, prefix and fuzzy
 * query terms are folded like indexed terms.
 */
public class VietnameseFoldingFilterFactory extends TokenFilterFactory {

  /** SPI name of this factory. */
  public static final String NAME = "lociVietnameseFolding";

  /**
   * Creates the factory from its arguments.
   *
   * @param args the arguments; none are accepted
   * @throws IllegalArgumentException if {@code args} holds any parameter other than the ones every
   *     factory understands (such as {@code luceneMatchVersion})
   */
  public VietnameseFoldingFilterFactory(Map<String, String> args) {
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
  public VietnameseFoldingFilterFactory() {
    throw defaultCtorException();
  }

  /**
   * Wraps {@code input} in a {@link VietnameseFoldingFilter}.
   *
   * @param input the token stream to fold
   * @return the filtered stream
   */
  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input);
  }

  /**
   * Wraps {@code input} in a {@link VietnameseFoldingFilter}, as {@link #create} does, so that
   * multi-term query terms are folded too.
   *
   * @param input the token stream to fold
   * @return the filtered stream
   */
  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
