package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.search.Topics;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class AmountPreferenceTest {
  private static final Query CONTENT = new TermQuery(new Term("f", "x"));

  @Test
  void aTopicThatPrefersAmountsAddsOneOptionalBonusPerKind() {
    BooleanQuery q =
        (BooleanQuery) AmountPreference.apply(CONTENT, List.of("revenue-growth"), Topics.builtIn());
    assertEquals(CONTENT, q.clauses().get(0).query());
    assertEquals(Occur.MUST, q.clauses().get(0).occur());
    assertEquals(3, q.clauses().size(), q.toString());
    assertTrue(q.clauses().subList(1, 3).stream().allMatch(c -> c.occur() == Occur.SHOULD));
  }

  @Test
  void nothingChangesWithoutAPreferenceOrContent() {
    assertSame(CONTENT, AmountPreference.apply(CONTENT, List.of("data-centres"), Topics.builtIn()));
    assertSame(CONTENT, AmountPreference.apply(CONTENT, List.of(), Topics.builtIn()));
    Query none = new MatchNoDocsQuery();
    assertSame(none, AmountPreference.apply(none, List.of("investments"), Topics.builtIn()));
  }
}
