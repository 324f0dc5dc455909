package io.github.loci.opensearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;

/**
 * A lexicon concept on a sharded index, as embedded Loci's {@code ConceptQuery}: a dis-max over the
 * concept's terms, each in its own language's field, every term scored with one document frequency,
 * the concept's, so that the concept has one IDF in every language.
 *
 * <p>That frequency is the one the client passes ({@code doc_freq}), or else counted here over the
 * whole index: the passages that match {@code counted} (pooled: any member), or, with a language
 * field, that count's share of the field's passages applied to all passages. The count is a shard's
 * count summed over the shards through the DFS phase ({@link ScaledSearcher#indexCount}), so under
 * {@code dfs_query_then_fetch} it equals the embedded count of the same passages.
 *
 * <p>It runs inside a {@code loci} query, whose searcher gives the statistics; elsewhere it scores
 * with the shard's own statistics.
 */
final class SharedConceptQuery extends Query {
  /** The field of the terms through which counts travel in the DFS phase; no document has it. */
  static final String COUNT_FIELD = "_loci_concept_count";

  private final String concept;
  private final List<Query> members;
  private final Query counted;
  private final String languageField;
  private final Long docFreq;

  SharedConceptQuery(
      String concept, List<Query> members, Query counted, String languageField, Long docFreq) {
    this.concept = concept;
    this.members = List.copyOf(members);
    this.counted = counted;
    this.languageField = languageField;
    this.docFreq = docFreq;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Query union = new DisjunctionMaxQuery(members, 0f);
    if (!scoreMode.needsScores()) {
      return new FilterWeight(
          this, searcher.createWeight(searcher.rewrite(union), scoreMode, boost)) {};
    }
    IndexSearcher concept = new ConceptSearcher(searcher, docFreq(searcher));
    return new FilterWeight(
        this, concept.createWeight(concept.rewrite(union), scoreMode, boost)) {};
  }

  private long docFreq(IndexSearcher searcher) throws IOException {
    if (docFreq != null) {
      return Math.max(1, docFreq);
    }
    if (!(searcher instanceof ScaledSearcher scaled)) {
      return Math.max(1, searcher.count(counted));
    }
    String key = concept + "\u0000" + counted;
    long df;
    CollectionStatistics language = languageField == null ? null : scaled.unscaled(languageField);
    if (language != null && language.docCount() > 0) {
      long count = scaled.indexCount(key, scaled.count(counted));
      df = Math.round(count * (double) scaled.passages() / language.docCount());
    } else {
      Query any = counted;
      if (languageField != null) {
        List<Query> all = new java.util.ArrayList<>(members);
        all.add(counted);
        any = new DisjunctionMaxQuery(all, 0f);
        key = key + "\u0000all";
      }
      df = scaled.indexCount(key, scaled.count(any));
    }
    return Math.max(1, df);
  }

  /** The searcher whose every term has the concept's document frequency. */
  private static final class ConceptSearcher extends IndexSearcher {
    private final IndexSearcher owner;
    private final long docFreq;

    ConceptSearcher(IndexSearcher owner, long docFreq) {
      super(owner.getIndexReader());
      setSimilarity(owner.getSimilarity());
      setQueryCache(null);
      this.owner = owner;
      this.docFreq = docFreq;
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      return owner.collectionStatistics(field);
    }

    @Override
    public TermStatistics termStatistics(Term term, int ignored, long totalTermFreq)
        throws IOException {
      CollectionStatistics field = collectionStatistics(term.field());
      long passages = owner instanceof ScaledSearcher scaled ? scaled.passages() : 1;
      long docCount = field == null ? Math.max(1, passages) : field.docCount();
      long df = Math.max(1, Math.min(docFreq, docCount));
      return new TermStatistics(term.bytes(), df, Math.max(df, totalTermFreq));
    }
  }

  /** One leaf, as embedded: its matches come from its weight. */
  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  /** Written as embedded Loci writes its concepts. */
  @Override
  public String toString(String field) {
    StringBuilder out = new StringBuilder("concept(").append(concept).append(": ");
    for (int i = 0; i < members.size(); i++) {
      out.append(i == 0 ? "" : " | ").append(members.get(i).toString(field));
    }
    return out.append(')').toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && concept.equals(((SharedConceptQuery) other).concept)
        && members.equals(((SharedConceptQuery) other).members)
        && counted.equals(((SharedConceptQuery) other).counted)
        && Objects.equals(languageField, ((SharedConceptQuery) other).languageField)
        && Objects.equals(docFreq, ((SharedConceptQuery) other).docFreq);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), concept, members, counted, languageField, docFreq);
  }
}
