package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.index.Fields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * One embedded Lucene document as the JSON document OpenSearch indexes under {@link
 * PassageTemplate}: each field's values (a field both indexed and stored, or stored and sorted on,
 * gives its value once; a field with several values becomes an array).
 */
public final class DocumentJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentJson() {}

  /**
   * The document's id in OpenSearch: the passage id ({@code source#ordinal}), or {@code source#}
   * for a source's own document.
   *
   * @param doc a document built by {@code PassageDocuments}
   * @return the id
   */
  public static String id(Document doc) {
    String passage = doc.get(Fields.PASSAGE_ID);
    return passage != null ? passage : doc.get(Fields.SOURCE_ID) + "#";
  }

  /**
   * The JSON of a document.
   *
   * @param doc a document built by {@code PassageDocuments}
   * @return its fields and values
   */
  public static ObjectNode of(Document doc) {
    Map<String, Set<Object>> values = new LinkedHashMap<>();
    for (IndexableField field : doc.getFields()) {
      if (field.name().equals(Fields.ANALYSIS)) {
        // Embedded only: indexes made with the template before it existed map no such field, and
        // their strict mappings would refuse every source's document.
        continue;
      }
      Object value = value(field);
      if (value != null) {
        values.computeIfAbsent(field.name(), n -> new LinkedHashSet<>()).add(value);
      }
    }
    ObjectNode json = JSON.createObjectNode();
    values.forEach(
        (name, set) -> {
          if (set.size() == 1) {
            json.set(name, JSON.valueToTree(set.iterator().next()));
          } else {
            ArrayNode array = json.putArray(name);
            set.forEach(v -> array.add((JsonNode) JSON.valueToTree(v)));
          }
        });
    return json;
  }

  /**
   * About how many chars a document's JSON takes, without making it: each field's name and value
   * and a few for the quotes and separators (escapes aside).
   *
   * @param doc a document built by {@code PassageDocuments}
   * @return the estimate
   */
  static long chars(Document doc) {
    long chars = 2;
    for (IndexableField field : doc.getFields()) {
      String text = field.stringValue();
      chars += field.name().length() + (text == null ? 24 : text.length()) + 6;
    }
    return chars;
  }

  private static Object value(IndexableField field) {
    if (field instanceof DoubleDocValuesField) {
      return NumericUtils.sortableLongToDouble(field.numericValue().longValue());
    }
    if (field instanceof DoublePoint point) {
      BytesRef bytes = point.binaryValue();
      return DoublePoint.decodeDimension(bytes.bytes, bytes.offset);
    }
    if (field.stringValue() != null) {
      return field.stringValue();
    }
    if (field.numericValue() != null) {
      return field.numericValue();
    }
    BytesRef bytes = field.binaryValue();
    return bytes == null ? null : bytes.utf8ToString();
  }
}
