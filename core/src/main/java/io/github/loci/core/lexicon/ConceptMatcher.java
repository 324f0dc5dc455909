package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Finds the lexicon's terms in text, as each language's query analyzer sees them: "investments"
 * matches the term "investment", "cuotas de mercado" the term "cuota de mercado". At each word the
 * longest term wins.
 *
 * <p>Vietnamese terms also match their diacritic-free form ({@link FoldedTerms}): "trung tam du
 * lieu" finds the term "trung tâm dữ liệu". Immutable and thread-safe.
 */
public final class ConceptMatcher {
  private final Lexicon lexicon;
  private final Analysis analysis;
  private final StemClashes stemClashes;
  private volatile TermIndex terms;

  /**
   * An analyzed term: the token sets at its relative positions (null where a stopword was), the
   * concepts it names (in lexicon order) and its length in words.
   */
  record Entry(
      List<Set<String>> positions,
      Set<String> concepts,
      int length,
      List<Set<String>> foldedPositions) {
    Entry(List<Set<String>> positions, Set<String> concepts) {
      this(
          positions,
          concepts,
          (int) positions.stream().filter(p -> p != null).count(),
          folded(positions));
    }

    private static List<Set<String>> folded(List<Set<String>> positions) {
      List<Set<String>> out = new ArrayList<>(positions.size());
      for (Set<String> at : positions) {
        if (at == null) {
          out.add(null);
        } else {
          Set<String> folded = new TreeSet<>();
          at.forEach(term -> folded.add(FoldedTerms.fold(term)));
          out.add(folded);
        }
      }
      return out;
    }
  }

  /**
   * A span of text that names one or more concepts.
   *
   * @param language the language whose term matched (the first, in {@link Language} order, when
   *     terms of several did)
   * @param start the span's first char in the text
   * @param end its end, exclusive
   * @param text the span as written
   * @param concepts the ids of the concepts it names, in lexicon order
   * @param languages every language whose terms matched the span ("cloud" is English and Spanish),
   *     {@code language} among them
   */
  public record Match(
      Language language,
      int start,
      int end,
      String text,
      List<String> concepts,
      Set<Language> languages) {
    /** Copies the lists; adds {@code language} to the languages. */
    public Match {
      concepts = List.copyOf(concepts);
      Set<Language> all = java.util.EnumSet.of(language);
      all.addAll(languages);
      languages = java.util.Collections.unmodifiableSet(all);
    }

    /**
     * A span that one language's terms matched.
     *
     * @param language the language
     * @param start the span's first char in the text
     * @param end its end, exclusive
     * @param text the span as written
     * @param concepts the ids of the concepts it names, in lexicon order
     */
    public Match(Language language, int start, int end, String text, List<String> concepts) {
      this(language, start, end, text, concepts, Set.of());
    }

    /**
     * The languages' codes, for people.
     *
     * @return for example {@code en}, or {@code es/en} for a span of two languages' terms
     */
    public String languageCodes() {
      return String.join("/", languages.stream().map(Language::code).toList());
    }
  }

  /**
   * How much of a text's content the lexicon covers.
   *
   * @param words content tokens (the query analyzer's tokens, numbers left out)
   * @param covered of them, those inside a lexicon term
   */
  public record Coverage(long words, long covered) {
    /**
     * Adds two counts.
     *
     * @param other another count
     * @return the sum
     */
    public Coverage plus(Coverage other) {
      return new Coverage(words + other.words, covered + other.covered);
    }

    /**
     * Returns the covered share.
     *
     * @return covered / words, 0 for no words
     */
    public double share() {
      return words == 0 ? 0 : covered / (double) words;
    }
  }

  /**
   * Analyzes every term of the lexicon with the query analyzer of its language.
   *
   * @param lexicon the lexicon
   * @param analysis the analyzers queries use
   * @throws LexiconFormatException naming the line of a term that analyzes to nothing (a function
   *     word or punctuation: function words never cross languages)
   */
  public ConceptMatcher(Lexicon lexicon, Analysis analysis) throws LexiconFormatException {
    this(lexicon, analysis, false);
  }

  private ConceptMatcher(Lexicon lexicon, Analysis analysis, boolean lazy)
      throws LexiconFormatException {
    this.lexicon = lexicon;
    this.analysis = analysis;
    this.stemClashes = new StemClashes(lexicon);
    if (!lazy) {
      terms = TermMap.of(analyzeAll());
    }
  }

  /**
   * A matcher that analyzes the lexicon on its first use rather than now: for a lexicon already
   * known to be valid (the built-in one, checked by Loci's tests), so that building a {@link
   * io.github.loci.core.Loci} stays fast. For the built-in lexicon with Loci's query analysis, it
   * reads the analyzed form precomputed at build time ({@link MatcherTable}) instead.
   *
   * @param lexicon a valid lexicon
   * @param analysis the analyzers queries use
   * @return the matcher
   */
  public static ConceptMatcher lazy(Lexicon lexicon, Analysis analysis) {
    try {
      return new ConceptMatcher(lexicon, analysis, true);
    } catch (LexiconFormatException e) {
      throw new AssertionError("a lazy matcher analyzes nothing when built", e);
    }
  }

