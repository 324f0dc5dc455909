package io.github.loci.core.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named topic and its terms in each language: a query that names the topic or one of its terms
 * searches all of them.
 *
 * @param id a short id, such as {@code data-centres}
 * @param label a human-readable name
 * @param terms per ISO 639-1 language code, the topic's words and phrases
 */
public record Topic(String id, String label, Map<String, List<Term>> terms) {

  /** Validates and copies the fields. */
  public Topic {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "topic id '" + id + "' must be lower-case letters, digits and hyphens");
    }
    label = label == null || label.isBlank() ? id : label.strip();
    TreeMap<String, List<Term>> copy = new TreeMap<>();
    terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    terms = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * A term of a topic: a word or phrase, and its weight.
   *
   * @param text the word or phrase, as written in its language
   * @param weight a positive weight, 1 by default; lower for broad terms
   */
  public record Term(String text, float weight) {
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
        try {
          return new Term(spec.substring(0, caret), Float.parseFloat(spec.substring(caret + 1)));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad weight in term '" + spec + "'", e);
        }
      }
      return new Term(spec, 1f);
    }

    @Override
    public String toString() {
      return weight == 1f ? text : text + "^" + weight;
    }
  }
}
