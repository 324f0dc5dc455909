package io.github.loci.core.search.query;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import io.github.loci.core.search.Expansion;
import io.github.loci.core.search.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * Compiles a topic into clauses: a sum of groups, one per concept (its terms in every language,
 * each in its own language's field; a passage scores by its best term) weighted by the concept's
 * weight, and one per own term. As for free text, the neutral field serves passages in other
 * languages only.
 */
final class TopicClauses {
  private TopicClauses() {}

  /**
   * Compiles one topic.
   *
   * @param topic the topic
   * @param terms its terms per language code, resolved against the lexicon
   * @param analyzer analyzes the terms
   * @return the clauses, their labels and the topic's explanation
   */
  static CompiledExpansions.CompiledTopic compile(
      Topic topic, Map<String, List<Topic.Term>> terms, CompiledExpansions analyzer) {
    String topicId = topic.id();
    Map<Query, Set<String>> labels = new HashMap<>();
    Map<String, Float> groupWeights = new LinkedHashMap<>();
    Map<String, List<Query>> groups = new LinkedHashMap<>();
    Map<String, Set<List<String>>> seen = new HashMap<>();
    // A group weighs as its heaviest term; a lighter term of it, the same spelling in another
    // language ("hong kong^0.1" in en, "hong kong" in it), keeps its own weight in its field.
    for (List<Topic.Term> list : terms.values()) {
      for (Topic.Term term : list) {
        groupWeights.merge(group(topicId, term), term.weight(), Math::max);
      }
    }
    for (var entry : terms.entrySet()) {
      Optional<Language> language = Language.forCode(entry.getKey());
      // The heaviest spelling first: of spellings that analyze alike, the first is the member.
      List<Topic.Term> heaviestFirst =
          entry.getValue().stream()
              .sorted(Comparator.comparing(Topic.Term::weight).reversed())
              .toList();
      for (Topic.Term term : heaviestFirst) {
        String group = group(topicId, term);
        String label = term.concept().orElse("topic:" + topicId);
        float relative = term.weight() / groupWeights.get(group);
        List<Query> members = groups.computeIfAbsent(group, g -> new ArrayList<>());
        Set<List<String>> keys = seen.computeIfAbsent(group, g -> new HashSet<>());
        if (language.isPresent()) {
          String field = Fields.textField(language.get());
          List<Token> tokens = analyzer.analyze(field, term.text());
          // Spellings that analyze alike ("data centres", "data centers") are one member.
          if (keys.add(LeafQueries.key(field, tokens))) {
            Query q = LeafQueries.phrase(field, tokens);
            if (q != null) {
              members.add(
                  term.concept().isPresent()
                      ? LeafQueries.boost(q, 1f / LeafQueries.words(tokens))
                      : LeafQueries.boost(q, relative));
              labels.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(label);
            }
          }
        }
        // The neutral field matches each form the language field matches ("data centres").
        List<String> forms =
            language.isPresent()
                ? NeutralForms.of(
                    term.text(),
                    language.get(),
                    Fields.textField(language.get()),
                    analyzer::analyze)
                : List.of(term.text());
        for (String form : forms) {
          List<Token> tokens = analyzer.analyze(Fields.TEXT_NEUTRAL, form);
          if (keys.add(LeafQueries.key(Fields.TEXT_NEUTRAL, tokens))) {
            Query neutral = LeafQueries.phrase(Fields.TEXT_NEUTRAL, tokens);
            if (neutral != null) {
              labels.computeIfAbsent(neutral, k -> new LinkedHashSet<>()).add(label);
              members.add(
                  LeafQueries.boost(
                      LeafQueries.otherLanguagesOnly(neutral),
                      LeafQueries.NEUTRAL_WEIGHT
                          / (term.concept().isPresent() ? LeafQueries.words(tokens) : 1)));
            }
          }
        }
      }
    }
    List<Query> clauses = new ArrayList<>();
    for (var group : groups.entrySet()) {
      if (!group.getValue().isEmpty()) {
        String id = group.getKey();
        Query q =
            id.startsWith("topic:")
                ? new DisjunctionMaxQuery(group.getValue(), 0f)
                : ConceptQuery.pooled(id, group.getValue());
        clauses.add(LeafQueries.boost(q, groupWeights.get(id)));
      }
    }
    Map<Query, Set<String>> frozen = new HashMap<>();
    labels.forEach((q, names) -> frozen.put(q, java.util.Collections.unmodifiableSet(names)));
    return new CompiledExpansions.CompiledTopic(
        List.copyOf(clauses), Map.copyOf(frozen), expansion(topic, terms));
  }

  /** The group of a term: its concept's, or one per spelling of the topic's own terms. */
  private static String group(String topicId, Topic.Term term) {
    return term.concept().orElse("topic:" + topicId + ":" + term.text());
  }

  /** What a topic searches, for explanations: its concepts and all their terms. */
  private static Expansion expansion(Topic topic, Map<String, List<Topic.Term>> terms) {
    Map<String, List<String>> byLanguage = new TreeMap<>();
    terms.forEach(
        (lang, list) -> byLanguage.put(lang, list.stream().map(Topic.Term::toString).toList()));
    List<String> conceptIds = new ArrayList<>(topic.concepts().keySet());
    return new Expansion("topic " + topic.id(), "", conceptIds, byLanguage);
  }
}
