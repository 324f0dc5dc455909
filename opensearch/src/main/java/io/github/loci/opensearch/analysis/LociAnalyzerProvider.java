package io.github.loci.opensearch.analysis;

import io.github.loci.analyzers.AnalysisMode;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * One of Loci's analyzers in an OpenSearch index: made once per index from its settings. The only
 * setting of Loci's own is {@code mode} ({@code index} or {@code query}); any other value is
 * refused with the analyzer's name, as OpenSearch refuses its own bad analysis settings.
 */
final class LociAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
  /** The setting that picks index-time or query-time analysis. */
  static final String MODE = "mode";

  private final Analyzer analyzer;

  LociAnalyzerProvider(
      IndexSettings indexSettings,
      String name,
      Settings settings,
      Function<AnalysisMode, Analyzer> factory) {
    super(indexSettings, name, settings);
    this.analyzer = factory.apply(mode(name, settings));
  }

  /** Reads the mode setting; the message names the analyzer, the setting and the values allowed. */
  static AnalysisMode mode(String name, Settings settings) {
    String value = settings.get(MODE, "index");
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "index" -> AnalysisMode.INDEX;
      case "query" -> AnalysisMode.QUERY;
      default ->
          throw new IllegalArgumentException(
              "analyzer ["
                  + name
                  + "]: setting ["
                  + MODE
                  + "] must be [index] or [query], not ["
                  + value
                  + "]");
    };
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
