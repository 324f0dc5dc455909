package io.github.loci.opensearch.client;

import io.github.loci.core.Loci;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.index.SourceIndexer;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.lexicon.LexiconFormatException;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topics;
import io.github.loci.core.segment.Segmenter;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Loci on one OpenSearch index, as the embedded {@link Loci} is on a folder: index sources and
 * search, with Loci's default analysis and BM25 parameters. For the command line, and for Java
 * callers who do not need the OpenSearch client themselves.
 */
public final class RemoteLoci implements Closeable {
  private final OpenSearchClient client;
  private final String index;
  private final Analysis analysis;
  private final OpenSearchSearcher searcher;

  private RemoteLoci(OpenSearchClient client, String index, Topics topics, Lexicon lexicon)
      throws LexiconFormatException {
    this.client = client;
    this.index = index;
    this.analysis = new Analysis();
    try {
      ConceptMatcher concepts =
          lexicon == Lexicon.builtIn()
              ? ConceptMatcher.lazy(lexicon, analysis)
              : new ConceptMatcher(lexicon, analysis);
      this.searcher =
          new OpenSearchSearcher(
              client, index, analysis, topics, concepts, Loci.DEFAULT_K1, Loci.DEFAULT_B);
    } catch (LexiconFormatException | RuntimeException e) {
      analysis.close();
      throw e;
    }
  }

  /**
   * Connects to an index.
   *
   * @param urls node URLs, comma-separated, such as {@code http://localhost:9200}
   * @param index the index's name
   * @param topics the topics queries are expanded with
   * @param lexicon the lexicon free text is translated with
   * @return the connection; close it when done
   * @throws IllegalArgumentException for a bad URL or index name
   * @throws LexiconFormatException if the lexicon cannot be analyzed
   */
  public static RemoteLoci connect(String urls, String index, Topics topics, Lexicon lexicon)
      throws LexiconFormatException {
    LociOpenSearch.checkIndexName(index);
    OpenSearchClient client = LociOpenSearch.connect(urls);
    try {
      return new RemoteLoci(client, index, topics, lexicon);
    } catch (LexiconFormatException | RuntimeException e) {
      // The client's I/O threads and connection pool are the caller's only through the result.
      try {
        client._transport().close();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Creates the index with Loci's settings and mappings in its own request (no template is left
   * behind, and none of the cluster's templates is in its way), unless it exists; an index that
   * exists must have Loci's mappings, and gets the fields a later Loci added to them (its mapping
   * is strict: a passage with a field it lacks would be refused).
   *
   * @param shards primary shards
   * @param replicas replicas per shard
   * @throws IOException if OpenSearch cannot be reached
   * @throws OpenSearchRequestException if OpenSearch refuses, with its reason, or if the index
   *     exists without Loci's mappings
   */
  public void createIfMissing(int shards, int replicas) throws IOException {
    if (client.indices().exists(e -> e.index(index)).value()) {
      LociOpenSearch.checkMappings(client, index);
      LociOpenSearch.addMissingFields(client, index);
      return;
    }
    LociOpenSearch.createIndex(client, index, shards, replicas);
  }

  /**
   * Indexes sources: detection, passages and amounts in Java, then in bulk to OpenSearch.
   *
   * @param sources the sources
   * @return what was written, with one failure per source that was not
   * @throws InterruptedException if interrupted while retrying
   */
  public OpenSearchIndexReport index(List<Source> sources) throws InterruptedException {
    return new OpenSearchIndexer(
            client,
            index,
            new SourceIndexer(analysis, Segmenter.defaults(), LanguageDetectors.defaultDetector()),
            3,
            200)
        .index(sources);
  }

  /**
   * Searches, as embedded search does ({@link OpenSearchSearcher}).
   *
   * @param request what to find
   * @return the hits
   * @throws IOException if OpenSearch cannot be reached
   * @throws OpenSearchRequestException if OpenSearch refuses the search, with its reason
   */
  public SearchResult search(SearchRequest request) throws IOException {
    return searcher.search(request);
  }

  @Override
  public void close() throws IOException {
    try {
      client._transport().close();
    } finally {
      analysis.close();
    }
  }
}
