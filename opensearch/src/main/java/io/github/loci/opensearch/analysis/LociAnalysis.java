package io.github.loci.opensearch.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;

/** The plugin's analysis providers, as OpenSearch's {@code AnalysisPlugin} wants them. */
public final class LociAnalysis {
  private LociAnalysis() {}

  /**
   * Loci's analyzers by name.
   *
   * @return the providers
   */
  public static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> providers =
        new LinkedHashMap<>();
    LociAnalyzerNames.all()
        .forEach(
            (name, factory) ->
                providers.put(
                    name,
                    (indexSettings, environment, analyzerName, settings) ->
                        new LociAnalyzerProvider(indexSettings, analyzerName, settings, factory)));
    return providers;
  }

  /**
   * Loci's token filters by name.
   *
   * @return the providers
   */
  public static Map<String, AnalysisProvider<TokenFilterFactory>> tokenFilters() {
    Map<String, AnalysisProvider<TokenFilterFactory>> providers = new LinkedHashMap<>();
    LociTokenFilters.all()
        .forEach(
            (name, factory) ->
                providers.put(
                    name,
                    (indexSettings, environment, filterName, settings) ->
                        new LociTokenFilterFactory(indexSettings, filterName, settings, factory)));
    return providers;
  }
}
