package io.github.loci.core.search.query;

import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.search.Topic;
import io.github.loci.core.search.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes free text that is nothing but topic names: a topic's id or label ("market share"), or
 * a term, in any language, of its first concept ("cuota de mercado", "thị phần"). Text with other
 * words in it is searched as text ("who leads the cloud market share race?"). Immutable.
 */
final class TopicNames {
  private final List<Trigger> triggers;
  private final Map<String, String> headOf = new HashMap<>();

  /** A token sequence that names a topic. */
  private record Trigger(List<String> tokens, String topicId) {}

  /**
   * Analyzes the topics' ids and labels with the neutral analyzer.
   *
   * @param topics the topics
   * @param analysis the analyzers queries use
   */
  TopicNames(Topics topics, Analysis analysis) {
    List<Trigger> list = new ArrayList<>();
    for (Topic topic : topics.all()) {
      topic.concepts().keySet().stream()
          .findFirst()
          .ifPresent(c -> headOf.putIfAbsent(c, topic.id()));
      addTrigger(list, analysis, topic.id().replace('-', ' '), topic);
      addTrigger(list, analysis, topic.label(), topic);
    }
    // Longest first, so that "market share" wins over a one-word trigger inside it.
    list.sort((a, b) -> Integer.compare(b.tokens().size(), a.tokens().size()));
    this.triggers = List.copyOf(list);
  }

  private static void addTrigger(List<Trigger> list, Analysis analysis, String text, Topic topic) {
    List<String> tokens =
        Analysis.tokens(analysis.neutral(), Fields.TEXT_NEUTRAL, text).stream()
            .map(Token::term)
            .toList();
    if (!tokens.isEmpty()) {
      list.add(new Trigger(tokens, topic.id()));
    }
  }

  /**
   * The topics a text names when it is nothing but topic names (and function words).
   *
   * @param query the parsed query, for its tokens
   * @param text the free text
   * @param found the concepts found in it
   * @return the topic ids in the order the text names them; empty if it says anything else
   */
  Set<String> named(ParsedQuery query, String text, List<ConceptMatcher.Match> found) {
    List<Token> tokens = query.neutralTokens(text);
    boolean[] used = new boolean[tokens.size()];
    Map<String, Integer> named = new HashMap<>();
    for (Trigger trigger : triggers) {
      int n = trigger.tokens().size();
      for (int i = 0; i + n <= tokens.size(); i++) {
        if (matches(tokens, used, i, trigger.tokens())) {
          named.merge(trigger.topicId(), tokens.get(i).start(), Math::min);
          for (int k = i; k < i + n; k++) {
            used[k] = true;
          }
        }
      }
    }
    for (ConceptMatcher.Match match : found) {
      Optional<String> topic =
          match.concepts().stream().map(headOf::get).filter(Objects::nonNull).findFirst();
      if (topic.isEmpty()) {
        continue;
      }
      named.merge(topic.get(), match.start(), Math::min);
      for (int k = 0; k < tokens.size(); k++) {
        if (match.start() <= tokens.get(k).start() && tokens.get(k).end() <= match.end()) {
          used[k] = true;
        }
      }
    }
    for (int k = 0; k < tokens.size(); k++) {
      if (!used[k] && !query.isFunctionWord(tokens.get(k), text)) {
        return Set.of();
      }
    }
    // In the order the text names them.
    Set<String> ordered = new LinkedHashSet<>();
    named.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> ordered.add(e.getKey()));
    return ordered;
  }

  private static boolean matches(List<Token> tokens, boolean[] used, int at, List<String> want) {
    for (int k = 0; k < want.size(); k++) {
      if (used[at + k] || !tokens.get(at + k).term().equals(want.get(k))) {
        return false;
      }
    }
    return true;
  }
}
