package io.github.loci.core.search.query;

import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.index.Fields;
import io.github.loci.core.search.Topics;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** A passage with the amount kind a topic prefers scores higher; the content must still match. */
final class AmountPreference {
  /** Score added to a passage that holds the amount kind its topic prefers. */
  static final float PREFERRED_AMOUNT_WEIGHT = 0.5f;

  private AmountPreference() {}

  /**
   * Adds the preference of the topics searched to the content query.
   *
   * @param content the content query
   * @param topicIds the topics searched
   * @param topics all topics
   * @return the content, with a constant bonus per preferred amount kind if any
   */
  static Query apply(Query content, Collection<String> topicIds, Topics topics) {
    Set<AmountKind> kinds = new TreeSet<>();
    topicIds.forEach(id -> topics.get(id).ifPresent(t -> kinds.addAll(t.prefers())));
    if (kinds.isEmpty() || content instanceof MatchNoDocsQuery) {
      return content;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(content, Occur.MUST);
    for (AmountKind kind : kinds) {
      query.add(
          new BoostQuery(
              new ConstantScoreQuery(
                  new TermQuery(new Term(Fields.AMOUNT_KIND, Fields.kind(kind)))),
              PREFERRED_AMOUNT_WEIGHT),
          Occur.SHOULD);
    }
    return query.build();
  }
}
