package io.github.loci.core.search;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.index.Fields;
import io.github.loci.core.search.query.Labels;
import io.github.loci.core.search.query.QueryPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The matched spans of one search's hits, from Lucene's Matches API ({@link Weight#matches} of the
 * weight that scored them), each span naming its terms and the concepts they stand for. One
 * instance serves one search.
 */
public final class MatchedSpans {
  private final IndexSearcher searcher;
  private final Weight weight;
  private final Labels labels;

  /**
   * Prepares the citations of one search.
   *
   * @param searcher the searcher the search runs on
   * @param weight the search's weight
   * @param labels the plan's labels
   */
  MatchedSpans(IndexSearcher searcher, Weight weight, Labels labels) {
    this.searcher = searcher;
    this.weight = weight;
    this.labels = labels;
  }

  /**
   * The merged match spans of a hit, relative to its passage's start.
   *
   * @param docId the hit's document, in the searcher's reader
   * @param textLength the passage's length: spans beyond it are dropped
   * @return the spans, in text order
   * @throws IOException if the index cannot be read
   */
  List<MatchSpan> of(int docId, int textLength) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int doc = docId - leaf.docBase;
    Matches matches = weight.matches(leaf, doc);
    if (matches == null) {
      return List.of();
    }
    List<MatchSpan> spans = new ArrayList<>();
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      while (it.next()) {
        if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
          spans.add(span(it.startOffset(), it.endOffset(), field, it.getQuery(), labels));
        }
      }
    }
    return merge(spans, textLength);
  }

  /**
   * One match as a span: the terms of the leaf query that matched and the concepts they stand for.
   * A pair field's match joins its words into one span, and the words themselves name the terms, so
   * it names none.
   *
   * @param start the match's start in the passage
   * @param end its end
   * @param field the field it matched in
   * @param leaf the leaf query that matched, or null when it is not known
   * @param labels the plan's labels
   * @return the span, not yet merged with its neighbours ({@link #merge})
   */
  public static MatchSpan span(int start, int end, String field, Query leaf, Labels labels) {
    return new MatchSpan(
        start,
        end,
        Fields.isPairsField(field) ? List.of() : List.of(describe(leaf)),
        leaf == null ? List.of() : labels.of(leaf));
  }

  /**
   * Adds a span for each amount of a passage that the query states ("10.000 millones de dólares"
   * for "$10 billion"): its clause matches a value, which the Matches API places nowhere, so the
   * citation would show no match. The span names the amount as the query wrote it.
   *
   * @param spans the passage's spans
   * @param plan the search's plan
   * @param queryText the query's text, which the plan's amounts are spans of
   * @param stated the passage's amounts, in passage-text offsets
   * @param textLength the passage's length
   * @return the spans, merged
   */
  public static List<MatchSpan> withAmounts(
      List<MatchSpan> spans,
      QueryPlan plan,
      String queryText,
      List<Amount> stated,
      int textLength) {
    if (plan.amounts().isEmpty() || stated.isEmpty()) {
      return spans;
    }
    List<MatchSpan> all = new ArrayList<>(spans);
    for (Amount amount : stated) {
      plan.states(amount)
          .ifPresent(
              typed ->
                  all.add(
                      new MatchSpan(
                          amount.start(),
                          amount.end(),
                          List.of(queryText.substring(typed.start(), typed.end())),
                          List.of())));
    }
    return all.size() == spans.size() ? spans : merge(all, textLength);
  }

  /**
   * Sorts spans and merges overlapping ones, keeping every matched term once.
   *
   * @param spans the spans, as the Matches API gives them
   * @param textLength the passage's length: spans beyond it are dropped
   * @return the merged spans
   */
  public static List<MatchSpan> merge(List<MatchSpan> spans, int textLength) {
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

  /**
   * The terms a matched leaf query names, as a match span lists them.
   *
   * @param query the leaf, as the Matches API reports it
   * @return its terms
   */
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
    if (query instanceof MultiPhraseQuery phrase) {
      return Arrays.stream(phrase.getTermArrays())
          .map(at -> Arrays.stream(at).map(Term::text).collect(Collectors.joining("|")))
          .collect(Collectors.joining(" "));
    }
    return query == null ? "" : query.toString();
  }
}
