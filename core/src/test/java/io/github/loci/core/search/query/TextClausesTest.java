package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.search.SearchRequest;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TextClausesTest {
  private static final Analysis ANALYSIS = new Analysis();

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  private static ParsedQuery parse(String text) {
    return ParsedQuery.parse(SearchRequest.of(text), ANALYSIS);
  }

  @Test
  void oneWeightedClausePerWordAndNoneTwiceForTheSameWord() {
    ParsedQuery q = parse("Alibaba cloud Alibaba");
    List<Query> clauses =
        TextClauses.clauses(q, Fields.TEXT_NEUTRAL, q.free(), List.of(), 0.5f, true);
    assertEquals(
        List.of(
            new BoostQuery(new TermQuery(new Term(Fields.TEXT_NEUTRAL, "alibaba")), 0.5f),
            new BoostQuery(new TermQuery(new Term(Fields.TEXT_NEUTRAL, "cloud")), 0.5f)),
        clauses);
  }

  @Test
  void functionWordsAreLeftOutAcrossLanguagesOnly() {
    ParsedQuery q = parse("the cloud");
    String field = Fields.textField(Language.EN);
    List<Query> across = TextClauses.clauses(q, Fields.TEXT_NEUTRAL, q.free(), List.of(), 1f, true);
    List<Query> own = TextClauses.clauses(q, Fields.TEXT_NEUTRAL, q.free(), List.of(), 1f, false);
    assertEquals(1, across.size(), across.toString());
    assertEquals(2, own.size(), own.toString());
    assertTrue(!TextClauses.clauses(q, field, q.free(), List.of(), 1f, false).isEmpty());
  }

  @Test
  void aQuotedPhraseIsOnePhraseClause() {
    ParsedQuery q = parse("\"server farm\"");
    List<Query> clauses =
        TextClauses.clauses(q, Fields.TEXT_NEUTRAL, q.free(), q.phrases(), 1f, true);
    assertEquals(1, clauses.size());
    assertTrue(clauses.get(0) instanceof PhraseQuery, clauses.toString());
  }
}
