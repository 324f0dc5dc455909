package io.github.loci.core.search.query;

import io.github.loci.analyzers.Language;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Names;
import io.github.loci.core.detect.FunctionWords;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.search.Expansion;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.Topic;
import io.github.loci.core.search.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a request into the plan that scores passages. Thread-safe: what it compiles (topics,
 * concepts) is shared, what a request needs is made per request.
 *
 * <p>Free text that is nothing but topic names (a topic's id or label, or a term of its first
 * concept in any language: "market share", "cuota de mercado") searches those topics: a sum of
 * concept groups. Otherwise each span that names a concept of the lexicon ("investments") becomes
 * one group, a {@link ConceptQuery} over the concept's terms in every language, each in its own
 * language's field, scored with the concept's statistics: a passage scores by its best term, so a
 * concept with many terms does not outweigh one with few, and every language competes on the same
 * terms. When the query's language is declared, its words are searched in that language as typed
 * (exactly as a monolingual search, the neutral field's exact forms included) and the groups carry
 * the other languages' terms: the declared language is weighed higher, as documented. The rest of
 * the text (names, numbers, words the lexicon lacks) is analyzed by each language's analyzer
 * against that language's field, and by the neutral analyzer against the neutral field; function
 * words are searched only in the query's own language. Quoted text is a phrase, not translated.
 */
public final class QueryPlanner {
  private final Analysis analysis;
  private final Topics topics;
  private final ConceptMatcher concepts;
  private final CompiledExpansions compiled;
  private final TopicNames topicNames;
  private final ConceptClauses conceptClauses;

  /**
   * Creates a planner.
   *
   * @param analysis the analyzers the index was built with
   * @param topics the topics queries are expanded with
   * @param concepts the lexicon free text is translated with
   * @throws IllegalArgumentException if a topic names a concept the lexicon lacks
   */
  public QueryPlanner(Analysis analysis, Topics topics, ConceptMatcher concepts) {
    this.analysis = analysis;
    this.topics = topics;
    this.concepts = concepts;
    this.compiled = new CompiledExpansions(analysis, topics, concepts.lexicon());
    this.topicNames = new TopicNames(topics, analysis);
    this.conceptClauses = new ConceptClauses(analysis, compiled);
  }

  /**
   * Plans a request.
   *
   * @param request the request
   * @return the plan
   * @throws IllegalArgumentException if the request names an unknown topic or an unsupported query
   *     language
   */
  public QueryPlan plan(SearchRequest request) {
    Set<String> topicIds = new LinkedHashSet<>();
    request
        .topic()
        .ifPresent(
            id -> {
              Topic topic =
                  topics
                      .get(id)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "no topic '"
                                      + id
                                      + "' (the topics: "
                                      + String.join(
                                          ", ", topics.all().stream().map(Topic::id).toList())
                                      + ")"));
              topicIds.add(topic.id());
            });
    ParsedQuery query = ParsedQuery.parse(request, analysis);
    List<String> phrases = query.phrases();
    String text = query.free();
    List<ConceptMatcher.Match> found =
        request.translate() ? query.concepts(concepts, text) : List.of();
    String remaining = text;
    Set<String> named = request.translate() ? topicNames.named(query, text, found) : Set.of();
    if (!named.isEmpty()) {
      // The free text is nothing but topic names: it searches those topics.
      topicIds.addAll(named);
      remaining = "";
      found = List.of();
    }
    // Undeclared, the query is in the language whose lexicon terms it uses, when they all agree:
    // it is then searched as if declared (its words as typed, exact forms in the neutral field
    // too, the concepts' translations weighed by that language's statistics). A text written in
    // Vietnamese letters is not taken for another language ("Ai", who, is not the English "AI"):
    // it stays undeclared.
    Optional<Language> termsLanguage =
        query.language().isEmpty() ? onlyLanguage(found, text) : Optional.empty();
    if (query.language().isEmpty()) {
      Optional<Language> guess = termsLanguage;
      if (guess.isPresent() && guess.get() != Language.VI && VietnameseScript.isVietnamese(text)) {
        guess = Optional.empty();
      }
      if (guess.isPresent()) {
        query = query.inLanguage(guess.get());
      }
    }
    Optional<Language> queryLanguage = query.language();

    BooleanQuery.Builder content = new BooleanQuery.Builder();
    Labels labels = new Labels();
    List<Expansion> expansions = new ArrayList<>();
    int clauses = 0;
    for (String id : topicIds) {
      CompiledExpansions.CompiledTopic topic = compiled.topic(id);
      topic.clauses().forEach(c -> content.add(c, Occur.SHOULD));
      clauses += topic.clauses().size();
      labels.include(topic.labels());
      expansions.add(topic.expansion());
    }
    // With the query's language declared, its words are searched in that language as typed (as in
    // a monolingual search) and each concept adds its translations into the other languages; left
    // undeclared, a concept is searched through its terms in every language.
    // A concept named n times is one group boosted n times, which scores as n groups do: a query
    // that repeats a word ("data data …") stays within Lucene's clause limit.
    Map<Query, Integer> groups = new LinkedHashMap<>();
    for (ConceptMatcher.Match match : found) {
      Query group = conceptClauses.clause(query, match, labels, expansions);
      if (group != null) {
        groups.merge(group, 1, Integer::sum);
      }
    }
    groups.forEach(
        (group, n) -> content.add(n == 1 ? group : new BoostQuery(group, n), Occur.SHOULD));
    clauses += groups.size();
    String words = ParsedQuery.withHoles(remaining, found, m -> true);
    String ownWords = queryLanguage.isPresent() ? remaining : words;
    // Function words of the query's language never cross into another language's field. Its
    // language is the declared one, else the one whose lexicon terms the text uses (if the lexicon
    // finds none, a word such as "per" may be English or Italian, and is searched in both).
    Optional<Language> language = queryLanguage.isPresent() ? queryLanguage : termsLanguage;
    String otherWords = query.withoutFunctionWords(words);
    for (Language fieldLanguage : Language.values()) {
      boolean own = queryLanguage.isEmpty() || queryLanguage.get() == fieldLanguage;
      float weight = own ? 1f : LeafQueries.OTHER_LANGUAGE_WEIGHT;
      boolean sameLanguage = language.isEmpty() || language.get() == fieldLanguage;
      // Undeclared, a term of one language is searched in that language's field as its concept
      // alone; a term several languages share ("cloud computing", "Amazon Web Services") is
      // searched as typed in every field, as none of them is the query's own.
      String typed =
          queryLanguage.isPresent()
              ? ownWords
              : ParsedQuery.withHoles(
                  remaining,
                  found,
                  m -> m.language() == fieldLanguage && m.languages().size() == 1);
      String fieldText =
          own ? (sameLanguage ? typed : query.withoutFunctionWords(typed)) : otherWords;
      // A diacritic-free field is searched across languages ("la" is Spanish, and folded
      // Vietnamese), unless the text is known to be in the field's language.
      boolean knownOwn = language.isPresent() && language.get() == fieldLanguage;
      for (Analysis.LanguageField field : analysis.fields(fieldLanguage)) {
        List<Query> text1 =
            TextClauses.clauses(
                query,
                field.name(),
                ParsedQuery.searchedText(field, fieldText),
                field.pairs()
                    ? List.of()
                    : field.folded()
                        ? phrases.stream().filter(p -> !ParsedQuery.hasDiacritics(p)).toList()
                        : phrases,
                weight * field.weight(),
                field.folded() && !knownOwn);
        text1.forEach(c -> content.add(c, Occur.SHOULD));
        clauses += text1.size();
      }
    }
    List<Query> neutral =
        TextClauses.clauses(
            query, Fields.TEXT_NEUTRAL, ownWords, phrases, LeafQueries.NEUTRAL_WEIGHT, true);
    neutral.forEach(c -> content.add(c, Occur.SHOULD));
    clauses += neutral.size();
    List<Amount> amounts = AmountPreference.typed(request.query(), language);
    // The words besides the amounts, planned on their own (they state no amount): a passage
    // counts the amount only when it matches them too.
    String others = AmountPreference.otherWords(request.query(), amounts, query);
    Query built =
        AmountPreference.withTyped(
            clauses == 0 ? null : content.build(),
            amounts,
            others == null ? null : plan(request.withQuery(others)).query());
    built = built == null ? new MatchNoDocsQuery("no searchable words") : built;
    built = AmountPreference.apply(built, topicIds, topics);
    return new QueryPlan(built, List.copyOf(topicIds), expansions, labels, amounts);
  }

  /**
   * The one language all concept matches can be in, if there is one. A span that several languages'
   * terms match ("cloud" is a term of all four) allows each of them; when more than one language is
   * left, the text's function words tell which ("what is the cloud" is English), and without them
   * none is ("Alibaba cloud" was searched as Spanish, the first of the four, its other languages'
   * passages weighed down). A function word written with a capital after the first word, in a text
   * that has words in lower case, is part of a name and tells nothing: in "ceo Jack Ma" the Italian
   * "ma" (but) made the query Italian, and Italian drops its function words.
   */
  static Optional<Language> onlyLanguage(List<ConceptMatcher.Match> found, String text) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Set<Language> common = java.util.EnumSet.allOf(Language.class);
    found.forEach(m -> common.retainAll(m.languages()));
    if (common.size() <= 1) {
      return common.stream().findFirst();
    }
    int[] counts = FunctionWords.get().count(Names.blanked(text));
    Language best = null;
    boolean tie = false;
    for (Language l : common) {
      int n = counts[l.ordinal()];
      if (best == null || n > counts[best.ordinal()]) {
        best = l;
        tie = false;
      } else if (n == counts[best.ordinal()]) {
        tie = true;
      }
    }
    return best != null && !tie && counts[best.ordinal()] > 0
        ? Optional.of(best)
        : Optional.empty();
  }
}
