package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.analyzers.Language;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.amount.Qualifier;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.DetectedLanguage;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.PassageDocuments;
import io.github.loci.core.segment.Passage;
import io.github.loci.opensearch.analysis.LociAnalyzerNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;

/**
 * The OpenSearch index template for Loci's documents, generated from the documents the embedded
 * index writes: a probe source, with every language field, both kinds of amount, a URL and a path,
 * goes through {@link PassageDocuments#build}, and each Lucene field it yields becomes a mapping by
 * its field type. A field added to the embedded documents thus appears in the template without
 * being written twice.
 *
 * <ul>
 *   <li>analyzed text → {@code text} with offsets (for match spans), analyzed by the plugin's
 *       analyzer of that field ({@link LociAnalyzerNames#ofField}); a language's main field
 *       searches with the query analyzer;
 *   <li>an indexed string → {@code keyword}; with doc values when the embedded field has them;
 *   <li>points → {@code double} or {@code long}, indexed; numeric doc values → the same, with doc
 *       values and not indexed unless points are there too;
 *   <li>stored only → not indexed, no doc values: read back from {@code _source}.
 * </ul>
 *
 * <p>The language fields repeat the passage text: {@code _source} leaves them out, keeping {@code
 * text} once.
 */
public final class PassageTemplate {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PassageTemplate() {}

  /**
   * The mappings of a Loci index.
   *
   * @return the {@code mappings} object: strict, every field of the embedded documents
   */
  public static ObjectNode mappings() {
    Map<String, ObjectNode> properties = new TreeMap<>();
    for (Document doc : probe()) {
      for (IndexableField field : doc.getFields()) {
        merge(properties.computeIfAbsent(field.name(), n -> JSON.createObjectNode()), field);
      }
    }
    ObjectNode mappings = JSON.createObjectNode();
    mappings.put("dynamic", "strict");
    ArrayNode excludes = mappings.putObject("_source").putArray("excludes");
    excludes.add("text_*");
    ObjectNode props = mappings.putObject("properties");
    properties.forEach(props::set);
    return mappings;
  }

  /**
   * The index template: the mappings and index settings for indexes whose names match a pattern.
   *
   * @param pattern index names, such as {@code loci-*}
   * @param shards primary shards per index
   * @param replicas replicas per shard
   * @return the body of {@code PUT _index_template/<name>}
   */
  public static ObjectNode template(String pattern, int shards, int replicas) {
    ObjectNode template = JSON.createObjectNode();
    template.putArray("index_patterns").add(pattern);
    ObjectNode body = template.putObject("template");
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    body.set("mappings", mappings());
    return template;
  }

  /** Adds what one Lucene field says to its mapping. */
  private static void merge(ObjectNode mapping, IndexableField field) {
    IndexableFieldType type = field.fieldType();
    String name = field.name();
    if (type.tokenized() && type.indexOptions() != IndexOptions.NONE) {
      mapping.put("type", "text");
      mapping.put(
          "index_options",
          type.indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
              ? "offsets"
              : "positions");
      mapping.put("analyzer", LociAnalyzerNames.ofField(name));
      if (Fields.languageOfField(name).filter(l -> Fields.textField(l).equals(name)).isPresent()) {
        mapping.put("search_analyzer", LociAnalyzerNames.ofField(name) + "_query");
      }
      return;
    }
    if (type.indexOptions() != IndexOptions.NONE) {
      mapping.put("type", "keyword");
      mapping.put("index", true);
      mapping.put("doc_values", mapping.path("doc_values").asBoolean(false));
    } else if (type.pointDimensionCount() > 0) {
      mapping.put("type", numericType(field));
      mapping.put("index", true);
      mapping.put("doc_values", mapping.path("doc_values").asBoolean(false));
    } else if (type.docValuesType() != DocValuesType.NONE) {
      if (!mapping.has("type")) {
        mapping.put("type", numericType(field));
        mapping.put("index", false);
      }
      mapping.put("doc_values", true);
    } else if (!mapping.has("type")) {
      mapping.put("type", field.numericValue() == null ? "keyword" : numericType(field));
      mapping.put("index", false);
      mapping.put("doc_values", false);
    }
  }

  /**
   * A number's type: {@code double}, {@code long} or {@code integer}. Double doc values hold a
   * sortable long, so their class says what they are.
   */
  private static String numericType(IndexableField field) {
    Number value = field.numericValue();
    if (value == null) {
      return "keyword";
    }
    if (field instanceof DoubleDocValuesField
        || value instanceof Double
        || value instanceof Float) {
      return "double";
    }
    return value instanceof Long ? "long" : "integer";
  }

  /** The documents of a probe source that has every field the embedded index writes. */
  private static List<Document> probe() {
    List<String> fields;
    try (Analysis analysis = new Analysis()) {
      fields = analysis.fieldNames(List.of(Language.values()));
    }
    String text = "Probe: 5% of 10 dollars.";
    PassageDocuments.SourceMeta meta =
        new PassageDocuments.SourceMeta(
            "probe",
            "Probe",
            Optional.of("https://example.org/probe"),
            Optional.of("probe.txt"),
            new DetectedLanguage("en", 1),
            fields,
            true,
            "hash",
            text);
    Passage passage = new Passage("probe", 0, 0, text.length(), 0, 1, false, text);
    List<Amount> amounts =
        List.of(
            new Amount(AmountKind.PERCENT, 5, Optional.empty(), Qualifier.EXACT, 7, 9),
            new Amount(AmountKind.MONEY, 10, Optional.of("USD"), Qualifier.EXACT, 13, 23));
    return PassageDocuments.build(meta, List.of(passage), amounts);
  }
}
