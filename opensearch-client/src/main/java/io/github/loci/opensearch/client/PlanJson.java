package io.github.loci.opensearch.client;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.search.query.ConceptQuery;
import io.github.loci.opensearch.search.LociQueryBuilder;
import io.github.loci.opensearch.search.PlanEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A Loci query as the body of the plugin's {@code loci} query: the query tree of embedded search's
 * plan, node for node ({@link PlanEncoder}), with Loci's concepts ({@link ConceptQuery}) as {@code
 * concept} nodes, and the fields and BM25 parameters embedded Loci scores with.
 */
final class PlanJson {
  private static final PlanEncoder ENCODER =
      new PlanEncoder() {
        @Override
        protected Map<String, Object> other(Query query) {
          if (!(query instanceof ConceptQuery concept)) {
            return null;
          }
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("concept", concept.concept());
          body.put("members", concept.members().stream().map(this::encode).toList());
          body.put("counted", encode(concept.counted()));
          concept.languageField().ifPresent(f -> body.put("language_field", f));
          return node("concept", body);
        }
      };

  private PlanJson() {}

  /**
   * The {@code loci} query of a Lucene query.
   *
   * @param query the query, such as a filtered plan
   * @param analysis the analysis whose language fields are scaled
   * @param k1 BM25's k1
   * @param b BM25's b
   * @return the query, as the search body's {@code query}
   * @throws IllegalArgumentException if the query holds a kind the plugin cannot run
   */
  static Map<String, Object> lociQuery(Query query, Analysis analysis, float k1, float b) {
    List<String> languageFields = analysis.fieldNames(List.of(Language.values()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("plan", ENCODER.encode(query));
    body.put("language_fields", languageFields);
    body.put("passages_field", Fields.TEXT_NEUTRAL);
    body.put("k1", k1);
    body.put("b", b);
    return Map.of(LociQueryBuilder.NAME, body);
  }

  /**
   * A query's plan node.
   *
   * @param query the query
   * @return the node
   */
  static Map<String, Object> encode(Query query) {
    return ENCODER.encode(query);
  }
}
