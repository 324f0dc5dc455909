package io.github.loci.core.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;

/**
 * One concept, in every language: a dis-max over its terms, each in its own language's field, so
 * that a passage scores by its best term, scored with statistics that belong to the concept rather
 * than to each language's field.
 *
 * <p>BM25 would otherwise give "sfida" its Italian document frequency and "thách thức" its
 * Vietnamese one: the same concept would weigh more in a language with few passages, or where one
 * article happens to repeat the word. Here every term of the group takes the concept's document
 * frequency (the passages, in any language, that match any of its terms) against all the index's
 * passages, so the concept has one IDF in every language; length normalization stays per field
 * (each passage against its own language's average length). A phrase member of {@code k} words is
 * weighted {@code 1/k}, since BM25 sums the IDF of a phrase's words: a concept term of four
 * Vietnamese syllables weighs as much as one English word.
 */
final class ConceptQuery extends Query {
  private final String concept;
  private final List<Query> members;

  /**
   * Creates the query.
   *
   * @param concept the concept id, for display
   * @param members the concept's terms as queries on language fields, boosted as they count
   */
  ConceptQuery(String concept, List<Query> members) {
    this.concept = Objects.requireNonNull(concept, "concept");
    this.members = List.copyOf(members);
  }

  List<Query> members() {
    return members;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Query union = new DisjunctionMaxQuery(members, 0f);
    if (!scoreMode.needsScores()) {
      return searcher.createWeight(searcher.rewrite(union), scoreMode, boost);
    }
    int docFreq = searcher.count(union);
    IndexSearcher pooled = new Pooled(searcher, Math.max(1, docFreq));
    return pooled.createWeight(pooled.rewrite(union), scoreMode, boost);
  }

  /** A searcher over the same index whose every term has the concept's document frequency. */
  private static final class Pooled extends LanguageScaledSearcher {
    private final long docFreq;

    Pooled(IndexSearcher searcher, long docFreq) throws IOException {
      super(searcher.getIndexReader());
      setSimilarity(searcher.getSimilarity());
      setQueryCache(null);
      this.docFreq = docFreq;
    }

    @Override
    public TermStatistics termStatistics(Term term, int ignoredDocFreq, long totalTermFreq) {
      long df = Math.min(docFreq, Math.max(1, passages()));
      return new TermStatistics(term.bytes(), df, Math.max(df, totalTermFreq));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor sub = visitor.getSubVisitor(Occur.SHOULD, this);
    for (Query member : members) {
      member.visit(sub);
    }
  }

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
        && concept.equals(((ConceptQuery) other).concept)
        && members.equals(((ConceptQuery) other).members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), concept, members);
  }
}