  /**
   * Analyzes and indexes a lexicon's terms, for the build's binary form.
   *
   * @param lexicon the lexicon
   * @param analysis the analyzers queries use
   * @return the indexed terms
   * @throws LexiconFormatException naming the line of a term that analyzes to nothing
   */
  static TermMap analyze(Lexicon lexicon, Analysis analysis) throws LexiconFormatException {
    return TermMap.of(new ConceptMatcher(lexicon, analysis, true).analyzeAll());
  }

  /** The analyzed terms: made when built, or on first use for a lazy matcher. */
  TermIndex terms() {
    TermIndex index = terms;
    if (index == null) {
      synchronized (this) {
        index = terms;
        if (index == null) {
          // The built-in lexicon's binary form, made at build time, when it was made from the
          // same lexicon and the same query analysis; else analyzed now.
          Optional<MatcherTable> precomputed = MatcherTable.load(lexicon, analysis);
          try {
            index = precomputed.isPresent() ? precomputed.get() : TermMap.of(analyzeAll());
          } catch (LexiconFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
          terms = index;
        }
      }
    }
    return index;
  }

  /**
   * Every term of the lexicon as its language's query analyzer sees it: per language, the token
   * sets at their relative positions, with the concepts that have such a term (in lexicon order).
   *
   * @return the analyzed terms
   * @throws LexiconFormatException naming the line of a term that analyzes to nothing
   */
  Map<Language, Map<List<Set<String>>, Set<String>>> analyzeAll() throws LexiconFormatException {
    Map<Language, Map<List<Set<String>>, Set<String>>> merged = new EnumMap<>(Language.class);
    List<String> problems = new ArrayList<>();
    Concept firstBad = null;
    for (Concept concept : lexicon.concepts()) {
      for (Language language : Lexicon.COLUMNS) {
        for (String term : concept.terms(language)) {
          List<Set<String>> positions = analyze(language, term);
          if (positions.isEmpty()) {
            firstBad = firstBad == null ? concept : firstBad;
            problems.add(
                concept.origin()
                    + ": "
                    + language.code()
                    + " term '"
                    + term
                    + "' of concept '"
                    + concept.id()
                    + "' is only function words (they never cross languages)");
            continue;
          }
          merged
              .computeIfAbsent(language, l -> new LinkedHashMap<>())
              .computeIfAbsent(positions, p -> new LinkedHashSet<>())
              .add(concept.id());
        }
      }
    }
    if (firstBad != null) {
      String origin = firstBad.origin();
      int colon = origin.lastIndexOf(':');
      boolean fileLine = colon > 0 && origin.substring(colon + 1).matches("\\d+");
      String first = problems.get(0);
      throw new LexiconFormatException(
          fileLine ? origin.substring(0, colon) : origin,
          fileLine ? Integer.parseInt(origin.substring(colon + 1)) : 0,
          first.substring(origin.length() + 2)
              + (problems.size() == 1
                  ? ""
                  : "; "
                      + (problems.size() - 1)
                      + " more: "
                      + String.join("; ", problems.subList(1, problems.size()))));
    }
    return merged;
  }

  /**
   * Returns the lexicon.
   *
   * @return the lexicon
   */
  public Lexicon lexicon() {
    return lexicon;
  }

  private List<Set<String>> analyze(Language language, String text) {
    return positions(tokens(language, text));
  }

  private List<Token> tokens(Language language, String text) {
    String field = Fields.textField(language);
    return Analysis.tokens(analysis.queryAnalyzer(field), field, text);
  }

  /** Token sets by relative position, null for a gap (a removed stopword). */
  private static List<Set<String>> positions(List<Token> tokens) {
    List<Set<String>> positions = new ArrayList<>();
    if (tokens.isEmpty()) {
      return positions;
    }
    int first = tokens.get(0).position();
    for (Token token : tokens) {
      int at = token.position() - first;
      while (positions.size() <= at) {
        positions.add(null);
      }
      if (positions.get(at) == null) {
        positions.set(at, new TreeSet<>());
      }
      positions.get(at).add(token.term());
    }
    return positions;
  }

  /**
   * Finds concept terms in text.
   *
   * @param text the text
   * @param language its language; empty to try every language and keep the one (or ones, on a tie)
   *     whose terms cover most of it
   * @return the matches, in text order, not overlapping
   */
  public List<Match> find(String text, Optional<Language> language) {
    return find(
        text, language, (field, t) -> Analysis.tokens(analysis.queryAnalyzer(field), field, t));
  }

  /**
   * Finds concept terms in text with tokens the caller already has: {@code tokens} gives the query
   * analyzer's tokens of a text for a language's main field ({@link Fields#textField}), so that a
   * caller that analyzes the same text again (a query builder) can analyze it once.
   *
   * @param text the text
   * @param language its language; empty to try every language and keep the one (or ones, on a tie)
   *     whose terms cover most of it
   * @param tokens the query analyzer's tokens of (field, text)
   * @return the matches, in text order, not overlapping
   */
  public List<Match> find(
      String text, Optional<Language> language, BiFunction<String, String, List<Token>> tokens) {
    if (language.isPresent()) {
      Language l = language.get();
      return find(text, tokens.apply(Fields.textField(l), text), l);
    }
    List<Match> best = new ArrayList<>();
    int bestWords = 0;
    for (Language candidate : Lexicon.COLUMNS) {
      List<Match> matches = find(text, tokens.apply(Fields.textField(candidate), text), candidate);
      matches.removeIf(stemClashes::test);
      int words = matches.stream().mapToInt(m -> words(m.text())).sum();
      if (words > bestWords) {
        best = new ArrayList<>(matches);
        bestWords = words;
      } else if (words == bestWords && words > 0) {
        best.addAll(matches);
      }
    }
    return resolve(best);
  }

  /**
   * The words a match covers: its runs of letters, marks and digits. A hyphen or an apostrophe
   * parts words as white space does: "data-centre", one English term, covers as many words as
   * "data" and "centre" read as two Spanish ones.
   */
  private static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean letter =
          Character.isLetterOrDigit(c)
              || Character.getType(c) == Character.NON_SPACING_MARK
              || Character.getType(c) == Character.COMBINING_SPACING_MARK;
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** Longest spans first, then leftmost; identical spans of several languages merge. */
  private static List<Match> resolve(List<Match> matches) {
    List<Match> sorted = new ArrayList<>(matches);
    sorted.sort(
        Comparator.comparingInt((Match m) -> m.start() - m.end())
            .thenComparingInt(Match::start)
            .thenComparing(m -> m.language().ordinal()));
    List<Match> kept = new ArrayList<>();
    for (Match m : sorted) {
      Match same = null;
      boolean overlaps = false;
      for (Match k : kept) {
        if (k.start() == m.start() && k.end() == m.end()) {
          same = k;
        } else if (k.start() < m.end() && m.start() < k.end()) {
          overlaps = true;
        }
      }
      if (same != null) {
        Set<String> concepts = new LinkedHashSet<>(same.concepts());
        concepts.addAll(m.concepts());
        Set<Language> languages = java.util.EnumSet.copyOf(same.languages());
        languages.addAll(m.languages());
        kept.set(
            kept.indexOf(same),
            new Match(
                same.language(),
                same.start(),
                same.end(),
                same.text(),
                List.copyOf(concepts),
                languages));
      } else if (!overlaps) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return kept;
  }

  /** Finds terms in text already analyzed by the language's query analyzer. */
  private List<Match> find(String text, List<Token> tokens, Language language) {
    TermIndex index = terms();
    TreeMap<Integer, List<Token>> byPosition = new TreeMap<>();
    tokens.forEach(t -> byPosition.computeIfAbsent(t.position(), p -> new ArrayList<>()).add(t));
    List<Match> matches = new ArrayList<>();
    int coveredUntil = Integer.MIN_VALUE;
    for (var at : byPosition.entrySet()) {
      int position = at.getKey();
      if (position <= coveredUntil) {
        continue;
      }
      Entry best = null;
      for (Token token : at.getValue()) {
        // Each list is sorted longest first: its first entry that matches is its best.
        for (Entry entry : index.startingWith(language, token.term())) {
          if (best != null && entry.length() <= best.length()) {
            break;
          }
          if (matchesAt(byPosition, position, entry)) {
            best = entry;
            break;
          }
        }
      }
      if (language == FoldedTerms.LANGUAGE) {
        Entry longer = FoldedTerms.longerMatch(index, byPosition, position, at.getValue(), best);
        best = longer != null ? longer : best;
      }
      if (best == null) {
        continue;
      }
      int last = position + best.positions().size() - 1;
      int start = at.getValue().get(0).start();
      int end = byPosition.get(last).stream().mapToInt(Token::end).max().orElseThrow();
      matches.add(
          new Match(
              language, start, end, text.substring(start, end), List.copyOf(best.concepts())));
      coveredUntil = last;
    }
    return matches;
  }

  private static boolean matchesAt(TreeMap<Integer, List<Token>> byPosition, int at, Entry entry) {
    for (int k = 0; k < entry.positions().size(); k++) {
      Set<String> want = entry.positions().get(k);
      if (want == null) {
        continue;
      }
      List<Token> have = byPosition.get(at + k);
      if (have == null || have.stream().noneMatch(t -> want.contains(t.term()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Measures how much of a text the lexicon covers in its language.
   *
   * @param text the text
   * @param language its language
   * @return content tokens (numbers left out) and, of them, those inside a lexicon term
   */
  public Coverage coverage(String text, Language language) {
    List<Token> tokens = tokens(language, text);
    List<Match> matches = find(text, tokens, language);
    long words = 0;
    long covered = 0;
    for (Token token : tokens) {
      if (token.term().chars().allMatch(Character::isDigit) || token.term().contains(".")) {
        continue;
      }
      words++;
      if (matches.stream().anyMatch(m -> m.start() <= token.start() && token.end() <= m.end())) {
        covered++;
      }
    }
    return new Coverage(words, covered);
  }
}
