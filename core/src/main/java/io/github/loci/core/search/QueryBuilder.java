package io.github.loci.core.search;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a request into the Lucene query that scores passages.
 *
 * <p>Free text is searched in every language: analyzed by each language's analyzer against that
 * language's field, and by the neutral analyzer against the neutral field (names and numbers match
 * across languages; function words of any language are left out there). Quoted text is a phrase.
 * Text that names a topic, its id or one of its terms is replaced by the topic: all its terms, each
 * analyzed by its own language against that language's field.
 */
final class QueryBuilder {
  /** Weight of the neutral field: it adds exact-form evidence to the language fields. */
  static final float NEUTRAL_WEIGHT = 0.5f;

  /** Weight of a pair of adjacent query words found adjacent in a passage, relative to a word. */
  static final float PAIR_WEIGHT = 0.5f;

  /**
   * The same in the diacritic-free field, which only words typed without diacritics search: there
   * each folded syllable matches several words, and adjacency tells them apart.
   */
  static final float FOLDED_PAIR_WEIGHT = 1.0f;

  /** Weight of other languages' analysis when the query's language is declared. */
  static final float OTHER_LANGUAGE_WEIGHT = 0.6f;

  private final Analysis analysis;
  private final Topics topics;
  private final List<Trigger> triggers;

  /** A token sequence that names a topic. */
  private record Trigger(List<String> tokens, Topic topic) {}

  /** The built query and what it was made of. */
  record Built(Query query, List<String> topicIds) {}

  QueryBuilder(Analysis analysis, Topics topics) {
    this.analysis = analysis;
    this.topics = topics;
    List<Trigger> list = new ArrayList<>();
    for (Topic topic : topics.all()) {
      addTrigger(list, topic.id().replace('-', ' '), topic);
      addTrigger(list, topic.label(), topic);
      topic
          .terms()
          .values()
          .forEach(terms -> terms.forEach(t -> addTrigger(list, t.text(), topic)));
    }
    // Longest first, so that "data centres" wins over a one-word trigger inside it.
    list.sort((a, b) -> Integer.compare(b.tokens().size(), a.tokens().size()));
    this.triggers = List.copyOf(list);
  }

  private void addTrigger(List<Trigger> list, String text, Topic topic) {
    List<String> tokens = neutralTokens(text).stream().map(Token::term).toList();
    if (!tokens.isEmpty()) {
      list.add(new Trigger(tokens, topic));
    }
  }

  private List<Token> neutralTokens(String text) {
    return Analysis.tokens(analysis.neutral(), Fields.TEXT_NEUTRAL, text);
  }

  Built build(SearchRequest request) {
    BooleanQuery.Builder content = new BooleanQuery.Builder();
    Set<String> topicIds = new LinkedHashSet<>();
    request
        .topic()
        .ifPresent(
            id -> {
              Topic topic =
                  topics
                      .get(id)
                      .orElseThrow(() -> new IllegalArgumentException("no topic '" + id + "'"));
              topicIds.add(topic.id());
            });

    Optional<Language> queryLanguage = request.queryLanguage().flatMap(Language::forCode);
    List<String> phrases = new ArrayList<>();
    StringBuilder free = new StringBuilder();
    splitQuotes(request.query(), phrases, free);
    String remaining = removeTopicMentions(free.toString(), topicIds);

    int clauses = 0;
    for (String id : topicIds) {
      clauses += addTopic(content, topics.get(id).orElseThrow());
    }
    for (Language language : Language.values()) {
      float weight =
          queryLanguage.isEmpty() || queryLanguage.get() == language ? 1f : OTHER_LANGUAGE_WEIGHT;
      for (Analysis.LanguageField field : analysis.fields(language)) {
        clauses +=
            addText(
                content,
                analysis.queryAnalyzer(field.name()),
                field.name(),
                field.folded() ? withoutDiacriticWords(remaining) : remaining,
                field.folded() ? phrases.stream().filter(p -> !hasDiacritics(p)).toList() : phrases,
                weight * field.weight());
      }
    }
    clauses +=
        addText(
            content, analysis.neutral(), Fields.TEXT_NEUTRAL, remaining, phrases, NEUTRAL_WEIGHT);
    Query query = clauses == 0 ? new MatchNoDocsQuery("no searchable words") : content.build();
    return new Built(query, List.copyOf(topicIds));
  }

