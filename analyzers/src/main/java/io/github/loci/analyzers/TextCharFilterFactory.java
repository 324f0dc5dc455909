package io.github.loci.analyzers;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link TextCharFilter}, which every Loci analyzer reads through; no arguments. */
public final class TextCharFilterFactory extends CharFilterFactory {
  /** SPI name. */
  public static final String NAME = "lociText";

  /**
   * Creates the factory.
   *
   * @param args must be empty
   * @throws IllegalArgumentException for any argument
   */
  public TextCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public TextCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new TextCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return new TextCharFilter(input);
  }
}
