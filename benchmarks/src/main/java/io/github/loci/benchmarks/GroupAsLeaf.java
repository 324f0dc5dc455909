package io.github.loci.benchmarks;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A dis-max group that counts as one clause toward Lucene's clause limit, as Loci's concept query
 * does: scored exactly as the plain dis-max (its weight is the dis-max's), but a topic's reference
 * query of hundreds of concept terms no longer exceeds the 1,024 nested clauses that Loci's own
 * query, one leaf per concept, stays within.
 */
final class GroupAsLeaf extends Query {
  private final Query group;

  private GroupAsLeaf(Query group) {
    this.group = group;
  }

  /**
   * A query with every dis-max group in its boolean and boost structure counted as one clause.
   *
   * @param query a reference query
   * @return the same query for scoring, with groups as leaves
   */
  static Query groupsAsLeaves(Query query) {
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder out =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        out.add(groupsAsLeaves(clause.query()), clause.occur());
      }
      return out.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(groupsAsLeaves(boost.getQuery()), boost.getBoost());
    }
    if (query instanceof DisjunctionMaxQuery) {
      return new GroupAsLeaf(query);
    }
    return query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = group;
    for (Query next = rewritten.rewrite(searcher);
        next != rewritten;
        next = rewritten.rewrite(searcher)) {
      rewritten = next;
    }
    return rewritten == group ? this : new GroupAsLeaf(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    return group.createWeight(searcher, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return group.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && group.equals(((GroupAsLeaf) other).group);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + group.hashCode();
  }
}