  /**
   * The words of a query typed without diacritics: only they are searched in a diacritic-free
   * field, so that a word typed with its diacritics matches them exactly and nothing else.
   */
  private static String withoutDiacriticWords(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (!hasDiacritics(word)) {
        out.append(word).append(' ');
      }
    }
    return out.toString();
  }

  private static boolean hasDiacritics(String text) {
    String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ') {
        return true;
      }
    }
    return false;
  }

  /** Splits off quoted phrases; straight and typographic double quotes both work. */
  private static void splitQuotes(String query, List<String> phrases, StringBuilder free) {
    boolean inQuote = false;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
        if (inQuote) {
          if (!current.toString().isBlank()) {
            phrases.add(current.toString());
          }
          current.setLength(0);
        } else {
          free.append(' ');
        }
        inQuote = !inQuote;
      } else if (inQuote) {
        current.append(c);
      } else {
        free.append(c);
      }
    }
    if (inQuote && !current.toString().isBlank()) {
      phrases.add(current.toString());
    }
  }

  /** Finds topic mentions in free text; returns the text without them. */
  private String removeTopicMentions(String text, Set<String> topicIds) {
    if (triggers.isEmpty()) {
      return text;
    }
    List<Token> tokens = neutralTokens(text);
    boolean[] used = new boolean[tokens.size()];
    StringBuilder rest = new StringBuilder(text);
    List<int[]> cuts = new ArrayList<>();
    for (Trigger trigger : triggers) {
      int n = trigger.tokens().size();
      for (int i = 0; i + n <= tokens.size(); i++) {
        if (matches(tokens, used, i, trigger.tokens())) {
          topicIds.add(trigger.topic().id());
          for (int k = i; k < i + n; k++) {
            used[k] = true;
          }
          cuts.add(new int[] {tokens.get(i).start(), tokens.get(i + n - 1).end()});
        }
      }
    }
    cuts.sort((a, b) -> Integer.compare(b[0], a[0]));
    for (int[] cut : cuts) {
      rest.replace(cut[0], cut[1], " ");
    }
    return rest.toString();
  }

  private static boolean matches(List<Token> tokens, boolean[] used, int at, List<String> want) {
    for (int k = 0; k < want.size(); k++) {
      if (used[at + k] || !tokens.get(at + k).term().equals(want.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each term in its own language's field, and in the neutral field at a lower weight, so that a
   * passage whose language was not detected (or is another language) still matches the topic.
   */
  private int addTopic(BooleanQuery.Builder content, Topic topic) {
    int added = 0;
    Set<List<String>> seen = new java.util.HashSet<>();
    for (var entry : topic.terms().entrySet()) {
      Optional<Language> language = Language.forCode(entry.getKey());
      for (Topic.Term term : entry.getValue()) {
        if (language.isPresent()) {
          for (Analysis.LanguageField field : analysis.fields(language.get())) {
            if (field.folded() && hasDiacritics(term.text())) {
              continue;
            }
            List<Token> tokens =
                Analysis.tokens(analysis.queryAnalyzer(field.name()), field.name(), term.text());
            // Spellings that analyze alike ("data centres", "data centers") are one clause.
            Query q = seen.add(key(field.name(), tokens)) ? phrase(field.name(), tokens) : null;
            if (q != null) {
              content.add(boost(q, term.weight() * field.weight()), Occur.SHOULD);
              added++;
            }
          }
        }
        // A term spelled alike in several languages ("data center" in en, es, it) is one neutral
        // clause, or passages that contain it would score once per language that lists it.
        List<Token> tokens = neutralTokens(term.text());
        Query neutral =
            seen.add(key(Fields.TEXT_NEUTRAL, tokens)) ? phrase(Fields.TEXT_NEUTRAL, tokens) : null;
        if (neutral != null) {
          content.add(boost(neutral, term.weight() * NEUTRAL_WEIGHT), Occur.SHOULD);
          added++;
        }
      }
    }
    return added;
  }

  private static List<String> key(String field, List<Token> tokens) {
    List<String> key = new ArrayList<>();
    key.add(field);
    tokens.forEach(t -> key.add(t.position() + ":" + t.term()));
    return key;
  }

  private int addText(
      BooleanQuery.Builder content,
      Analyzer analyzer,
      String field,
      String free,
      List<String> phrases,
      float weight) {
    int added = 0;
    // Fields searched across languages (neutral, diacritic-free) leave out function words.
    boolean neutral = field.equals(Fields.TEXT_NEUTRAL) || field.endsWith("_folded");
    // Tokens stacked at one position (a number read two ways) form one synonym group.
    Map<Integer, List<Token>> byPosition = new java.util.TreeMap<>();
    for (Token token : Analysis.tokens(analyzer, field, free)) {
      if (neutral && analysis.isFunctionWord(token.term())) {
        continue;
      }
      byPosition.computeIfAbsent(token.position(), p -> new ArrayList<>()).add(token);
    }
    Set<Set<String>> seen = new LinkedHashSet<>();
    for (List<Token> stack : byPosition.values()) {
      Set<String> terms = new java.util.TreeSet<>();
      stack.forEach(t -> terms.add(t.term()));
      if (!seen.add(terms)) {
        continue;
      }
      // One position: a term query, or a synonym query for stacked readings.
      content.add(boost(phrase(field, stack), weight), Occur.SHOULD);
      added++;
    }
    // Only where a word is several tokens: measured on XQuAD, pairs gain on Vietnamese (+0.003
    // MRR@10, +0.026 without diacritics) and lose on English (-0.002) and Spanish (-0.004).
    if (analysis.queryTuned() && Fields.languageOfField(field).orElse(null) == Language.VI) {
      float pairWeight = field.endsWith("_folded") ? FOLDED_PAIR_WEIGHT : PAIR_WEIGHT;
      added += addAdjacentPairs(content, field, byPosition, weight * pairWeight);
    }
    for (String phrase : phrases) {
      Query q = phrase(field, Analysis.tokens(analyzer, field, phrase));
      if (q != null) {
        content.add(boost(q, weight), Occur.SHOULD);
        added++;
      }
    }
    return added;
  }

  /**
   * Query words that stand next to each other in the query and in a passage add to its score: a
   * proximity signal that matters most where one word is several tokens, as Vietnamese syllables
   * ("trung tâm", "dữ liệu"), and most of all when diacritics are missing and each folded syllable
   * is ambiguous.
   */
  private static int addAdjacentPairs(
      BooleanQuery.Builder content,
      String field,
      Map<Integer, List<Token>> byPosition,
      float weight) {
    int added = 0;
    Integer previous = null;
    for (int position : byPosition.keySet()) {
      if (previous != null && position == previous + 1) {
        MultiPhraseQuery.Builder pair = new MultiPhraseQuery.Builder();
        pair.add(
            byPosition.get(previous).stream()
                .map(t -> new Term(field, t.term()))
                .toArray(Term[]::new),
            0);
        pair.add(
            byPosition.get(position).stream()
                .map(t -> new Term(field, t.term()))
                .toArray(Term[]::new),
            1);
        content.add(boost(pair.build(), weight), Occur.SHOULD);
        added++;
      }
      previous = position;
    }
    return added;
  }

  /**
   * A term query for one token, a phrase query (keeping stopword gaps) for several; tokens stacked
   * at one position make a multi-phrase query.
   */
  private static Query phrase(String field, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    Map<Integer, List<Term>> byPosition = new java.util.TreeMap<>();
    for (Token token : tokens) {
      byPosition
          .computeIfAbsent(token.position(), p -> new ArrayList<>())
          .add(new Term(field, token.term()));
    }
    if (byPosition.size() == 1) {
      List<Term> terms = byPosition.values().iterator().next();
      if (terms.size() == 1) {
        return new TermQuery(terms.get(0));
      }
      SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
      terms.forEach(synonyms::addTerm);
      return synonyms.build();
    }
    int first = byPosition.keySet().iterator().next();
    if (byPosition.values().stream().allMatch(l -> l.size() == 1)) {
      PhraseQuery.Builder builder = new PhraseQuery.Builder();
      byPosition.forEach((position, terms) -> builder.add(terms.get(0), position - first));
      return builder.build();
    }
    MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder();
    byPosition.forEach(
        (position, terms) -> builder.add(terms.toArray(Term[]::new), position - first));
    return builder.build();
  }

  private static Query boost(Query query, float weight) {
    return weight == 1f ? query : new BoostQuery(query, weight);
  }
}
