package io.github.loci.opensearch.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.PassageSearcher;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.Topics;
import io.github.loci.opensearch.search.PlanDecoder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Embedded search's plans go to the plugin and come back the same: encoded, sent as JSON text and
 * decoded, every clause, boost, occur, phrase position and concept member is there.
 */
class PlanJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Analysis analysis;
  private static PassageSearcher planner;

  @BeforeAll
  static void planner() {
    analysis = new Analysis();
    planner =
        new PassageSearcher(
            analysis, Topics.builtIn(), ConceptMatcher.lazy(Lexicon.builtIn(), analysis));
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  /** The query as the plugin reads it from the wire. */
  @SuppressWarnings("unchecked")
  private static Query overTheWire(Query query) throws Exception {
    String text = JSON.writeValueAsString(PlanJson.encode(query));
    return PlanDecoder.decode(JSON.readValue(text, Map.class), "plan");
  }

  @Test
  void plansComeBackTheSame() throws Exception {
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("data centres"),
            SearchRequest.builder().query("inversiones \"centros de datos\"").build(),
            SearchRequest.builder().query("investments in AI").queryLanguage("en").build(),
            SearchRequest.builder().query("thách thức").build(),
            SearchRequest.builder().topic("investments").build(),
            SearchRequest.builder()
                .query("Alibaba investments")
                .languages(Set.of("it", "en"))
                .sources(Set.of("a", "b"))
                .withAmounts(Set.of(AmountKind.MONEY))
                .build());
    for (SearchRequest request : requests) {
      Query query = PassageSearcher.filtered(planner.plan(request).query(), request);
      Query back = overTheWire(query);
      assertEquals(query.toString(), back.toString(), request.toString());
      assertTrue(query.toString().contains("concept("), request.toString());
    }
  }

  @Test
  void amountRangesComeBackTheSame() throws Exception {
    SearchRequest request = SearchRequest.builder().query("Alibaba").minAmount(1e9).build();
    BooleanQuery query =
        (BooleanQuery) PassageSearcher.filtered(planner.plan(request).query(), request);
    BooleanQuery back = (BooleanQuery) overTheWire(query);
    BooleanClause range = back.clauses().get(back.clauses().size() - 1);
    PointRangeQuery sent =
        (PointRangeQuery) DoublePoint.newRangeQuery("amount_money", 1e9, Double.POSITIVE_INFINITY);
    PointRangeQuery got = assertInstanceOf(PointRangeQuery.class, range.query());
    assertEquals(sent.getField(), got.getField());
    assertEquals(
        java.util.Arrays.toString(sent.getLowerPoint()),
        java.util.Arrays.toString(got.getLowerPoint()));
    assertEquals(
        java.util.Arrays.toString(sent.getUpperPoint()),
        java.util.Arrays.toString(got.getUpperPoint()));
  }

  @Test
  void aQueryWithoutNodeIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlanJson.encode(new FuzzyQuery(new Term("text_en", "centre"))));
    assertTrue(e.getMessage().contains("FuzzyQuery"), e.getMessage());
  }

  @Test
  void aBadNodeIsReportedAtItsPlace() {
    Map<String, Object> plan =
        Map.of(
            "bool",
            Map.of("clauses", List.of(Map.of("occur", "MUST", "query", Map.of("nope", Map.of())))));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanDecoder.decode(plan, "plan"));
    assertEquals("plan.bool.clauses[0].query.nope: unknown plan node kind 'nope'", e.getMessage());
  }

  @Test
  void aBadValueIsReportedAtItsPlace() {
    Map<String, Object> plan =
        Map.of(
            "phrase",
            Map.of(
                "field",
                "text_en",
                "terms",
                List.of("data", "centre"),
                "positions",
                List.of(0, "x")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanDecoder.decode(plan, "plan"));
    assertEquals("plan.phrase: positions[1] must be a number", e.getMessage());
  }
}
