package io.github.loci.opensearch;

import io.github.loci.opensearch.analysis.LociAnalysis;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Loci in OpenSearch: its analyzers, one per Loci field, and its token filters, registered by name
 * ({@link io.github.loci.opensearch.analysis.LociAnalyzerNames}, {@link
 * io.github.loci.opensearch.analysis.LociTokenFilters}).
 */
public final class LociPlugin extends Plugin implements AnalysisPlugin {
  /** Created by OpenSearch when it loads the plugin. */
  public LociPlugin() {}

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return LociAnalysis.analyzers();
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return LociAnalysis.tokenFilters();
  }
}
