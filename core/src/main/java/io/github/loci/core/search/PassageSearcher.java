package io.github.loci.core.search;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.PassageDocuments;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.search.query.QueryPlan;
import io.github.loci.core.search.query.QueryPlanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Runs requests against an index: BM25-ranked passages, page furniture after all content, ties
 * broken by (source id, ordinal), overlapping passages of one source merged into the better one,
 * and the matched spans of every hit from Lucene's Matches API.
 *
 * <p>Thread-safe: the searcher is passed per call.
 */
public final class PassageSearcher {
  /** Content before furniture; then BM25; then source id and ordinal, so ranking is total. */
  static final Sort ORDER =
      new Sort(
          new SortField(Fields.TIER, SortField.Type.LONG),
          SortField.FIELD_SCORE,
          new SortField(Fields.SOURCE_ID, SortField.Type.STRING),
          new SortField(Fields.ORDINAL, SortField.Type.LONG));

  /** Largest sum of money first (none last), then as {@link #ORDER}. */
  private static final Sort BY_AMOUNT = byAmount();

  private static Sort byAmount() {
    SortField amount = new SortField(Fields.AMOUNT_MAX, SortField.Type.DOUBLE, true);
    amount.setMissingValue(Double.NEGATIVE_INFINITY);
    return new Sort(
        new SortField(Fields.TIER, SortField.Type.LONG),
        amount,
        SortField.FIELD_SCORE,
        new SortField(Fields.SOURCE_ID, SortField.Type.STRING),
        new SortField(Fields.ORDINAL, SortField.Type.LONG));
  }

  /** How many candidates one pass collects per hit asked for (offset + limit). */
  private static final int CANDIDATES_PER_HIT = 2;

  /** The fewest candidates one pass collects. */
  private static final int MIN_CANDIDATES = 20;

  private final QueryPlanner planner;
  private final Analysis analysis;
  private final int candidatesPerHit;
  private final int minCandidates;

  /**
   * Creates a searcher.
   *
   * @param analysis the analyzers the index was built with
   * @param topics the topics queries are expanded with
   * @param concepts the lexicon free text is translated with
   * @throws IllegalArgumentException if a topic names a concept the lexicon lacks
   */
  public PassageSearcher(Analysis analysis, Topics topics, ConceptMatcher concepts) {
    this(analysis, topics, concepts, CANDIDATES_PER_HIT, MIN_CANDIDATES);
  }

  /** A searcher that collects {@code max(perHit * (offset + limit), min)} candidates a pass. */
  PassageSearcher(Analysis analysis, Topics topics, ConceptMatcher concepts, int perHit, int min) {
    this.planner = new QueryPlanner(analysis, topics, concepts);
    this.analysis = analysis;
    this.candidatesPerHit = perHit;
    this.minCandidates = min;
  }

  /**
   * The clauses Loci's plan for a request holds, as plain Lucene queries: each concept group a
   * dis-max of its members, with the request's filters, and none of Loci's own statistics, overlap
   * removal or citations. A reference for benchmarks: run under BM25 on a plain {@link
   * IndexSearcher}, it costs what the query's shape costs.
   *
   * @param request what to find
   * @return the plain query
   */
  public Query referenceQuery(SearchRequest request) {
    return filtered(planner.plan(request).plain(), request);
  }

  /**
   * Plans a request without running it.
   *
   * @param request what to find
   * @return the plan
   */
  public QueryPlan plan(SearchRequest request) {
    return planner.plan(request);
  }

