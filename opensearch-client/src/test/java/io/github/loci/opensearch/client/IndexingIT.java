package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.Loci;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.index.SourceIndexer;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.core.segment.Segmenter;
import io.github.loci.opensearch.LociClusterTestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The seeds indexed through OpenSearch with the generated template, on three shards and one
 * replica: the same passages as the embedded index, unchanged sources left, changed ones replaced
 * without stale passages, and a refused document reported against its source.
 */
public class IndexingIT extends LociClusterTestCase {
  private static final Path SEEDS = Path.of("..", "corpus", "seeds");

  private SourceIndexer sourceIndexer() {
    return new SourceIndexer(
        new Analysis(), Segmenter.defaults(), LanguageDetectors.defaultDetector());
  }

  public void testSeedsGiveTheEmbeddedPassages() throws Exception {
    LociOpenSearch.putTemplate(javaClient(), "loci", "loci-*", 3, 1);
    LociOpenSearch.createIndex(javaClient(), "loci-seeds");
    ensureGreen("loci-seeds");
    List<Source> seeds = SourceReader.read(SEEDS).sources();
    assertEquals(5, seeds.size());
    OpenSearchIndexer indexer =
        new OpenSearchIndexer(javaClient(), "loci-seeds", sourceIndexer(), 3, 50);

    OpenSearchIndexReport first = indexer.index(seeds);
    assertEquals(List.of(), first.failures());
    assertEquals(5, first.indexed());
    Path embeddedDir = createTempDir();
    IndexReport embedded;
    try (Loci loci = Loci.open(embeddedDir)) {
      embedded = loci.index(SourceReader.read(SEEDS));
    }
    assertEquals(embedded.passagesWritten(), first.passages());
    refresh("loci-seeds");
    Map<String, String> texts = passageTexts(null);
    assertEquals(embedded.passagesWritten(), texts.size());

    OpenSearchIndexReport again = indexer.index(seeds);
    assertEquals(0, again.indexed());
    assertEquals(5, again.unchanged());
    assertEquals(List.of(), again.failures());

    Source first0 = seeds.get(0);
    String shorter = first0.text().substring(0, first0.text().indexOf('\n'));
    Source changed =
        new Source(
            first0.id(), first0.title(), first0.url(), first0.path(), first0.language(), shorter);
    OpenSearchIndexReport replaced = indexer.index(List.of(changed));
    assertEquals(List.of(), replaced.failures());
    assertEquals(1, replaced.indexed());
    refresh("loci-seeds");
    Map<String, String> now = passageTexts(first0.id());
    assertEquals(replaced.passages(), now.size());
    assertTrue(now.toString(), now.values().stream().allMatch(shorter::contains));
  }

