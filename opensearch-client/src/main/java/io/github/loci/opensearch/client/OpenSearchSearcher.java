package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.PassageDocuments;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.MatchSpan;
import io.github.loci.core.search.MatchedSpans;
import io.github.loci.core.search.PassageSearcher;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topics;
import io.github.loci.core.search.query.Labels;
import io.github.loci.core.search.query.QueryPlan;
import io.github.loci.opensearch.search.MatchesFetchPhase;
import io.github.loci.opensearch.search.PlanDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Loci's search on an OpenSearch index of Loci's documents (with the {@code loci-opensearch}
 * plugin): the request is planned by embedded Loci's own planner, the plan's query tree goes to the
 * plugin's {@code loci} query, which scores it as embedded Loci does, with {@code
 * dfs_query_then_fetch} so that every shard scores with the whole index's statistics; the hits come
 * back in Loci's order (content before furniture, score, source, ordinal), with their match spans
 * from the plugin's fetch sub-phase, and overlapping passages of one source are left out as
 * embedded. Returns the same {@link Hit} and {@link SearchResult} records as embedded search.
 *
 * <p>Thread-safe.
 */
public final class OpenSearchSearcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many candidates one request asks for per hit wanted, and at least: as embedded. */
  private static final int CANDIDATES_PER_HIT = 3;

  private static final int MIN_CANDIDATES = 30;

  /**
   * The most one request asks for: OpenSearch's default {@code index.max_result_window}, which
   * bounds a request's size even with {@code search_after}. A deeper page (Loci's window is {@link
   * SearchRequest#MAX_WINDOW} hits, and three candidates a hit) goes on with more requests.
   */
  static final int MAX_RESULT_WINDOW = 10_000;

  /** How many candidates each request asks for, for a page that ends at hit {@code wanted}. */
  static int fetchSize(int wanted) {
    return Math.min(Math.max(CANDIDATES_PER_HIT * wanted, MIN_CANDIDATES), MAX_RESULT_WINDOW);
  }

  private final OpenSearchClient client;
  private final String index;
  private final Analysis analysis;
  private final PassageSearcher planner;
  private final float k1;
  private final float b;

  /**
   * Creates a searcher.
   *
   * @param client the client
   * @param index the index
   * @param analysis the analysis the index was built with
   * @param topics the topics queries are expanded with
   * @param concepts the lexicon free text is translated with
   * @param k1 BM25's k1, as the embedded index's ({@code Loci.DEFAULT_K1})
   * @param b BM25's b, as the embedded index's ({@code Loci.DEFAULT_B})
   */
  public OpenSearchSearcher(
      OpenSearchClient client,
      String index,
      Analysis analysis,
      Topics topics,
      ConceptMatcher concepts,
      float k1,
      float b) {
    this.client = client;
    this.index = LociOpenSearch.checkIndexName(index);
    this.analysis = analysis;
    this.planner = new PassageSearcher(analysis, topics, concepts);
    this.k1 = k1;
    this.b = b;
  }

  /**
   * Searches.
   *
   * @param request what to find
   * @return the page of hits
   * @throws IOException if OpenSearch cannot be reached
   * @throws OpenSearchRequestException if OpenSearch refuses the search, with its reason
   * @throws IllegalArgumentException if the request names an unknown topic
   */
  public SearchResult search(SearchRequest request) throws IOException {
    QueryPlan plan = planner.plan(request);
    Map<String, Object> query =
        PlanJson.lociQuery(PassageSearcher.filtered(plan.query(), request), analysis, k1, b);
    boolean byAmount = request.order() == SearchRequest.Order.AMOUNT;
    int wanted = request.offset() + request.limit();
    int fetch = fetchSize(wanted);
    List<Hit> hits = new ArrayList<>();
    Map<String, List<int[]>> shown = new HashMap<>();
    JsonNode page = page(query, byAmount, fetch, null);
    long total = page.path("hits").path("total").path("value").asLong();
    while (true) {
      ArrayNode candidates = (ArrayNode) page.path("hits").path("hits");
      for (int i = 0; i < candidates.size() && hits.size() < wanted; i++) {
        JsonNode hit = candidates.get(i);
        JsonNode source = hit.path("_source");
        int start = source.path(Fields.START).asInt();
        int end = source.path(Fields.END).asInt();
        String text = source.path(Fields.TEXT).asText();
        List<Amount> amounts =
            PassageDocuments.decode(optional(source, Fields.AMOUNTS).orElse(null));
        List<MatchSpan> matches =
            MatchedSpans.withAmounts(
                matches(hit, plan.labels(), text.length()),
                plan,
                request.query(),
                amounts,
                text.length());
        List<int[]> sourceShown =
            shown.computeIfAbsent(source.path(Fields.SOURCE_ID).asText(), k -> new ArrayList<>());
        if (!sourceShown.isEmpty()
            && !PassageSearcher.showsSomethingNew(matches, start, end, sourceShown)) {
          continue;
        }
        sourceShown.add(new int[] {start, end});
        float score = (float) hit.path("sort").get(byAmount ? 2 : 1).asDouble();
        hits.add(toHit(hits.size() + 1, score, source, text, matches, amounts));
      }
      if (hits.size() >= wanted || candidates.size() < fetch) {
        break;
      }
      page = page(query, byAmount, fetch, candidates.get(candidates.size() - 1).path("sort"));
    }
    hits = hits.subList(Math.min(request.offset(), hits.size()), hits.size());
    return new SearchResult(
        hits, total, plan.topicIds(), plan.query().toString(), plan.expansions());
  }

  /** One request: the best {@code size} passages in Loci's order after {@code after}. */
  private JsonNode page(Map<String, Object> query, boolean byAmount, int size, JsonNode after)
      throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", size);
    body.put("track_total_hits", true);
    body.set("query", JSON.valueToTree(query));
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject(Fields.TIER).put("order", "asc");
    if (byAmount) {
      sort.addObject().putObject(Fields.AMOUNT_MAX).put("order", "desc").put("missing", "_last");
    }
    sort.addObject().putObject("_score").put("order", "desc");
    sort.addObject().putObject(Fields.SOURCE_ID).put("order", "asc");
    sort.addObject().putObject(Fields.ORDINAL).put("order", "asc");
    if (after != null) {
      body.set("search_after", after);
    }
    return LociOpenSearch.request(
        client,
        "POST",
        "/" + index + "/_search",
        Map.of("search_type", "dfs_query_then_fetch"),
        JSON.writeValueAsString(body));
  }

  /** A hit's match spans, from the plugin's fetch sub-phase, as embedded search gives them. */
  private static List<MatchSpan> matches(JsonNode hit, Labels labels, int textLength) {
    List<MatchSpan> spans = new ArrayList<>();
    for (JsonNode span : hit.path("fields").path(MatchesFetchPhase.FIELD)) {
      spans.add(
          MatchedSpans.span(
              span.path("start").asInt(),
              span.path("end").asInt(),
              span.path("field").asText(),
              leaf(span.path("leaf")),
              labels));
    }
    return MatchedSpans.merge(spans, textLength);
  }

  /** The leaf query a span names, or null for one the plan format lacks. */
  private static Query leaf(JsonNode node) {
    if (node.has("other")) {
      return null;
    }
    return PlanDecoder.decode(JSON.convertValue(node, Map.class), "leaf");
  }

  private static Hit toHit(
      int rank,
      float score,
      JsonNode source,
      String text,
      List<MatchSpan> matches,
      List<Amount> amounts) {
    return new Hit(
        rank,
        score,
        source.path(Fields.SOURCE_ID).asText(),
        source.path(Fields.ORDINAL).asInt(),
        source.path(Fields.TITLE).asText(),
        optional(source, Fields.URL),
        optional(source, Fields.PATH),
        source.path(Fields.LANG).asText(),
        text,
        source.path(Fields.START).asInt(),
        source.path(Fields.END).asInt(),
        source.path(Fields.SENTENCE_START).asInt(),
        source.path(Fields.SENTENCE_END).asInt(),
        source.path(Fields.TIER).asInt() == 1,
        matches,
        amounts);
  }

  private static Optional<String> optional(JsonNode source, String field) {
    JsonNode value = source.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
