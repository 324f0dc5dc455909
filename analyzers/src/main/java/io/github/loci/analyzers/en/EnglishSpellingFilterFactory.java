package io.github.loci.analyzers.en;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link EnglishSpellingFilter}; it takes no arguments. */
public final class EnglishSpellingFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "lociEnglishSpelling";

  /**
   * Creates the factory.
   *
   * @param args must be empty
   * @throws IllegalArgumentException for any argument
   */
  public EnglishSpellingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public EnglishSpellingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new EnglishSpellingFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new EnglishSpellingFilter(input);
  }
}
