package io.github.loci.core.search;

import io.github.loci.analyzers.Language;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.Concept;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a request into the Lucene query that scores passages.
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
final class QueryBuilder {
  /**
   * Stands where words were taken out of the query text (a concept's span, a function word): it
   * separates words as a space does, and words on either side of it are not neighbours, so the pair
   * fields never pair them.
   */
  private static final char HOLE = '\u2029';

  /** Weight of the neutral field: it adds exact-form evidence to the language fields. */
  static final float NEUTRAL_WEIGHT = 0.5f;

  /**
   * Weight of other languages' analysis of words the lexicon lacks, when the query's language is
   * declared.
   */
  static final float OTHER_LANGUAGE_WEIGHT = 0.6f;

  /** Weight of a concept's terms, in every language, relative to a word the lexicon lacks. */
  static final float CONCEPT_WEIGHT = 1.0f;

  /** Score added to a passage that holds the amount kind its topic prefers. */
  static final float PREFERRED_AMOUNT_WEIGHT = 0.5f;

  /** Passages in one of the lexicon's languages. */
  private static final Query LEXICON_LANGUAGES =
      new TermInSetQuery(
          Fields.LANG,
          Lexicon.COLUMNS.stream()
              .map(l -> new org.apache.lucene.util.BytesRef(l.code()))
              .toList());

  private final Analysis analysis;
  private final Topics topics;
  private final Map<String, Map<String, List<Topic.Term>>> topicTerms = new HashMap<>();
  private final ConceptMatcher concepts;
  private final List<Trigger> triggers;
  private final Map<String, String> headOf = new HashMap<>();

  /** A token sequence that names a topic. */
  private record Trigger(List<String> tokens, Topic topic) {}

  /**
   * The built query and what it was made of.
   *
   * @param query the query
   * @param topicIds the topics it searches
   * @param expansions the concepts found in its free text, with the terms searched for each
   * @param concepts per leaf query (a term or phrase query on one field), the concepts it stands
   *     for
   */
  record Built(
      Query query,
      List<String> topicIds,
      List<Expansion> expansions,
      Map<Query, Set<String>> concepts) {}

