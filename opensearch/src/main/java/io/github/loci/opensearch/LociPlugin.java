package io.github.loci.opensearch;

import io.github.loci.opensearch.analysis.LociAnalysis;
import io.github.loci.opensearch.search.LociQueryBuilder;
import io.github.loci.opensearch.search.MatchesFetchPhase;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;
import org.opensearch.search.fetch.FetchSubPhase;

/**
 * Loci in OpenSearch: its analyzers, one per Loci field, and its token filters, registered by name
 * ({@link io.github.loci.opensearch.analysis.LociAnalyzerNames}, {@link
 * io.github.loci.opensearch.analysis.LociTokenFilters}); the {@code loci} query, a Loci query plan
 * with its lexicon concepts scored as embedded ({@link LociQueryBuilder}); and the match spans of
 * its hits as offsets ({@link MatchesFetchPhase}).
 */
public final class LociPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {
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

  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(
        new QuerySpec<>(
            LociQueryBuilder.NAME, LociQueryBuilder::new, LociQueryBuilder::fromXContent));
  }

  @Override
  public List<FetchSubPhase> getFetchSubPhases(FetchPhaseConstructionContext context) {
    return List.of(new MatchesFetchPhase());
  }
}
