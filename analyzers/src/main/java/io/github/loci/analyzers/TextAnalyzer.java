package io.github.loci.analyzers;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/**
 * The base of Loci's analyzers: every one reads its text through {@link TextCharFilter}, for
 * indexing, queries and {@link Analyzer#normalize} alike.
 */
public abstract class TextAnalyzer extends Analyzer {
  /** Creates an analyzer with Lucene's default reuse strategy. */
  protected TextAnalyzer() {}

  @Override
  protected final Reader initReader(String fieldName, Reader reader) {
    return new TextCharFilter(reader);
  }

  @Override
  protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new TextCharFilter(reader);
  }
}
