package io.github.loci.core.search.query;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.analyze.Names;
import io.github.loci.core.index.Fields;
import io.github.loci.core.ingest.LanguageCodes;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.search.SearchRequest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A request's text, parsed once: its quoted phrases, its free text and its declared language; and
 * the tokens of every text an analyzer has seen for this query, so that no analyzer runs twice on
 * the same text (the concept matcher, the topic names and every clause generator share them).
 * Holes, function words and diacritics are decided here. Not thread-safe: one per search.
 */
final class ParsedQuery {
  /**
   * Stands where words were taken out of the query text (a concept's span, a function word): it
   * separates words as a space does, and words on either side of it are not neighbours, so the pair
   * fields never pair them.
   */
  static final char HOLE = '\u2029';

  /** What separates words of a text; compiled once, not per search. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Analysis analysis;
  private final List<String> phrases;
  private final String free;
  private final Optional<Language> language;
  private final Map<String, Map<String, List<Token>>> tokens = new HashMap<>();

  /** Whether the free text has a word in lower case: then its words in capitals are acronyms. */
  private final boolean wordsInLowerCase;

  private ParsedQuery(
      Analysis analysis, List<String> phrases, String free, Optional<Language> language) {
    this.analysis = analysis;
    this.phrases = List.copyOf(phrases);
    this.free = free;
    this.language = language;
    this.wordsInLowerCase = Names.hasWordInLowerCase(free);
  }

