package io.github.loci.analyzers;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NumberNormalizationFilter}.
 *
 * <ul>
 *   <li>{@code decimalSeparator}: {@code ","} or {@code "."}; default {@code ","}.
 *   <li>{@code mode}: {@code index} (one reading) or {@code query} (all readings); default {@code
 *       index}.
 * </ul>
 *
 * {@snippet :
 * CustomAnalyzer.builder()
 *     .withTokenizer("standard")
 *     .addTokenFilter("lociNumberNormalization", "decimalSeparator", ",")
 *     .build();
 * }
 */
public final class NumberNormalizationFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "lociNumberNormalization";

  private final char decimal;
  private final NumberNormalizationFilter.Mode mode;

  /**
   * Creates the factory.
   *
   * @param args {@code decimalSeparator} and {@code mode}
   * @throws IllegalArgumentException for a bad or unknown argument
   */
  public NumberNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    String separator = get(args, "decimalSeparator", ",");
    if (!separator.equals(",") && !separator.equals(".")) {
      throw new IllegalArgumentException(
          "decimalSeparator must be ',' or '.', not '" + separator + "'");
    }
    decimal = separator.charAt(0);
    mode =
        switch (get(args, "mode", "index")) {
          case "index" -> NumberNormalizationFilter.Mode.INDEX;
          case "query" -> NumberNormalizationFilter.Mode.QUERY;
          default -> throw new IllegalArgumentException("mode must be index or query");
        };
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public NumberNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NumberNormalizationFilter(input, decimal, mode);
  }
}
