package io.github.loci.opensearch.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.analyzers.Language;
import io.github.loci.core.Loci;
import io.github.loci.core.index.Fields;
import io.github.loci.core.ingest.SourceReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageTemplateTest {
  @Test
  void textFieldsTakeThePluginAnalyzerOfTheirField() {
    JsonNode props = PassageTemplate.mappings().get("properties");
    JsonNode es = props.get("text_es");
    assertEquals("text", es.get("type").asText());
    assertEquals("offsets", es.get("index_options").asText());
    assertEquals("loci_es", es.get("analyzer").asText());
    assertEquals("loci_es_query", es.get("search_analyzer").asText());
    JsonNode pairs = props.get("text_vi_folded_pairs");
    assertEquals("loci_vi_folded_pairs", pairs.get("analyzer").asText());
    assertFalse(pairs.has("search_analyzer"));
    assertEquals("loci_neutral", props.get(Fields.TEXT_NEUTRAL).get("analyzer").asText());
  }

  @Test
  void otherFieldsKeepTheirIndexingAndDocValues() {
    JsonNode props = PassageTemplate.mappings().get("properties");
    assertField(props, Fields.SOURCE_ID, "keyword", true, true);
    assertField(props, Fields.TYPE, "keyword", true, false);
    assertField(props, Fields.AMOUNT_KIND, "keyword", true, false);
    assertField(props, Fields.AMOUNT_MONEY, "double", true, false);
    assertField(props, Fields.AMOUNT_PERCENT, "double", true, false);
    assertField(props, Fields.AMOUNT_MAX, "double", false, true);
    assertField(props, Fields.ORDINAL, "long", false, true);
    assertField(props, Fields.TIER, "long", false, true);
    assertField(props, Fields.TEXT, "keyword", false, false);
    assertField(props, Fields.SOURCE_TEXT, "keyword", false, false);
    assertField(props, Fields.LANG_CONFIDENCE, "double", false, false);
    assertField(props, Fields.START, "integer", false, false);
  }

  @Test
  void templateCarriesShardsReplicasAndPattern() {
    ObjectNode template = PassageTemplate.template("loci-*", 3, 1);
    assertEquals("loci-*", template.get("index_patterns").get(0).asText());
    JsonNode index = template.get("template").get("settings").get("index");
    assertEquals(3, index.get("number_of_shards").asInt());
    assertEquals(1, index.get("number_of_replicas").asInt());
    assertEquals("strict", template.get("template").get("mappings").get("dynamic").asText());
  }

  /** Every field of a real embedded index (the seeds) has a mapping, and no mapping is extra. */
  @Test
  void mapsExactlyTheFieldsOfAnEmbeddedIndex(@TempDir Path dir) throws Exception {
    try (Loci loci = Loci.open(dir)) {
      loci.index(SourceReader.read(Path.of("..", "corpus", "seeds")));
    }
    Set<String> indexed = new TreeSet<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (var leaf : reader.leaves()) {
        for (FieldInfo info : leaf.reader().getFieldInfos()) {
          indexed.add(info.name);
        }
      }
    }
    // The analysis that indexed a source is embedded only (DocumentJson leaves it out), so that
    // indexes made with the template before it existed still take every document.
    indexed.remove(io.github.loci.core.index.Fields.ANALYSIS);
    Set<String> mapped = new TreeSet<>();
    PassageTemplate.mappings().get("properties").fieldNames().forEachRemaining(mapped::add);
    assertTrue(!mapped.contains(io.github.loci.core.index.Fields.ANALYSIS), mapped.toString());
    assertTrue(mapped.containsAll(indexed), "unmapped: " + diff(indexed, mapped));
    for (Language language : Language.values()) {
      assertTrue(mapped.contains(Fields.textField(language)));
    }
  }

  @Test
  void aSourcesAnalysisIsNeverSentToOpenSearch() {
    org.apache.lucene.document.Document source = new org.apache.lucene.document.Document();
    source.add(
        new org.apache.lucene.document.StringField(
            io.github.loci.core.index.Fields.SOURCE_ID,
            "a",
            org.apache.lucene.document.Field.Store.YES));
    io.github.loci.core.index.PassageDocuments.withAnalysis(
        new java.util.ArrayList<>(java.util.List.of(source)), "loci-6");
    var json = DocumentJson.of(source);
    assertTrue(!json.has(io.github.loci.core.index.Fields.ANALYSIS), json.toString());
    assertTrue(json.has(io.github.loci.core.index.Fields.SOURCE_ID), json.toString());
  }

  private static Set<String> diff(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static void assertField(
      JsonNode props, String name, String type, boolean index, boolean docValues) {
    JsonNode field = props.get(name);
    assertEquals(type, field.get("type").asText(), name);
    assertEquals(index, field.get("index").asBoolean(), name + " index");
    assertEquals(docValues, field.get("doc_values").asBoolean(), name + " doc_values");
  }
}
