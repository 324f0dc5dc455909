package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.analyze.Analysis.Token;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class LeafQueriesTest {
  private static Token t(String term, int position) {
    return new Token(term, position, 0, 0);
  }

  @Test
  void oneTokenIsATermQueryAndNoneIsNothing() {
    assertEquals(
        new TermQuery(new Term("f", "cloud")), LeafQueries.phrase("f", List.of(t("cloud", 3))));
    assertNull(LeafQueries.phrase("f", List.of()));
  }

  @Test
  void stackedTokensAreSynonyms() {
    Query q = LeafQueries.phrase("f", List.of(t("1000", 0), t("1.000", 0)));
    assertEquals(
        new SynonymQuery.Builder("f")
            .addTerm(new Term("f", "1000"))
            .addTerm(new Term("f", "1.000"))
            .build(),
        q);
  }

  @Test
  void aPhraseKeepsItsStopwordGapRelativeToItsFirstWord() {
    Query q = LeafQueries.phrase("f", List.of(t("centro", 1), t("datos", 3)));
    assertEquals(
        new PhraseQuery.Builder()
            .add(new Term("f", "centro"), 0)
            .add(new Term("f", "datos"), 2)
            .build(),
        q);
    Query multi = LeafQueries.phrase("f", List.of(t("a", 0), t("b", 1), t("c", 1)));
    assertTrue(multi instanceof MultiPhraseQuery, multi.toString());
  }

  @Test
  void wordsCountPositionsAndKeysTellSpellingsApart() {
    assertEquals(2, LeafQueries.words(List.of(t("a", 0), t("b", 1), t("c", 1))));
    assertEquals(1, LeafQueries.words(List.of()));
    assertEquals(
        List.of("f", "0:data", "1:centr"),
        LeafQueries.key("f", List.of(t("data", 0), t("centr", 1))));
  }

  @Test
  void aBoostOfOneIsNoBoost() {
    Query q = new TermQuery(new Term("f", "x"));
    assertSame(q, LeafQueries.boost(q, 1f));
    assertEquals(new BoostQuery(q, 0.5f), LeafQueries.boost(q, 0.5f));
  }

  @Test
  void theNeutralFieldServesOtherLanguagesOnly() {
    BooleanQuery q =
        (BooleanQuery) LeafQueries.otherLanguagesOnly(new TermQuery(new Term("n", "x")));
    assertEquals(2, q.clauses().size());
    assertEquals(BooleanClause.Occur.MUST, q.clauses().get(0).occur());
    assertEquals(BooleanClause.Occur.MUST_NOT, q.clauses().get(1).occur());
  }
}
