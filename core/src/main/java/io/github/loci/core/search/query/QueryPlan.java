package io.github.loci.core.search.query;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.search.Expansion;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * What a request became: the Lucene query that scores passages, the topics and concepts it
 * searches, and which concepts each leaf query stands for.
 *
 * @param query the query
 * @param topicIds the topics it searches
 * @param expansions the topics and the concepts found in its free text, with the terms searched
 * @param labels per leaf query (a term or phrase query on one field), the concepts it stands for
 * @param amounts the sums of money and percentages the query states, which a passage stating the
 *     same matches ({@link #states})
 */
public record QueryPlan(
    Query query,
    List<String> topicIds,
    List<Expansion> expansions,
    Labels labels,
    List<Amount> amounts) {
  /** Copies the lists. */
  public QueryPlan {
    topicIds = List.copyOf(topicIds);
    expansions = List.copyOf(expansions);
    amounts = List.copyOf(amounts);
  }

  /**
   * The amount of the query a passage's amount matches, if any: the same kind and value, within the
   * rounding the plan's clause allows.
   *
   * @param stated an amount the passage states
   * @return the query's amount it matches
   */
  public Optional<Amount> states(Amount stated) {
    return amounts.stream().filter(typed -> AmountPreference.same(typed, stated)).findFirst();
  }

  /**
   * The plan's clauses as plain Lucene queries: each concept group a dis-max of its members, with
   * no statistics of Loci's own. A reference for benchmarks, which measure what the query's shape
   * costs under BM25 on a plain searcher; Loci never runs it.
   *
   * @return the plain query
   */
  public Query plain() {
    return plain(query);
  }

  private static Query plain(Query query) {
    if (query instanceof ConceptQuery concept) {
      return concept.plain();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(plain(boost.getQuery()), boost.getBoost());
    }
    if (query instanceof DisjunctionMaxQuery dismax) {
      return new DisjunctionMaxQuery(
          dismax.getDisjuncts().stream().map(QueryPlan::plain).toList(),
          dismax.getTieBreakerMultiplier());
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      out.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      bool.clauses().forEach(c -> out.add(plain(c.query()), c.occur()));
      return out.build();
    }
    return query;
  }
}
