package io.github.loci.opensearch.client;

import io.github.loci.core.Loci;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.SourceIndexer;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topics;
import io.github.loci.core.segment.Segmenter;
import io.github.loci.opensearch.LociClusterTestCase;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.test.InternalTestCluster;

/**
 * A data node stopped while sources are indexed and searched: once the cluster is yellow again no
 * search fails, and the indexing, which carries on through the stop, loses no source: the index
 * holds what a clean run writes.
 */
public class NodeStopIT extends LociClusterTestCase {
  private static final int COPIES = 8;

  public void testStoppingANodeLosesNoSourceAndNoSearchOnceYellow() throws Exception {
    // The node to stop, and a client on the other two: a request in flight on the node as it stops
    // is cut off (a real client retries it elsewhere), but the test framework then reports the
    // node's unreleased buffers and unended traces as leaks.
    String victim = randomFrom(internalCluster().getNodeNames());
    List<InetSocketAddress> survivors = new ArrayList<>();
    for (String node : internalCluster().getNodeNames()) {
      if (!node.equals(victim)) {
        survivors.add(
            internalCluster()
                .getInstance(HttpServerTransport.class, node)
                .boundAddress()
                .publishAddress()
                .address());
      }
    }
    OpenSearchClient client = clientOn(survivors.toArray(InetSocketAddress[]::new));
    LociOpenSearch.putTemplate(javaClient(), "loci", "loci-*", 3, 1);
    LociOpenSearch.createIndex(javaClient(), "loci-stop");
    ensureGreen("loci-stop");
    List<Source> seeds = SourceReader.read(Path.of("..", "corpus", "seeds")).sources();
    List<Source> sources = new ArrayList<>();
    for (int copy = 0; copy < COPIES; copy++) {
      for (Source s : seeds) {
        sources.add(
            new Source(s.id() + "-" + copy, s.title(), s.url(), s.path(), s.language(), s.text()));
      }
    }
    SourceIndexer sourceIndexer =
        new SourceIndexer(
            new Analysis(), Segmenter.defaults(), LanguageDetectors.defaultDetector());
    OpenSearchIndexer indexer = new OpenSearchIndexer(client, "loci-stop", sourceIndexer, 8, 250);

    AtomicBoolean yellowAgain = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong searches = new AtomicLong();
    List<String> searchFailures = new CopyOnWriteArrayList<>();
    Analysis searchAnalysis = new Analysis();
    OpenSearchSearcher loci =
        new OpenSearchSearcher(
            client,
            "loci-stop",
            searchAnalysis,
            Topics.builtIn(),
            ConceptMatcher.lazy(Lexicon.builtIn(), searchAnalysis),
            Loci.DEFAULT_K1,
            Loci.DEFAULT_B);
    AtomicLong lociSearches = new AtomicLong();
    // The loop runs Loci's own search (plan, concepts, DFS, match spans) before, through and after
    // the stop; once the cluster is yellow again none may fail or come back empty.
    Thread searching =
        new Thread(
            () -> {
              while (!stop.get()) {
                boolean counted = yellowAgain.get();
                try {
                  SearchResult result =
                      loci.search(SearchRequest.builder().query("data centres").limit(5).build());
                  if (counted && result.hits().isEmpty()) {
                    searchFailures.add("no hit for \"data centres\"");
                  }
                  if (counted) {
                    lociSearches.incrementAndGet();
                  }
                  searches.incrementAndGet();
                } catch (Exception e) {
                  if (counted) {
                    searchFailures.add(e.toString());
                  }
                }
              }
            });
    searching.start();

    long passages = 0;
    List<SourceFailure> failures = new ArrayList<>();
    int batch = 4;
    for (int from = 0; from < sources.size(); from += batch) {
      OpenSearchIndexReport report =
          indexer.index(sources.subList(from, Math.min(sources.size(), from + batch)));
      passages += report.passages();
      failures.addAll(report.failures());
      if (from == batch) {
        internalCluster().stopRandomNode(InternalTestCluster.nameFilter(victim));
      }
    }
    ensureYellow("loci-stop");
    yellowAgain.set(true);
    long before = searches.get();
    while (searches.get() < before + 20 || lociSearches.get() < 20) {
      Thread.sleep(10);
    }
    stop.set(true);
    searching.join();
    searchAnalysis.close();

    assertEquals(List.of(), failures);
    assertEquals(List.of(), searchFailures);
    refresh("loci-stop");
    long perCopy = 0;
    for (Source s : seeds) {
      perCopy += sourceIndexer.prepare(s, "clean").passages();
    }
    assertEquals(perCopy * COPIES, passages);
    assertEquals(perCopy * COPIES, count(Fields.TYPE_PASSAGE));
    assertEquals(sources.size(), count(Fields.TYPE_SOURCE));
  }

  private long count(String type) throws Exception {
    return javaClient()
        .count(
            c ->
                c.index("loci-stop")
                    .query(q -> q.term(t -> t.field(Fields.TYPE).value(FieldValue.of(type)))))
        .count();
  }
}
