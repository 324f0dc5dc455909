package io.github.loci.opensearch.client;

import io.github.loci.core.Loci;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topics;
import io.github.loci.opensearch.LociClusterTestCase;
import java.nio.file.Path;
import java.util.List;

/**
 * The seeds indexed through OpenSearch (3 shards, 1 replica) and searched with {@link
 * OpenSearchSearcher}: the same hits as embedded Loci on the same seeds, in the same order, with
 * the same scores, citations, match spans and concepts.
 */
public class SearchIT extends LociClusterTestCase {
  private static final Path SEEDS = Path.of("..", "corpus", "seeds");

  public void testSearchesGiveTheEmbeddedHits() throws Exception {
    String url = httpUrl();
    // Created and filled as `loci index --opensearch` does.
    try (RemoteLoci cli =
        RemoteLoci.connect(url, "loci-seeds", Topics.builtIn(), Lexicon.builtIn())) {
      cli.createIfMissing(3, 1);
      ensureGreen("loci-seeds");
      OpenSearchIndexReport report = cli.index(SourceReader.read(SEEDS).sources());
      assertEquals(List.of(), report.failures());
      assertEquals(5, report.indexed());
      cli.createIfMissing(3, 1);
    }
    assertEquals(
        "3",
        client()
            .admin()
            .indices()
            .prepareGetSettings("loci-seeds")
            .get()
            .getSetting("loci-seeds", "index.number_of_shards"));
    try (Analysis analysis = new Analysis()) {
      refresh("loci-seeds");
      OpenSearchSearcher remote =
          new OpenSearchSearcher(
              javaClient(),
              "loci-seeds",
              analysis,
              Topics.builtIn(),
              ConceptMatcher.lazy(Lexicon.builtIn(), analysis),
              Loci.DEFAULT_K1,
              Loci.DEFAULT_B);
      List<SearchRequest> requests =
          List.of(
              SearchRequest.builder().query("data centres").limit(5).build(),
              SearchRequest.builder().query("inversiones en centros de datos").limit(5).build(),
              SearchRequest.builder()
                  .query("investments")
                  .queryLanguage("en")
                  .limit(5)
                  .offset(2)
                  .build(),
              SearchRequest.builder().topic("investments").limit(5).build(),
              SearchRequest.builder()
                  .query("\"data centres\" billion")
                  .order(SearchRequest.Order.AMOUNT)
                  .limit(5)
                  .build(),
              // A phrase alone: on a shard without its terms, Lucene's phrase weight asks for no
              // field statistics, so DFS summed the field's document count over fewer shards.
              SearchRequest.builder().query("\"Hong Kong\"").limit(5).build(),
              SearchRequest.builder().query("\"data centers\"").limit(5).build());
      // The facade the command line uses gives the same hits.
      try (RemoteLoci cli =
          RemoteLoci.connect(url, "loci-seeds", Topics.builtIn(), Lexicon.builtIn())) {
        assertEquals(
            withoutScores(remote.search(requests.get(0)).hits()),
            withoutScores(cli.search(requests.get(0)).hits()));
        // A plan the plugin cannot read: OpenSearch's error, naming the node, in one message.
        OpenSearchRequestException bad =
            expectThrows(
                OpenSearchRequestException.class,
                () ->
                    LociOpenSearch.request(
                        javaClient(),
                        "POST",
                        "/loci-seeds/_search",
                        java.util.Map.of(),
                        "{\"query\": {\"loci\": {\"plan\": {\"nope\": {}},"
                            + " \"language_fields\": [], \"passages_field\": \"text_neutral\"}}}"));
        assertTrue(
            bad.getMessage(),
            bad.getMessage().contains("loci.plan.nope: unknown plan node kind 'nope'"));
        assertTrue(bad.getMessage(), bad.getMessage().contains("status 400"));
      }
      try (Loci embedded = Loci.open(createTempDir())) {
        embedded.index(SourceReader.read(SEEDS));
        for (SearchRequest request : requests) {
          SearchResult expected = embedded.search(request);
          SearchResult actual = remote.search(request);
          String what =
              request
                  + "\nembedded: "
                  + summary(expected.hits())
                  + "\nopensearch: "
                  + summary(actual.hits());
          assertFalse(what, expected.hits().isEmpty());
          assertEquals(what, expected.totalMatches(), actual.totalMatches());
          assertEquals(what, expected.expansions(), actual.expansions());
          assertEquals(what, withoutScores(expected.hits()), withoutScores(actual.hits()));
          for (int i = 0; i < expected.hits().size(); i++) {
            float want = expected.hits().get(i).score();
            assertEquals(what + " hit " + i, want, actual.hits().get(i).score(), want * 1e-5f);
          }
        }
      }
    }
  }

  private static List<String> summary(List<Hit> hits) {
    return hits.stream().map(h -> h.sourceId() + "#" + h.ordinal() + "=" + h.score()).toList();
  }

  /** The hits with their scores set to 0, so that everything else compares exactly. */
  private static List<Hit> withoutScores(List<Hit> hits) {
    return hits.stream()
        .map(
            h ->
                new Hit(
                    h.rank(),
                    0f,
                    h.sourceId(),
                    h.ordinal(),
                    h.title(),
                    h.url(),
                    h.path(),
                    h.lang(),
                    h.text(),
                    h.start(),
                    h.end(),
                    h.sentenceStart(),
                    h.sentenceEnd(),
                    h.furniture(),
                    h.matches(),
                    h.amounts()))
        .toList();
  }
}
