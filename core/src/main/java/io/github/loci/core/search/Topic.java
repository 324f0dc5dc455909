package io.github.loci.core.search;

import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.ingest.LanguageCodes;
import io.github.loci.core.lexicon.Concept;
import io.github.loci.core.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A named topic: concepts of the lexicon with weights, and terms of its own per language. A query
 * that names the topic (its id or label) searches all their terms, each in its own language.
 *
 * @param id a short id, such as {@code data-centres}
 * @param label a human-readable name
 * @param concepts concept ids of the lexicon and their weights, in (0, 10]
 * @param terms per ISO 639-1 language code, words and phrases beside the concepts' terms
 * @param prefers amount kinds whose passages rank higher (a ranking signal, not a filter): money
 *     for investments, percentages for market share
 */
public record Topic(
    String id,
    String label,
    Map<String, Float> concepts,
    Map<String, List<Term>> terms,
    Set<AmountKind> prefers) {

  /** Validates and copies the fields. */
  public Topic {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "topic id '" + id + "' must be lower-case letters, digits and hyphens");
    }
    label = label == null || label.isBlank() ? id : label.strip();
    if (hasControlChars(label)) {
      throw new IllegalArgumentException("topic '" + id + "': its label holds a control char");
    }
    concepts.forEach(
        (concept, weight) -> {
          if (!(weight > 0 && weight <= 10)) {
            throw new IllegalArgumentException(
                "weight of concept '" + concept + "' must be in (0, 10]: " + weight);
          }
        });
    concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
    // Keys as codes ("EN", "English" and "en-GB" are en): a key that is no language would search
    // its terms in no passage's language, without a word.
    TreeMap<String, List<Term>> copy = new TreeMap<>();
    for (Map.Entry<String, List<Term>> entry : terms.entrySet()) {
      String code;
      try {
        code = LanguageCodes.normalize(entry.getKey());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("topic '" + id + "': terms: " + e.getMessage(), e);
      }
      copy.computeIfAbsent(code, k -> new ArrayList<>()).addAll(entry.getValue());
    }
    copy.replaceAll((code, list) -> List.copyOf(list));
    terms = Collections.unmodifiableMap(copy);
    prefers = Set.copyOf(Objects.requireNonNullElse(prefers, Set.of()));
    if (concepts.isEmpty() && terms.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("topic '" + id + "' needs concepts or terms");
    }
  }

  /**
   * A topic of terms only.
   *
   * @param id its id
   * @param label its name
   * @param terms per language code, its words and phrases
   */
  public Topic(String id, String label, Map<String, List<Term>> terms) {
    this(id, label, Map.of(), terms, Set.of());
  }

  /**
   * All the topic's terms: those of its concepts in the lexicon (each with its concept's weight and
   * id) and its own.
   *
   * @param lexicon the lexicon its concepts come from
   * @return per language code, the terms
   * @throws IllegalArgumentException if a concept is not in the lexicon
   */
  public Map<String, List<Term>> resolve(Lexicon lexicon) {
    Map<String, List<Term>> all = new TreeMap<>();
    concepts.forEach(
        (conceptId, weight) -> {
          Concept concept =
              lexicon
                  .get(conceptId)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "topic '"
                                  + id
                                  + "' names concept '"
                                  + conceptId
                                  + "', which the lexicon lacks"));
          concept
              .terms()
              .forEach(
                  (language, list) ->
                      list.forEach(
                          t ->
                              all.computeIfAbsent(language.code(), k -> new ArrayList<>())
                                  .add(new Term(t, weight, Optional.of(conceptId)))));
        });
    terms.forEach((lang, list) -> all.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(list));
    return all;
  }

  /**
   * A term of a topic: a word or phrase, its weight, and the concept it comes from.
   *
   * @param text the word or phrase, as written in its language
   * @param weight a positive weight, 1 by default; lower for broad terms
   * @param concept the lexicon concept it comes from, if any
   */
  public record Term(String text, float weight, Optional<String> concept) {
    /** Validates the fields. */
    public Term {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("topic term must not be blank");
      }
      if (!(weight > 0 && weight <= 10)) {
        throw new IllegalArgumentException("term weight must be in (0, 10]: " + weight);
      }
      text = text.strip();
      if (hasControlChars(text)) {
        throw new IllegalArgumentException(
            "a topic term holds a control char (shown as \uFFFD): "
                + text.codePoints()
                    .map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                    .collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
      }
      if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
        // Punctuation or symbols only ("..."): no analysis keeps a word of it, so it would match
        // nothing without a word. (A term of function words, "el", still matches the neutral field
        // in other languages' passages.)
        throw new IllegalArgumentException(
            "topic term '" + text + "' holds no letter or digit: it would match nothing");
      }
      concept = Objects.requireNonNullElse(concept, Optional.empty());
    }

    /**
     * A term of the topic's own.
     *
     * @param text the word or phrase
     * @param weight its weight
     */
    public Term(String text, float weight) {
      this(text, weight, Optional.empty());
    }

    /**
     * Parses {@code "text"} or {@code "text^weight"}.
     *
     * @param spec the term as written in a topics file
     * @return the term
     */
    public static Term parse(String spec) {
      int caret = spec.lastIndexOf('^');
      if (caret > 0) {
        float weight;
        try {
          weight = Float.parseFloat(spec.substring(caret + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad weight in term '" + spec + "'", e);
        }
        try {
          return new Term(spec.substring(0, caret), weight);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("term '" + spec + "': " + e.getMessage(), e);
        }
      }
      return new Term(spec, 1f);
    }

    @Override
    public String toString() {
      return weight == 1f ? text : text + "^" + weight;
    }
  }

  /** Line breaks, escapes and other control chars: a term or label is one line of text. */
  private static boolean hasControlChars(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
