package io.github.loci.opensearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.opensearch.common.document.DocumentField;
import org.opensearch.search.fetch.FetchContext;
import org.opensearch.search.fetch.FetchSubPhase;
import org.opensearch.search.fetch.FetchSubPhaseProcessor;

/**
 * For a search with a {@code loci} query, each hit's match spans as character offsets in its field
 * (Lucene's Matches API on the hit, as embedded Loci finds them), in the hit's field {@value
 * #FIELD}: a list of {@code {field, start, end, leaf}}, where {@code leaf} is the leaf query that
 * matched, as a plan node ({@link PlanDecoder}) so that the client knows which concept it stands
 * for. Searches without a {@code loci} query are left as they are.
 */
public final class MatchesFetchPhase implements FetchSubPhase {
  /** The hit field the spans are returned in. */
  public static final String FIELD = "loci_matches";

  private static final PlanEncoder LEAVES = new PlanEncoder();

  @Override
  public FetchSubPhaseProcessor getProcessor(FetchContext context) throws IOException {
    Query query = context.query();
    if (query == null || !hasPlan(query)) {
      return null;
    }
    // Matches do not depend on scores: a plain searcher over the shard, without the query cache.
    IndexSearcher searcher = new IndexSearcher(context.searcher().getIndexReader());
    searcher.setQueryCache(null);
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new FetchSubPhaseProcessor() {
      @Override
      public void setNextReader(LeafReaderContext readerContext) {}

      @Override
      public void process(HitContext hit) throws IOException {
        List<Object> spans = spans(weight.matches(hit.readerContext(), hit.docId()));
        hit.hit().setDocumentField(FIELD, new DocumentField(FIELD, spans));
      }
    };
  }

  private static boolean hasPlan(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            if (parent instanceof LociPlanQuery) {
              found[0] = true;
            }
            return this;
          }
        });
    return found[0];
  }

  private static List<Object> spans(Matches matches) throws IOException {
    List<Object> spans = new ArrayList<>();
    if (matches == null) {
      return spans;
    }
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      while (it != null && it.next()) {
        if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
          Map<String, Object> span = new java.util.LinkedHashMap<>();
          span.put("field", field);
          span.put("start", it.startOffset());
          span.put("end", it.endOffset());
          span.put("leaf", leaf(it.getQuery()));
          spans.add(span);
        }
      }
    }
    return spans;
  }

  /** A leaf query as a plan node; one the plan format lacks, as its text. */
  private static Map<String, Object> leaf(Query query) {
    try {
      return LEAVES.encode(query);
    } catch (IllegalArgumentException e) {
      return Map.of("other", String.valueOf(query));
    }
  }
}
