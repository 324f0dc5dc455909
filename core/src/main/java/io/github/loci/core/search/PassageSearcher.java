package io.github.loci.core.search;

import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.PassageDocuments;
import io.github.loci.core.lexicon.ConceptMatcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
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
  private static final Sort ORDER =
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

  private final QueryBuilder queries;

  /**
   * Creates a searcher.
   *
   * @param analysis the analyzers the index was built with
   * @param topics the topics queries are expanded with
   * @param concepts the lexicon free text is translated with
   * @throws IllegalArgumentException if a topic names a concept the lexicon lacks
   */
  public PassageSearcher(Analysis analysis, Topics topics, ConceptMatcher concepts) {
    this.queries = new QueryBuilder(analysis, topics, concepts);
  }

  /**
   * Searches.
   *
   * @param searcher a searcher over a Loci index
   * @param request what to find
   * @return the page of hits
   * @throws IOException if the index cannot be read
   * @throws IllegalArgumentException if the request names an unknown topic
   */
  public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    try {
      return run(searcher, request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "the query is too large for Lucene ("
              + e.getMessage()
              + "): search fewer topics or shorter text at once",
          e);
    }
  }

  private SearchResult run(IndexSearcher searcher, SearchRequest request) throws IOException {
    QueryBuilder.Built built = queries.build(request);
    Query filtered = filtered(built.query(), request);
    int wanted = request.offset() + request.limit();
    StoredFields stored = searcher.storedFields();
    Weight matcher =
        searcher.createWeight(searcher.rewrite(built.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<Hit> hits = new ArrayList<>();
    int fetch = Math.max(2 * wanted, 20);
    int examined = 0;
    Map<String, List<int[]>> shown = new HashMap<>();
    Sort order = request.order() == SearchRequest.Order.AMOUNT ? BY_AMOUNT : ORDER;
    TopFieldDocs top = top(searcher, filtered, fetch, order);
    long total = top.totalHits.value();
    while (true) {
      for (int i = examined; i < top.scoreDocs.length && hits.size() < wanted; i++) {
        FieldDoc scoreDoc = (FieldDoc) top.scoreDocs[i];
        Document doc = stored.document(scoreDoc.doc);
        List<MatchSpan> matches = matches(searcher, matcher, scoreDoc.doc, doc, built.concepts());
        int start = intField(doc, Fields.START);
        List<int[]> sourceShown =
            shown.computeIfAbsent(doc.get(Fields.SOURCE_ID), k -> new ArrayList<>());
        if (!showsSomethingNew(matches, start, intField(doc, Fields.END), sourceShown)) {
          continue;
        }
        sourceShown.add(new int[] {start, intField(doc, Fields.END)});
        hits.add(toHit(hits.size() + 1, scoreDoc.score, doc, matches));
      }
      examined = top.scoreDocs.length;
      if (hits.size() >= wanted || examined >= total) {
        break;
      }
      fetch *= 4;
      top = top(searcher, filtered, fetch, order);
    }
    hits = hits.subList(Math.min(request.offset(), hits.size()), hits.size());
    return new SearchResult(
        hits, total, built.topicIds(), built.query().toString(), built.expansions());
  }

  /**
   * Whether a passage adds evidence to the better passages already listed from its source: a match
   * outside all of them. Overlapping passages share a sentence; one whose matches all lie in
   * sentences already shown would repeat them.
   */
  private static boolean showsSomethingNew(
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
   * The best {@code n} passages in Loci's order, with their scores and the exact number of matches,
   * counted in the same pass (no second run of the query to count).
   */
  private static TopFieldDocs top(IndexSearcher searcher, Query query, int n, Sort order)
      throws IOException {
    TopFieldDocs top =
        searcher.search(query, new TopFieldCollectorManager(order, n, Integer.MAX_VALUE));
    TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    return top;
  }

  private static Query filtered(Query content, SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(content, Occur.MUST);
    query.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), Occur.FILTER);
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

  private static List<MatchSpan> matches(
      IndexSearcher searcher,
      Weight weight,
      int docId,
      Document doc,
      Map<Query, Set<String>> concepts)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    List<MatchSpan> spans = new ArrayList<>();
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      // A pair field's match joins its words into one span; the words themselves name the terms.
      boolean pairs = Fields.isPairsField(field);
      while (it.next()) {
        if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
          Query matched = it.getQuery();
          spans.add(
              new MatchSpan(
                  it.startOffset(),
                  it.endOffset(),
                  pairs ? List.of() : List.of(describe(matched)),
                  List.copyOf(concepts.getOrDefault(matched, Set.of()))));
        }
      }
    }
    int length = doc.get(Fields.TEXT).length();
    return merge(spans, length);
  }

  /** Sorts spans and merges overlapping ones, keeping every matched term once. */
  static List<MatchSpan> merge(List<MatchSpan> spans, int textLength) {
    List<MatchSpan> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    List<MatchSpan> merged = new ArrayList<>();
    int start = -1;
    int end = -1;
    Set<String> terms = new LinkedHashSet<>();
    Set<String> concepts = new LinkedHashSet<>();
    for (MatchSpan span : sorted) {
      if (span.end() > textLength) {
        continue;
      }
      if (start >= 0 && span.start() < end) {
        end = Math.max(end, span.end());
        terms.addAll(span.terms());
        concepts.addAll(span.concepts());
        continue;
      }
      if (start >= 0) {
        merged.add(new MatchSpan(start, end, List.copyOf(terms), List.copyOf(concepts)));
      }
      start = span.start();
      end = span.end();
      terms = new LinkedHashSet<>(span.terms());
      concepts = new LinkedHashSet<>(span.concepts());
    }
    if (start >= 0) {
      merged.add(new MatchSpan(start, end, List.copyOf(terms), List.copyOf(concepts)));
    }
    return merged;
  }

  private static String describe(Query query) {
    if (query instanceof TermQuery term) {
      return term.getTerm().text();
    }
    if (query instanceof SynonymQuery synonyms) {
      return synonyms.getTerms().stream().map(Term::text).collect(Collectors.joining("|"));
    }
    if (query instanceof PhraseQuery phrase) {
      return Arrays.stream(phrase.getTerms()).map(Term::text).collect(Collectors.joining(" "));
    }
    if (query instanceof org.apache.lucene.search.MultiPhraseQuery phrase) {
      return Arrays.stream(phrase.getTermArrays())
          .map(at -> Arrays.stream(at).map(Term::text).collect(Collectors.joining("|")))
          .collect(Collectors.joining(" "));
    }
    return query == null ? "" : query.toString();
  }

  private static Hit toHit(int rank, float score, Document doc, List<MatchSpan> matches) {
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
        PassageDocuments.decode(doc.get(Fields.AMOUNTS)));
  }

  private static int intField(Document doc, String name) {
    IndexableField field = doc.getField(name);
    if (field == null || field.numericValue() == null) {
      throw new IllegalStateException("index document lacks stored field " + name);
    }
    return field.numericValue().intValue();
  }
}
