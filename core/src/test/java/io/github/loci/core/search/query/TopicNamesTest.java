package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.Topics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TopicNamesTest {
  private static final Analysis ANALYSIS = new Analysis();
  private static ConceptMatcher matcher;

  @org.junit.jupiter.api.BeforeAll
  static void setUp() throws Exception {
    matcher = new ConceptMatcher(Lexicon.builtIn(), ANALYSIS);
  }

  private static final TopicNames NAMES = new TopicNames(Topics.builtIn(), ANALYSIS);

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  private static List<String> named(String text) {
    ParsedQuery q = ParsedQuery.parse(SearchRequest.of(text), ANALYSIS);
    return List.copyOf(NAMES.named(q, q.free(), q.concepts(matcher, q.free())));
  }

  @Test
  void anIdALabelOrATermOfTheFirstConceptNamesATopic() {
    assertEquals(List.of("market-share"), named("market share"));
    assertEquals(List.of("data-centres"), named("Data centres"));
    assertEquals(List.of("market-share"), named("cuota de mercado"));
    assertEquals(List.of("investments"), named("inversiones"));
  }

  @Test
  void severalTopicsAreNamedInTextOrder() {
    assertEquals(List.of("investments", "market-share"), named("investments and market share"));
  }

  @Test
  void textWithOtherWordsNamesNoTopic() {
    assertEquals(List.of(), named("who leads the cloud market share race?"));
    assertEquals(Set.of(), Set.copyOf(named("Alibaba")));
  }
}
