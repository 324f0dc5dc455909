package io.github.loci.opensearch.search;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A Loci plan on a shard: the plan's query, scored through a {@link ScaledSearcher} so that its
 * statistics are embedded Loci's (language fields scaled to all passages, concepts with one
 * document frequency), counted over the whole index under DFS.
 */
final class LociPlanQuery extends Query {
  private final Query plan;
  private final Scoring scoring;

  /**
   * How a plan is scored.
   *
   * @param languageFields the fields scaled to all passages
   * @param passagesField the field every passage has
   * @param k1 BM25's k1
   * @param b BM25's b
   */
  record Scoring(Set<String> languageFields, String passagesField, float k1, float b) {
    Scoring {
      languageFields = Set.copyOf(languageFields);
    }
  }

  LociPlanQuery(Query plan, Scoring scoring) {
    this.plan = plan;
    this.scoring = scoring;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = plan.rewrite(searcher);
    return rewritten == plan ? this : new LociPlanQuery(rewritten, scoring);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    IndexSearcher statistics =
        scoreMode.needsScores() ? new ScaledSearcher(searcher, scoring) : searcher;
    return new FilterWeight(this, plan.createWeight(statistics, scoreMode, boost)) {};
  }

  @Override
  public void visit(QueryVisitor visitor) {
    plan.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "loci(" + plan.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && plan.equals(((LociPlanQuery) other).plan)
        && scoring.equals(((LociPlanQuery) other).scoring);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), plan, scoring);
  }
}
