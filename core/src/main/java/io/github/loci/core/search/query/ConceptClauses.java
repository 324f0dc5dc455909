package io.github.loci.core.search.query;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.Expansion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Makes the clause for a span of free text that names concepts: one concept group, a dis-max over
 * the concepts' terms in every language, each in its own language's field ({@link ConceptQuery}).
 * In the query's own language (declared, or the one its lexicon terms tell), the words as typed are
 * searched as free text, and the concept's other terms there weigh {@link
 * LeafQueries#OWN_LANGUAGE_SYNONYM_WEIGHT}. The words as typed are searched in the neutral field
 * only for passages in other languages: for the lexicon's languages they would match only passages
 * in the query's language, which would then win for their language.
 */
final class ConceptClauses {
  private final Analysis analysis;
  private final CompiledExpansions compiled;

  ConceptClauses(Analysis analysis, CompiledExpansions compiled) {
    this.analysis = analysis;
    this.compiled = compiled;
  }

  /**
   * The clause for one concept match.
   *
   * @param query the parsed query
   * @param match the span and the concepts it names
   * @param labels where the leaves' concepts are recorded
   * @param expansions where the expansion is recorded, for explanations
   * @return the group, or null when it has no member to score
   */
  Query clause(
      ParsedQuery query, ConceptMatcher.Match match, Labels labels, List<Expansion> expansions) {
    // The words as typed, in their own declared language, are searched as free text. One word is
    // labelled as the concept wherever it matches; the words of a longer term are not, since one of
    // them alone ("công" of "công cộng" in "công ty") is not the concept: the term as a phrase is
    // a member of the group, labelled.
    Optional<Language> own = query.language().filter(l -> match.languages().contains(l));
    List<Token> typedOwn =
        own.map(l -> query.tokens(Fields.textField(l), match.text())).orElse(List.of());
    boolean oneWord = LeafQueries.words(typedOwn) == 1;
    own.filter(l -> oneWord)
        .ifPresent(
            language -> {
              for (Analysis.LanguageField field : analysis.fields(language)) {
                for (Token t : query.tokens(field.name(), match.text())) {
                  labels.add(new TermQuery(new Term(field.name(), t.term())), match.concepts());
                }
              }
            });
    Set<List<String>> typedKeys = new HashSet<>();
    own.ifPresent(language -> typedKeys.add(LeafQueries.key(Fields.textField(language), typedOwn)));
    List<Query> members = new ArrayList<>();
    List<Query> ownTerms = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    Map<String, List<String>> searched = new TreeMap<>();
    for (String conceptId : match.concepts()) {
      CompiledExpansions.CompiledConcept concept = compiled.concept(conceptId);
      for (Language language : Lexicon.COLUMNS) {
        boolean typedHere = own.isPresent() && own.get() == language;
        if (typedHere) {
          searched.putIfAbsent(language.code(), new ArrayList<>(List.of(match.text())));
        }
        for (CompiledExpansions.AnalyzedTerm term : concept.terms().get(language)) {
          if (!seen.add(term.key())) {
            continue;
          }
          Query q = term.query();
          if (typedHere) {
            // Counted: the concept's share of the declared language's passages.
            ownTerms.add(q);
            if (typedKeys.contains(term.key()) && oneWord) {
              continue; // the word typed is scored as free text
            }
            // The concept's other terms in the query's language: "AI" finds "artificial
            // intelligence", "invertir" finds "inversión"; another spelling of the words typed
            // ("ecommerce" for "e-commerce") weighs as the terms of the other languages do.
            float weight =
                !typedKeys.contains(term.key()) && sameLetters(term.text(), match.text())
                    ? LeafQueries.CONCEPT_WEIGHT
                    : LeafQueries.OWN_LANGUAGE_SYNONYM_WEIGHT;
            members.add(LeafQueries.boost(q, weight / LeafQueries.words(term.tokens())));
            labels.add(q, List.of(conceptId));
            if (!typedKeys.contains(term.key())) {
              searched.get(language.code()).add(term.text()); // the words typed are listed
            }
            continue;
          }
          members.add(
              LeafQueries.boost(q, LeafQueries.CONCEPT_WEIGHT / LeafQueries.words(term.tokens())));
          labels.add(q, List.of(conceptId));
          searched.computeIfAbsent(language.code(), k -> new ArrayList<>()).add(term.text());
        }
      }
    }
    // Passages in languages the lexicon lacks (German, French, ...) match the words as typed, in
    // the neutral field; passages in its languages match through their own fields only.
    List<Token> typed =
        query.neutralTokens(match.text()).stream()
            .filter(t -> !query.isFunctionWord(t, match.text()))
            .toList();
    Query exact = own.isPresent() ? null : LeafQueries.phrase(Fields.TEXT_NEUTRAL, typed);
    if (exact != null) {
      labels.add(exact, match.concepts());
      members.add(
          LeafQueries.boost(
              LeafQueries.otherLanguagesOnly(exact),
              LeafQueries.NEUTRAL_WEIGHT / LeafQueries.words(typed)));
    }
    expansions.add(new Expansion(match.text(), match.languageCodes(), match.concepts(), searched));
    if (members.isEmpty()) {
      return null;
    }
    String id = String.join("+", match.concepts());
    return own.isPresent() && !ownTerms.isEmpty()
        ? ConceptQuery.asIn(
            id, members, new DisjunctionMaxQuery(ownTerms, 0f), Fields.textField(own.get()))
        : ConceptQuery.pooled(id, members);
  }

  /** Whether two texts have the same letters and digits, case and diacritics aside. */
  static boolean sameLetters(String a, String b) {
    return letters(a).equals(letters(b));
  }

  private static String letters(String text) {
    StringBuilder out = new StringBuilder();
    String folded =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
