package io.github.loci.analyzers.it;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link ItalianAccentFilter}; it takes no arguments. */
public final class ItalianAccentFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "lociItalianAccent";

  /**
   * Creates the factory.
   *
   * @param args must be empty
   * @throws IllegalArgumentException for any argument
   */
  public ItalianAccentFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public ItalianAccentFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ItalianAccentFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new ItalianAccentFilter(input);
  }
}