  /**
   * Parses a request's text.
   *
   * @param request the request
   * @param analysis the analyzers queries use
   * @return the parsed query
   * @throws IllegalArgumentException if the declared language is not one Loci analyzes
   */
  static ParsedQuery parse(SearchRequest request, Analysis analysis) {
    Optional<Language> language =
        request
            .queryLanguage()
            .map(
                code ->
                    Language.forCode(normalized(code))
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
    return new ParsedQuery(analysis, phrases, free.toString(), language);
  }

  /** A declared language as sources and filters declare theirs: "spanish", "spa", "es-MX". */
  private static String normalized(String code) {
    try {
      return LanguageCodes.normalize(code);
    } catch (IllegalArgumentException e) {
      return code; // then no language Loci analyzes: the caller says so
    }
  }

  /**
   * This query with its language taken as known (the lexicon's guess): the same text, phrases and
   * the tokens analyzed so far.
   *
   * @param known the language
   * @return the query in that language
   */
  ParsedQuery inLanguage(Language known) {
    ParsedQuery out = new ParsedQuery(analysis, phrases, free, Optional.of(known));
    out.tokens.putAll(tokens);
    return out;
  }

  /** The quoted phrases, in order: searched as phrases, not translated. */
  List<String> phrases() {
    return phrases;
  }

  /** The text outside quotes (a quote leaves a space). */
  String free() {
    return free;
  }

  /** The declared language of the query, if any. */
  Optional<Language> language() {
    return language;
  }

  /**
   * The tokens of a text as the query analyzer of a field makes them (the neutral analyzer for the
   * neutral field), analyzed on the first call for this field and text.
   *
   * @param field a language field or the neutral field
   * @param text the text
   * @return the tokens
   */
  List<Token> tokens(String field, String text) {
    Map<String, List<Token>> byText = tokens.computeIfAbsent(field, f -> new HashMap<>());
    List<Token> known = byText.get(text);
    if (known == null) {
      known =
          List.copyOf(
              Analysis.tokens(
                  Fields.TEXT_NEUTRAL.equals(field)
                      ? analysis.neutral()
                      : analysis.queryAnalyzer(field),
                  field,
                  text));
      byText.put(text, known);
    }
    return known;
  }

  /** The neutral analyzer's tokens of a text. */
  List<Token> neutralTokens(String text) {
    return tokens(Fields.TEXT_NEUTRAL, text);
  }

  /**
   * Finds the lexicon's concepts in a text with this query's tokens.
   *
   * @param matcher the matcher
   * @param text the text
   * @return the matches
   */
  List<ConceptMatcher.Match> concepts(ConceptMatcher matcher, String text) {
    return matcher.find(text, language, this::tokens);
  }

  /**
   * Whether a token is a function word of any language.
   *
   * @param term the token's text
   * @return whether it is one
   */
  boolean isFunctionWord(String term) {
    return analysis.isFunctionWord(term);
  }

  /**
   * Whether a token is a function word of any language, as typed: not when typed in capitals, two
   * letters or more, in a text with words in lower case ("WHO", "US", "IT" are names there).
   *
   * @param token the token
   * @param text the text it was analyzed from, which its offsets point into
   * @return whether it is one
   */
  boolean isFunctionWord(Token token, String text) {
    return analysis.isFunctionWord(token.term())
        && !(wordsInLowerCase && Names.isAcronym(text, token.start(), token.end()));
  }

  /**
   * The text with holes over the spans of the matches that a test accepts.
   *
   * @param text the text
   * @param matches the concept matches in it
   * @param which which matches to take out
   * @return the text, of the same length
   */
  static String withHoles(
      String text, List<ConceptMatcher.Match> matches, Predicate<ConceptMatcher.Match> which) {
    StringBuilder out = null;
    for (ConceptMatcher.Match match : matches) {
      if (which.test(match)) {
        out = out == null ? new StringBuilder(text) : out;
        for (int i = match.start(); i < match.end(); i++) {
          out.setCharAt(i, HOLE);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** The text without the function words of any language (they never cross languages). */
  String withoutFunctionWords(String text) {
    StringBuilder out = null;
    for (Token token : neutralTokens(text)) {
      if (isFunctionWord(token, text)) {
        out = out == null ? new StringBuilder(text) : out;
        for (int i = token.start(); i < token.end(); i++) {
          out.setCharAt(i, HOLE);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The tokens of a pair field: each stretch of text between holes is analyzed alone, so that words
   * on either side of a hole make no pair; positions keep counting across stretches.
   */
  List<Token> pairTokens(String field, String text) {
    if (text.indexOf(HOLE) < 0) {
      return tokens(field, text);
    }
    List<Token> out = new ArrayList<>();
    int next = 0;
    int from = 0;
    while (from <= text.length()) {
      int hole = text.indexOf(HOLE, from);
      int to = hole < 0 ? text.length() : hole;
      int base = next;
      for (Token t : tokens(field, text.substring(from, to))) {
        out.add(new Token(t.term(), base + t.position(), from + t.start(), from + t.end()));
        next = base + t.position() + 1;
      }
      from = to + 1;
    }
    return out;
  }

  /**
   * The text a language field searches: all of it in the main and pair fields; in the
   * diacritic-free field only the words typed without diacritics (a word typed with them searches
   * its exact form); in the diacritic-free pair field only text typed wholly without diacritics,
   * since leaving words out would pair words that are not neighbours.
   */
  static String searchedText(Analysis.LanguageField field, String text) {
    if (!field.folded()) {
      return text;
    }
    if (field.pairs()) {
      return hasDiacritics(text) ? "" : text;
    }
    return withoutDiacriticWords(text);
  }

  /** The words of a query typed without diacritics. */
  private static String withoutDiacriticWords(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : SPACES.split(text)) {
      if (!hasDiacritics(word)) {
        out.append(word).append(' ');
      }
    }
    return out.toString();
  }

  /**
   * Whether text has a diacritic (a combining mark once decomposed, or the Vietnamese đ).
   *
   * @param text the text
   * @return whether it has one
   */
  static boolean hasDiacritics(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return false;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits off quoted phrases; straight and typographic double quotes both work (“…”, „…“, «…»,
   * fullwidth). A phrase quoted again (white space and case aside) is searched once: each copy
   * would add its clauses (a long query of repeats passed Lucene's clause limit and was cut) and
   * its score.
   */
  private static void splitQuotes(String query, List<String> phrases, StringBuilder free) {
    boolean inQuote = false;
    StringBuilder current = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '＂') {
        if (inQuote) {
          addPhrase(current.toString(), phrases, seen);
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
    if (inQuote) {
      addPhrase(current.toString(), phrases, seen);
    }
  }

  private static void addPhrase(String phrase, List<String> phrases, Set<String> seen) {
    String key = SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (!phrase.isBlank() && seen.add(key)) {
      phrases.add(phrase);
    }
  }
}
