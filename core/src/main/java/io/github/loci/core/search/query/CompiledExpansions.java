package io.github.loci.core.search.query;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.Concept;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.Expansion;
import io.github.loci.core.search.Topic;
import io.github.loci.core.search.Topics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;

/**
 * The lexicon's concepts and the topics as ready parts of queries, built once per {@code Loci} and
 * shared by all its searches: each concept's terms analyzed by their language's query analyzer,
 * each topic's clauses with their labels and explanation. Each is compiled on its first use (so
 * that opening an index stays fast) and kept. Thread-safe.
 */
final class CompiledExpansions {
  private final Analysis analysis;
  private final Topics topics;
  private final Lexicon lexicon;
  private final Map<String, Map<String, List<Topic.Term>>> topicTerms = new HashMap<>();
  private final Map<String, CompiledTopic> compiledTopics = new ConcurrentHashMap<>();
  private final Map<String, CompiledConcept> compiledConcepts = new ConcurrentHashMap<>();

  /**
   * A term analyzed for one field.
   *
   * @param text the term as written
   * @param field the field
   * @param tokens its tokens
   * @param key what makes two spellings one member ({@link LeafQueries#key})
   * @param query its term or phrase query, null if it has no tokens
   */
  record AnalyzedTerm(
      String text, String field, List<Token> tokens, List<String> key, Query query) {
    static AnalyzedTerm of(String text, String field, List<Token> tokens) {
      return new AnalyzedTerm(
          text,
          field,
          List.copyOf(tokens),
          LeafQueries.key(field, tokens),
          LeafQueries.phrase(field, tokens));
    }
  }

  /**
   * A concept's terms, per lexicon language, analyzed for that language's main field.
   *
   * @param id the concept id
   * @param terms the analyzed terms per language, in lexicon order
   */
  record CompiledConcept(String id, Map<Language, List<AnalyzedTerm>> terms) {}

  /**
   * A topic's clauses, ready to add to a query.
   *
   * @param clauses the weighted groups, each a SHOULD clause
   * @param labels per leaf, the concepts (or "topic:ID") it stands for; never changed
   * @param expansion what the topic searches, for explanations
   */
  record CompiledTopic(List<Query> clauses, Map<Query, Set<String>> labels, Expansion expansion) {}

  /**
   * Resolves the topics against the lexicon.
   *
   * @param analysis the analyzers queries use
   * @param topics the topics
   * @param lexicon the lexicon
   * @throws IllegalArgumentException if a topic names a concept the lexicon lacks
   */
  CompiledExpansions(Analysis analysis, Topics topics, Lexicon lexicon) {
    this.analysis = analysis;
    this.topics = topics;
    this.lexicon = lexicon;
    for (Topic topic : topics.all()) {
      topicTerms.put(topic.id(), topic.resolve(lexicon));
    }
  }

  /** The topics. */
  Topics topics() {
    return topics;
  }

  /**
   * A topic's compiled clauses.
   *
   * @param topicId a known topic's id
   * @return its clauses, compiled on the first call
   */
  CompiledTopic topic(String topicId) {
    CompiledTopic known = compiledTopics.get(topicId);
    if (known == null) {
      Topic topic = topics.get(topicId).orElseThrow();
      known = TopicClauses.compile(topic, topicTerms.get(topicId), this);
      CompiledTopic raced = compiledTopics.putIfAbsent(topicId, known);
      known = raced != null ? raced : known;
    }
    return known;
  }

  /**
   * A concept's analyzed terms.
   *
   * @param conceptId a concept of the lexicon
   * @return its terms, analyzed on the first call
   */
  CompiledConcept concept(String conceptId) {
    CompiledConcept known = compiledConcepts.get(conceptId);
    if (known == null) {
      Concept concept = lexicon.get(conceptId).orElseThrow();
      Map<Language, List<AnalyzedTerm>> terms = new EnumMap<>(Language.class);
      for (Language language : Lexicon.COLUMNS) {
        String field = Fields.textField(language);
        List<AnalyzedTerm> list = new ArrayList<>();
        for (String term : concept.terms(language)) {
          list.add(AnalyzedTerm.of(term, field, analyze(field, term)));
        }
        terms.put(language, List.copyOf(list));
      }
      known = new CompiledConcept(conceptId, terms);
      CompiledConcept raced = compiledConcepts.putIfAbsent(conceptId, known);
      known = raced != null ? raced : known;
    }
    return known;
  }

  /**
   * Analyzes a text with the query analyzer of a field, the neutral analyzer for the neutral field.
   *
   * @param field the field
   * @param text the text
   * @return the tokens
   */
  List<Token> analyze(String field, String text) {
    return Analysis.tokens(
        Fields.TEXT_NEUTRAL.equals(field) ? analysis.neutral() : analysis.queryAnalyzer(field),
        field,
        text);
  }
}