  /** Each text field of an index made from the template analyzes as the embedded field does. */
  public void testTemplateFieldsAnalyzeAsTheEmbeddedFields() throws Exception {
    LociOpenSearch.putTemplate(javaClient(), "loci", "loci-*", 3, 1);
    LociOpenSearch.createIndex(javaClient(), "loci-fields");
    ensureGreen("loci-fields");
    String text = SourceReader.read(SEEDS).sources().get(4).text().substring(0, 600);
    List<String> fields = new ArrayList<>();
    PassageTemplate.mappings()
        .get("properties")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().path("type").asText().equals("text")) {
                fields.add(e.getKey());
              }
            });
    assertEquals(8, fields.size());
    try (Analysis analysis = new Analysis()) {
      for (String field : fields) {
        List<String> embedded =
            Analysis.tokens(analysis.indexAnalyzer(), field, text).stream()
                .map(t -> t.term() + "@" + t.position() + ":" + t.start() + "-" + t.end())
                .toList();
        List<String> remote =
            javaClient()
                .indices()
                .analyze(a -> a.index("loci-fields").field(field).text(text))
                .tokens()
                .stream()
                .map(
                    t ->
                        t.token()
                            + "@"
                            + t.position()
                            + ":"
                            + t.startOffset()
                            + "-"
                            + t.endOffset())
                .toList();
        assertFalse(field, embedded.isEmpty());
        assertEquals(field, embedded, remote);
      }
    }
  }

  public void testRefusedDocumentsFailTheirSourceOnly() throws Exception {
    // No template matches: a strict index without Loci's fields refuses every document.
    assertEquals(200, send("PUT", "/strict", "{\"mappings\": {\"dynamic\": \"strict\"}}"));
    List<Source> seeds = SourceReader.read(SEEDS).sources().subList(0, 2);
    OpenSearchIndexReport report =
        new OpenSearchIndexer(javaClient(), "strict", sourceIndexer(), 1, 10).index(seeds);
    assertEquals(0, report.indexed());
    assertEquals(2, report.failures().size());
    for (SourceFailure failure : report.failures()) {
      assertTrue(failure.reason(), failure.reason().contains("strict_dynamic_mapping_exception"));
      assertTrue(failure.reason(), failure.reason().startsWith("document " + failure.sourceId()));
    }
  }

  public void testAnIndexIsCreatedWithLociMappingsBesideTheClustersTemplates() throws Exception {
    // The README's own template for loci-* at the default priority: a template of Loci's own for
    // the index would clash with it; the index's own request does not.
    LociOpenSearch.putTemplate(javaClient(), "loci", "loci-*", 1, 0);
    String url = httpUrl();
    try (RemoteLoci remote =
        RemoteLoci.connect(
            url,
            "loci-own",
            io.github.loci.core.search.Topics.builtIn(),
            io.github.loci.core.lexicon.Lexicon.builtIn())) {
      remote.createIfMissing(2, 0);
      ensureGreen("loci-own");
      remote.createIfMissing(2, 0); // exists, with Loci's mappings: nothing to do
      // A source whose ids OpenSearch refuses (over 512 bytes) fails alone; the others are written.
      List<Source> sources = new ArrayList<>(SourceReader.read(SEEDS).sources().subList(0, 2));
      sources.add(Source.of("x".repeat(600), "Long", "Data centres use water."));
      OpenSearchIndexReport report = remote.index(sources);
      assertEquals(2, report.indexed());
      assertEquals(
          List.of("x".repeat(600)), report.failures().stream().map(f -> f.sourceId()).toList());
    }
    assertEquals(
        "2",
        client()
            .admin()
            .indices()
            .prepareGetSettings("loci-own")
            .get()
            .getSetting("loci-own", "index.number_of_shards"));
    // An index an earlier Loci made, without the percentages' field, gets it: its mapping is
    // strict, and a passage stating a percentage was refused.
    com.fasterxml.jackson.databind.node.ObjectNode old =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            PassageTemplate.template("loci-old", 1, 0).get("template").deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) old.path("mappings").path("properties"))
        .remove(io.github.loci.core.index.Fields.AMOUNT_PERCENT);
    assertEquals(200, send("PUT", "/loci-old", old.toString()));
    try (RemoteLoci remote =
        RemoteLoci.connect(
            url,
            "loci-old",
            io.github.loci.core.search.Topics.builtIn(),
            io.github.loci.core.lexicon.Lexicon.builtIn())) {
      remote.createIfMissing(1, 0);
      OpenSearchIndexReport report =
          remote.index(List.of(Source.of("pct", "Share", "Su cuota es cercana al 8% este año.")));
      assertEquals(report.failures().toString(), 1, report.indexed());
    }
    // An index made otherwise (OpenSearch's dynamic mapping) is refused, naming it.
    assertEquals(200, send("PUT", "/plain", "{}"));
    try (RemoteLoci remote =
        RemoteLoci.connect(
            url,
            "plain",
            io.github.loci.core.search.Topics.builtIn(),
            io.github.loci.core.lexicon.Lexicon.builtIn())) {
      OpenSearchRequestException e =
          expectThrows(OpenSearchRequestException.class, () -> remote.createIfMissing(1, 0));
      assertTrue(
          e.getMessage(), e.getMessage().contains("index plain exists without Loci's mappings"));
    }
  }

  /** Passage id to text, for one source or all. */
  private Map<String, String> passageTexts(String sourceId) throws Exception {
    SearchResponse<ObjectNode> response =
        javaClient()
            .search(
                s ->
                    s.index("loci-seeds")
                        .size(1000)
                        .query(
                            q ->
                                q.bool(
                                    b -> {
                                      b.filter(
                                          f ->
                                              f.term(
                                                  t ->
                                                      t.field(Fields.TYPE)
                                                          .value(
                                                              FieldValue.of(Fields.TYPE_PASSAGE))));
                                      if (sourceId != null) {
                                        b.filter(
                                            f ->
                                                f.term(
                                                    t ->
                                                        t.field(Fields.SOURCE_ID)
                                                            .value(FieldValue.of(sourceId))));
                                      }
                                      return b;
                                    })),
                ObjectNode.class);
    Map<String, String> texts = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      if (hit.source() == null || !hit.source().has(Fields.TEXT)) {
        missing.add(hit.id());
      } else {
        texts.put(hit.id(), hit.source().get(Fields.TEXT).asText());
      }
    }
    assertEquals(List.of(), missing);
    return texts;
  }
}