  QueryBuilder(Analysis analysis, Topics topics, ConceptMatcher concepts) {
    this.analysis = analysis;
    this.topics = topics;
    this.concepts = concepts;
    List<Trigger> list = new ArrayList<>();
    for (Topic topic : topics.all()) {
      topicTerms.put(topic.id(), topic.resolve(concepts.lexicon()));
      topic.concepts().keySet().stream()
          .findFirst()
          .ifPresent(c -> headOf.putIfAbsent(c, topic.id()));
      addTrigger(list, topic.id().replace('-', ' '), topic);
      addTrigger(list, topic.label(), topic);
    }
    // Longest first, so that "market share" wins over a one-word trigger inside it.
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
    Map<Query, Set<String>> labels = new HashMap<>();
    List<Expansion> expansions = new ArrayList<>();
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

    Optional<Language> queryLanguage =
        request
            .queryLanguage()
            .map(
                code ->
                    Language.forCode(code)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "query language '"
                                        + code
                                        + "' is not one Loci analyzes (es, it, en, vi); leave it"
                                        + " undeclared")));
    List<String> phrases = new ArrayList<>();
    StringBuilder free = new StringBuilder();
    splitQuotes(request.query(), phrases, free);
    String text = free.toString();
    List<ConceptMatcher.Match> found =
        request.translate() ? concepts.find(text, queryLanguage) : List.of();
    String remaining = text;
    Set<String> named = request.translate() ? namedTopics(text, found) : Set.of();
    if (!named.isEmpty()) {
      // The free text is nothing but topic names: it searches those topics.
      topicIds.addAll(named);
      remaining = "";
      found = List.of();
    }

    int clauses = 0;
    for (String id : topicIds) {
      clauses += addTopic(content, id, labels);
      expansions.add(topicExpansion(id));
    }
    // With the query's language declared, its words are searched in that language as typed (as in
    // a monolingual search) and each concept adds its translations into the other languages; left
    // undeclared, a concept is searched through its terms in every language.
    StringBuilder rest = new StringBuilder(remaining);
    for (ConceptMatcher.Match match : found) {
      clauses += addConcept(content, match, queryLanguage, labels, expansions);
      for (int i = match.start(); i < match.end(); i++) {
        rest.setCharAt(i, HOLE);
      }
    }
    String words = rest.toString();
    String ownWords = queryLanguage.isPresent() ? remaining : words;
    // Function words of the query's language never cross into another language's field. Its
    // language is the declared one, else the one whose lexicon terms the text uses (if the lexicon
    // finds none, a word such as "per" may be English or Italian, and is searched in both).
    Optional<Language> language = queryLanguage.isPresent() ? queryLanguage : onlyLanguage(found);
    String otherWords = withoutFunctionWords(words);
    for (Language fieldLanguage : Language.values()) {
      boolean own = queryLanguage.isEmpty() || queryLanguage.get() == fieldLanguage;
      float weight = own ? 1f : OTHER_LANGUAGE_WEIGHT;
      boolean sameLanguage = language.isEmpty() || language.get() == fieldLanguage;
      String typed =
          queryLanguage.isPresent() ? ownWords : typedFor(remaining, found, fieldLanguage);
      String fieldText = own ? (sameLanguage ? typed : withoutFunctionWords(typed)) : otherWords;
      // A diacritic-free field is searched across languages ("la" is Spanish, and folded
      // Vietnamese), unless the text is known to be in the field's language.
      boolean knownOwn = language.isPresent() && language.get() == fieldLanguage;
      for (Analysis.LanguageField field : analysis.fields(fieldLanguage)) {
        clauses +=
            addText(
                content,
                analysis.queryAnalyzer(field.name()),
                field.name(),
                searchedText(field, fieldText),
                field.pairs()
                    ? List.of()
                    : field.folded()
                        ? phrases.stream().filter(p -> !hasDiacritics(p)).toList()
                        : phrases,
                weight * field.weight(),
                field.folded() && !knownOwn);
      }
    }
    clauses +=
        addText(
            content,
            analysis.neutral(),
            Fields.TEXT_NEUTRAL,
            ownWords,
            phrases,
            NEUTRAL_WEIGHT,
            true);
    Query query = clauses == 0 ? new MatchNoDocsQuery("no searchable words") : content.build();
    query = preferAmounts(query, topicIds);
    return new Built(query, List.copyOf(topicIds), List.copyOf(expansions), labels);
  }

  /** A passage with the amount kind a topic prefers scores higher; the content must still match. */
  private Query preferAmounts(Query content, Set<String> topicIds) {
    Set<AmountKind> kinds = new java.util.TreeSet<>();
    topicIds.forEach(id -> topics.get(id).ifPresent(t -> kinds.addAll(t.prefers())));
    if (kinds.isEmpty() || content instanceof MatchNoDocsQuery) {
      return content;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(content, Occur.MUST);
    for (AmountKind kind : kinds) {
      query.add(
          new BoostQuery(
              new ConstantScoreQuery(
                  new TermQuery(new Term(Fields.AMOUNT_KIND, Fields.kind(kind)))),
              PREFERRED_AMOUNT_WEIGHT),
          Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * One concept group: a dis-max over the concept's terms in every language, each in its own
   * language's field. The words as typed are searched in the neutral field only for passages in
   * other languages: for the lexicon's languages they would match only passages in the query's
   * language, which would then win for their language.
   */
  private int addConcept(
      BooleanQuery.Builder content,
      ConceptMatcher.Match match,
      Optional<Language> queryLanguage,
      Map<Query, Set<String>> labels,
      List<Expansion> expansions) {
    // The words as typed, in their own declared language, are searched as free text; label them.
    Optional<Language> own = queryLanguage.filter(l -> l == match.language());
    own.ifPresent(
        language -> {
          for (Analysis.LanguageField field : analysis.fields(language)) {
            for (Token t :
                Analysis.tokens(analysis.queryAnalyzer(field.name()), field.name(), match.text())) {
              labels
                  .computeIfAbsent(
                      new TermQuery(new Term(field.name(), t.term())), k -> new LinkedHashSet<>())
                  .addAll(match.concepts());
            }
          }
        });
    List<Query> members = new ArrayList<>();
    List<Query> ownTerms = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    Map<String, List<String>> searched = new java.util.TreeMap<>();
    for (String conceptId : match.concepts()) {
      Concept concept = concepts.lexicon().get(conceptId).orElseThrow();
      for (Language language : Lexicon.COLUMNS) {
        boolean typedHere = own.isPresent() && own.get() == language;
        if (typedHere) {
          searched.put(language.code(), List.of(match.text()));
        }
        String field = Fields.textField(language);
        for (String term : concept.terms(language)) {
          List<Token> tokens = Analysis.tokens(analysis.queryAnalyzer(field), field, term);
          if (!seen.add(key(field, tokens))) {
            continue;
          }
          Query q = phrase(field, tokens);
          if (typedHere) {
            // Not scored (the words typed are), only counted: the concept's share of the
            // declared language's passages.
            ownTerms.add(q);
            continue;
          }
          members.add(boost(q, CONCEPT_WEIGHT / words(tokens)));
          labels.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(conceptId);
          searched.computeIfAbsent(language.code(), k -> new ArrayList<>()).add(term);
        }
      }
    }
    // Passages in languages the lexicon lacks (German, French, ...) match the words as typed, in
    // the neutral field; passages in its languages match through their own fields only.
    List<Token> typed =
        neutralTokens(match.text()).stream()
            .filter(t -> !analysis.isFunctionWord(t.term()))
            .toList();
    Query exact = own.isPresent() ? null : phrase(Fields.TEXT_NEUTRAL, typed);
    if (exact != null) {
      labels.computeIfAbsent(exact, k -> new LinkedHashSet<>()).addAll(match.concepts());
      members.add(boost(otherLanguagesOnly(exact), NEUTRAL_WEIGHT / words(typed)));
    }
    if (!members.isEmpty()) {
      String id = String.join("+", match.concepts());
      content.add(
          own.isPresent() && !ownTerms.isEmpty()
              ? ConceptQuery.asIn(
                  id, members, new DisjunctionMaxQuery(ownTerms, 0f), Fields.textField(own.get()))
              : ConceptQuery.pooled(id, members),
          Occur.SHOULD);
    }
    expansions.add(
        new Expansion(match.text(), match.language().code(), match.concepts(), searched));
    return 1;
  }

  /**
   * Undeclared, the words of a concept span are left to the concept's group in the language whose
   * term they matched, and still searched as typed in the other languages' fields: a bare
   * Vietnamese "may" is not only the Spanish "mayo".
   */
  private static String typedFor(
      String text, List<ConceptMatcher.Match> found, Language fieldLanguage) {
    StringBuilder out = new StringBuilder(text);
    for (ConceptMatcher.Match match : found) {
      if (match.language() == fieldLanguage) {
        for (int i = match.start(); i < match.end(); i++) {
          out.setCharAt(i, HOLE);
        }
      }
    }
    return out.toString();
  }

  /** The language of every concept match, when they agree. */
  private static Optional<Language> onlyLanguage(List<ConceptMatcher.Match> found) {
    Set<Language> languages = new java.util.HashSet<>();
    found.forEach(m -> languages.add(m.language()));
    return languages.size() == 1 ? Optional.of(languages.iterator().next()) : Optional.empty();
  }

  /** The text without the function words of any language (they never cross languages). */
  private String withoutFunctionWords(String text) {
    StringBuilder out = new StringBuilder(text);
    for (Token token : neutralTokens(text)) {
      if (analysis.isFunctionWord(token.term())) {
        for (int i = token.start(); i < token.end(); i++) {
          out.setCharAt(i, HOLE);
        }
      }
    }
    return out.toString();
  }

  /**
   * The text a language field searches: all of it in the main and pair fields; in the
   * diacritic-free field only the words typed without diacritics (a word typed with them searches
   * its exact form); in the diacritic-free pair field only text typed wholly without diacritics,
   * since leaving words out would pair words that are not neighbours.
   */
  private static String searchedText(Analysis.LanguageField field, String text) {
    if (!field.folded()) {
      return text;
    }
    if (field.pairs()) {
      return hasDiacritics(text) ? "" : text;
    }
    return withoutDiacriticWords(text);
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

  /**
   * The topics free text names when it is nothing but topic names: a topic's id or label ("market
   * share"), or a term, in any language, of its first concept ("cuota de mercado", "thị phần").
   * Text with other words in it is searched as text ("who leads the cloud market share race?").
   */
  private Set<String> namedTopics(String text, List<ConceptMatcher.Match> found) {
    List<Token> tokens = neutralTokens(text);
    boolean[] used = new boolean[tokens.size()];
    Map<String, Integer> named = new HashMap<>();
    for (Trigger trigger : triggers) {
      int n = trigger.tokens().size();
      for (int i = 0; i + n <= tokens.size(); i++) {
        if (matches(tokens, used, i, trigger.tokens())) {
          named.merge(trigger.topic().id(), tokens.get(i).start(), Math::min);
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
      if (!used[k] && !analysis.isFunctionWord(tokens.get(k).term())) {
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

  /**
   * A topic is a sum of groups, one per concept (its terms in every language, each in its own
   * language's field; a passage scores by its best term) weighted by the concept's weight, and one
   * per own term. As for free text, the neutral field serves passages in other languages only.
   */
  private int addTopic(
      BooleanQuery.Builder content, String topicId, Map<Query, Set<String>> labels) {
    Map<String, Float> groupWeights = new LinkedHashMap<>();
    Map<String, List<Query>> groups = new LinkedHashMap<>();
    Map<String, Set<List<String>>> seen = new HashMap<>();
    for (var entry : topicTerms.get(topicId).entrySet()) {
      Optional<Language> language = Language.forCode(entry.getKey());
      for (Topic.Term term : entry.getValue()) {
        String group = term.concept().orElse("topic:" + topicId + ":" + term.text());
        String label = term.concept().orElse("topic:" + topicId);
        groupWeights.merge(group, term.weight(), Math::max);
        List<Query> members = groups.computeIfAbsent(group, g -> new ArrayList<>());
        Set<List<String>> keys = seen.computeIfAbsent(group, g -> new HashSet<>());
        if (language.isPresent()) {
          String field = Fields.textField(language.get());
          List<Token> tokens = Analysis.tokens(analysis.queryAnalyzer(field), field, term.text());
          // Spellings that analyze alike ("data centres", "data centers") are one member.
          if (keys.add(key(field, tokens))) {
            Query q = phrase(field, tokens);
            if (q != null) {
              members.add(term.concept().isPresent() ? boost(q, 1f / words(tokens)) : q);
              labels.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(label);
            }
          }
        }
        List<Token> tokens = neutralTokens(term.text());
        if (keys.add(key(Fields.TEXT_NEUTRAL, tokens))) {
          Query neutral = phrase(Fields.TEXT_NEUTRAL, tokens);
          if (neutral != null) {
            labels.computeIfAbsent(neutral, k -> new LinkedHashSet<>()).add(label);
            members.add(
                boost(
                    otherLanguagesOnly(neutral),
                    NEUTRAL_WEIGHT / (term.concept().isPresent() ? words(tokens) : 1)));
          }
        }
      }
    }
    int added = 0;
    for (var group : groups.entrySet()) {
      if (!group.getValue().isEmpty()) {
        String id = group.getKey();
        Query q =
            id.startsWith("topic:")
                ? new DisjunctionMaxQuery(group.getValue(), 0f)
                : ConceptQuery.pooled(id, group.getValue());
        content.add(boost(q, groupWeights.get(id)), Occur.SHOULD);
        added++;
      }
    }
    return added;
  }

  /** What a topic searches, for explanations: its concepts and all their terms. */
  private Expansion topicExpansion(String topicId) {
    Topic topic = topics.get(topicId).orElseThrow();
    Map<String, List<String>> terms = new java.util.TreeMap<>();
    topicTerms
        .get(topicId)
        .forEach((lang, list) -> terms.put(lang, list.stream().map(Topic.Term::toString).toList()));
    List<String> conceptIds = new ArrayList<>(topic.concepts().keySet());
    return new Expansion("topic " + topic.id(), "", conceptIds, terms);
  }

  /** A query on the neutral field that only passages outside the lexicon's languages match. */
  private static Query otherLanguagesOnly(Query neutral) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(neutral, Occur.MUST);
    query.add(LEXICON_LANGUAGES, Occur.MUST_NOT);
    return query.build();
  }

  /** The number of positions that hold a word: BM25 sums the IDF of a phrase's words. */
  private static int words(List<Token> tokens) {
    return Math.max(1, (int) tokens.stream().mapToInt(Token::position).distinct().count());
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
      float weight,
      boolean acrossLanguages) {
    int added = 0;
    // Fields searched across languages leave out function words.
    boolean neutral = acrossLanguages;
    boolean pairs = Fields.isPairsField(field);
    // Tokens stacked at one position (a number read two ways) form one synonym group.
    Map<Integer, List<Token>> byPosition = new java.util.TreeMap<>();
    for (Token token :
        pairs
            ? pairTokens(analyzer, field, neutral ? withoutFunctionWords(free) : free)
            : Analysis.tokens(analyzer, field, free)) {
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
   * The tokens of a pair field: each stretch of text between holes is analyzed alone, so that words
   * on either side of a hole make no pair; positions keep counting across stretches.
   */
  private static List<Token> pairTokens(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    int next = 0;
    int from = 0;
    while (from <= text.length()) {
      int hole = text.indexOf(HOLE, from);
      int to = hole < 0 ? text.length() : hole;
      int base = next;
      for (Token t : Analysis.tokens(analyzer, field, text.substring(from, to))) {
        tokens.add(new Token(t.term(), base + t.position(), from + t.start(), from + t.end()));
        next = base + t.position() + 1;
      }
      from = to + 1;
    }
    return tokens;
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