  /**
   * Searches.
   *
   * @param searcher a searcher over a Loci index; Loci's own ({@link LanguageScaledSearcher}) keeps
   *     what depends on its reader alone (concept statistics, source ordinals), another searcher
   *     has it computed again for every search
   * @param request what to find
   * @return the page of hits
   * @throws IOException if the index cannot be read
   * @throws IllegalArgumentException if the request names an unknown topic
   */
  public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    SearchResult result = searchAsIs(searcher, request);
    long outdated =
        searcher instanceof LanguageScaledSearcher s
            ? s.sourcesOfAnotherAnalysis(analysis.id())
            : 0;
    return outdated == 0
        ? result
        : result.withNote(
            outdated
                + (outdated == 1 ? " source" : " sources")
                + " of this index were indexed by another analysis than this Loci's ("
                + analysis.id()
                + ": another version of Loci, or another profile), so searches may miss their"
                + " passages: index the same sources again to update them");
  }

  private SearchResult searchAsIs(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    int max = LongQueries.MAX_WORDS;
    LongQueries.Cut cut = LongQueries.cut(request, analysis, searcher.getIndexReader(), max);
    while (true) {
      try {
        SearchResult result = run(searcher, cut == null ? request : cut.request());
        return cut == null ? result : result.withNote(cut.note());
      } catch (IndexSearcher.TooManyClauses e) {
        max = Math.min(max, LongQueries.words(request, analysis)) / 2;
        if (max < 1) {
          throw new IllegalArgumentException(
              "the query is too large for Lucene ("
                  + e.getMessage()
                  + "): search fewer topics at once, or give a lexicon concept or topic fewer"
                  + " terms",
              e);
        }
        cut = LongQueries.cut(request, analysis, searcher.getIndexReader(), max);
      }
    }
  }

  private SearchResult run(IndexSearcher searcher, SearchRequest request) throws IOException {
    QueryPlan plan = planner.plan(request);
    Query filtered = searcher.rewrite(filtered(plan.query(), request));
    Sort order = request.order() == SearchRequest.Order.AMOUNT ? BY_AMOUNT : ORDER;
    // Loci's usual order lets Lucene skip passages that cannot reach the page once the count is
    // past its threshold (unless the request wants every match counted); the order by amount
    // scores every match.
    int countThreshold =
        order == ORDER && !request.exactCount() ? SearchResult.COUNT_THRESHOLD : Integer.MAX_VALUE;
    // One weight, made once: it scores the candidates and gives the matches of the hits.
    Weight weight =
        searcher.createWeight(filtered, ContentFirstCollector.scoreMode(countThreshold), 1f);
    int wanted = request.offset() + request.limit();
    StoredFields stored = searcher.storedFields();
    MatchedSpans citations = new MatchedSpans(searcher, weight, plan.labels());
    List<Hit> hits = new ArrayList<>();
    Map<String, List<int[]>> shown = new HashMap<>();
    int scoreAt = order == BY_AMOUNT ? 2 : 1;
    // Enough candidates for the page in one pass, however many overlap; only when overlap removal
    // leaves too few does the search go on, from after the last candidate.
    int fetch = Math.max(candidatesPerHit * wanted, minCandidates);
    TopFieldDocs top = collect(searcher, weight, order, fetch, null, countThreshold, wanted);
    TotalHits total = top.totalHits;
    while (true) {
      for (int i = 0; i < top.scoreDocs.length && hits.size() < wanted; i++) {
        FieldDoc scoreDoc = (FieldDoc) top.scoreDocs[i];
        Document doc = stored.document(scoreDoc.doc);
        int start = intField(doc, Fields.START);
        List<int[]> sourceShown =
            shown.computeIfAbsent(doc.get(Fields.SOURCE_ID), k -> new ArrayList<>());
        // The matches (Weight.matches) are needed for a hit returned, or to tell whether a passage
        // repeats one already listed from its source; not for a hit before the requested page
        // whose source has none listed yet.
        boolean returned = hits.size() >= request.offset();
        List<MatchSpan> matches = List.of();
        List<Amount> amounts = null; // decoded once, when needed
        if (returned || !sourceShown.isEmpty()) {
          int length = doc.get(Fields.TEXT).length();
          matches = citations.of(scoreDoc.doc, length);
          if (!plan.amounts().isEmpty()) {
            amounts = PassageDocuments.decode(doc.get(Fields.AMOUNTS));
            matches = MatchedSpans.withAmounts(matches, plan, request.query(), amounts, length);
          }
        }
        if (!sourceShown.isEmpty()
            && !showsSomethingNew(matches, start, intField(doc, Fields.END), sourceShown)) {
          continue;
        }
        sourceShown.add(new int[] {start, intField(doc, Fields.END)});
        if (amounts == null) {
          amounts = PassageDocuments.decode(doc.get(Fields.AMOUNTS));
        }
        hits.add(toHit(hits.size() + 1, (Float) scoreDoc.fields[scoreAt], doc, matches, amounts));
      }
      if (hits.size() >= wanted || top.scoreDocs.length < fetch) {
        break;
      }
      FieldDoc last = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
      top = collect(searcher, weight, order, fetch, last, Integer.MAX_VALUE, wanted);
    }
    hits = hits.subList(Math.min(request.offset(), hits.size()), hits.size());
    return new SearchResult(
        hits,
        total.value(),
        total.relation() == TotalHits.Relation.EQUAL_TO
            ? SearchResult.Relation.EQUAL_TO
            : SearchResult.Relation.GREATER_THAN_OR_EQUAL_TO,
        plan.topicIds(),
        plan.query().toString(),
        plan.expansions());
  }

  /**
   * The best {@code n} passages in Loci's order after {@code after} (from the first when null),
   * their scores in their sort values, and the number of matches, counted in the same pass: exact
   * up to {@code countThreshold}, beyond it a lower bound when Loci's collector let the scorer skip
   * passages that cannot place. Past the threshold, once the best passages come from {@code
   * sources} distinct sources (the hits overlap removal must list), it returns those down to the
   * one that completes them: no passage below can reach the page.
   */
  private static TopFieldDocs collect(
      IndexSearcher searcher,
      Weight weight,
      Sort order,
      int n,
      FieldDoc after,
      int countThreshold,
      int sources)
      throws IOException {
    TopFieldCollectorManager manager =
        new TopFieldCollectorManager(order, n, after, Integer.MAX_VALUE);
    // Loci's usual order, from the first passage: the collector that reads a passage's tier only
    // when its score could still place it. Otherwise (by amount, or going on after a passage)
    // Lucene's.
    ContentFirstCollector contentFirst =
        order == ORDER && after == null
            ? new ContentFirstCollector(n, countThreshold, sources, sourceOrdinals(searcher))
            : null;
    Collector collector = contentFirst != null ? contentFirst : manager.newCollector();
    collector.setWeight(weight);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafCollector leafCollector;
      try {
        leafCollector = collector.getLeafCollector(leaf);
      } catch (CollectionTerminatedException e) {
        continue;
      }
      BulkScorer scorer = weight.bulkScorer(leaf);
      if (scorer != null) {
        try {
          scorer.score(
              leafCollector, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        } catch (CollectionTerminatedException e) {
          // this leaf is done
        }
      }
      leafCollector.finish();
    }
    return contentFirst != null
        ? contentFirst.top(order)
        : manager.reduce(List.of((TopFieldCollector) collector));
  }

  /**
   * The source ordinals Loci's searcher keeps for its reader, or, for another searcher, new ones.
   */
  private static SourceOrdinals sourceOrdinals(IndexSearcher searcher) throws IOException {
    return searcher instanceof LanguageScaledSearcher scaled
        ? scaled.sourceOrdinals()
        : SourceOrdinals.of(searcher.getIndexReader());
  }

  /**
   * Whether a passage adds evidence to the better passages already listed from its source: a match
   * outside all of them. Overlapping passages share a sentence; one whose matches all lie in
   * sentences already shown would repeat them.
   *
   * @param matches the passage's match spans, relative to its start
   * @param start the passage's start in its source
   * @param end the passage's end in its source
   * @param shown the {start, end} of the passages of the source listed so far
   * @return whether to list it
   */
  public static boolean showsSomethingNew(
      List<MatchSpan> matches, int start, int end, List<int[]> shown) {
    if (matches.isEmpty()) {
      return shown.stream().noneMatch(s -> s[0] < end && start < s[1]);
    }
    for (MatchSpan m : matches) {
      int from = start + m.start();
      int to = start + m.end();
      if (shown.stream().noneMatch(s -> s[0] <= from && to <= s[1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A content query with the request's filters (languages, sources, amount kinds, least amount).
   *
   * <p>It needs no filter on the document type: a content query searches the text fields, and a
   * source's own document holds none of their terms (it has them empty, for their norms), so only
   * passages match ({@code PassagesOnlyTest}). Such a filter cost about a quarter of a free-text
   * search on Europarl ×13 (p50 2.21 → 1.61 ms without it): Lucene's scorers went through its
   * postings, nearly every document, beside the query's own.
   *
   * @param content the content query, such as a plan's
   * @param request the request
   * @return the filtered query
   */
  public static Query filtered(Query content, SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(content, Occur.MUST);
    if (!request.languages().isEmpty()) {
      query.add(termsIn(Fields.LANG, request.languages()), Occur.FILTER);
    }
    if (!request.sources().isEmpty()) {
      query.add(termsIn(Fields.SOURCE_ID, request.sources()), Occur.FILTER);
    }
    if (!request.withAmounts().isEmpty()) {
      query.add(
          termsIn(
              Fields.AMOUNT_KIND,
              request.withAmounts().stream().map(Fields::kind).collect(Collectors.toSet())),
          Occur.FILTER);
    }
    request
        .minAmount()
        .ifPresent(
            min ->
                query.add(
                    DoublePoint.newRangeQuery(Fields.AMOUNT_MONEY, min, Double.POSITIVE_INFINITY),
                    Occur.FILTER));
    return query.build();
  }

  private static Query termsIn(String field, Set<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  private static Hit toHit(
      int rank, float score, Document doc, List<MatchSpan> matches, List<Amount> amounts) {
    return new Hit(
        rank,
        score,
        doc.get(Fields.SOURCE_ID),
        intField(doc, Fields.ORDINAL),
        doc.get(Fields.TITLE),
        Optional.ofNullable(doc.get(Fields.URL)),
        Optional.ofNullable(doc.get(Fields.PATH)),
        doc.get(Fields.LANG),
        doc.get(Fields.TEXT),
        intField(doc, Fields.START),
        intField(doc, Fields.END),
        intField(doc, Fields.SENTENCE_START),
        intField(doc, Fields.SENTENCE_END),
        intField(doc, Fields.TIER) == 1,
        matches,
        amounts);
  }

  private static int intField(Document doc, String name) {
    IndexableField field = doc.getField(name);
    if (field == null || field.numericValue() == null) {
      throw new IllegalStateException("index document lacks stored field " + name);
    }
    return field.numericValue().intValue();
  }
}
