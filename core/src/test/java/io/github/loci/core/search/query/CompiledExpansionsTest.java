package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.Topic;
import io.github.loci.core.search.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CompiledExpansionsTest {
  private static final Analysis ANALYSIS = new Analysis();
  private static final CompiledExpansions COMPILED =
      new CompiledExpansions(ANALYSIS, Topics.builtIn(), Lexicon.builtIn());

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  @Test
  void aConceptIsAnalyzedOnceWithItsLanguagesQueryAnalyzer() {
    CompiledExpansions.CompiledConcept invest = COMPILED.concept("invest");
    assertSame(invest, COMPILED.concept("invest"));
    List<CompiledExpansions.AnalyzedTerm> vi = invest.terms().get(Language.VI);
    assertEquals("đầu tư", vi.get(0).text());
    String field = Fields.textField(Language.VI);
    assertEquals(field, vi.get(0).field());
    assertEquals(COMPILED.analyze(field, "đầu tư"), vi.get(0).tokens());
    assertEquals(LeafQueries.phrase(field, vi.get(0).tokens()), vi.get(0).query());
    assertEquals(Lexicon.COLUMNS.size(), invest.terms().size());
  }

  @Test
  void aTopicIsCompiledOnceIntoWeightedGroupsWithLabels() {
    CompiledExpansions.CompiledTopic topic = COMPILED.topic("investments");
    assertSame(topic, COMPILED.topic("investments"));
    Topic investments = Topics.builtIn().get("investments").orElseThrow();
    // One group per concept (and per own term, if any): every concept of the topic has one.
    long concepts =
        topic.clauses().stream()
            .map(c -> c instanceof BoostQuery b ? b.getQuery() : c)
            .filter(c -> c instanceof ConceptQuery)
            .count();
    assertEquals(investments.concepts().size(), concepts);
    assertEquals("topic investments", topic.expansion().text());
    assertEquals(List.copyOf(investments.concepts().keySet()), topic.expansion().concepts());
    // The Spanish term "inversión" stands for the concept invest.
    Query inversion =
        LeafQueries.phrase(
            Fields.textField(Language.ES),
            COMPILED.analyze(Fields.textField(Language.ES), "inversión"));
    assertTrue(topic.labels().get(inversion).contains("invest"), topic.labels().toString());
    assertThrows(UnsupportedOperationException.class, () -> topic.labels().put(inversion, null));
  }

  @Test
  void aTopicNamingAnUnknownConceptIsRejected() {
    Topic bad = new Topic("bad", "Bad", Map.of("no-such-concept", 1f), Map.of(), Set.of());
    assertThrows(
        IllegalArgumentException.class,
        () -> new CompiledExpansions(ANALYSIS, Topics.of(List.of(bad)), Lexicon.builtIn()));
  }
}
