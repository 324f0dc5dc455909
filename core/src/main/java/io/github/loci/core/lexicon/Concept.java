package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A concept of the lexicon and its terms per language.
 *
 * @param id a short id, lower-case words joined by hyphens ({@code data-centre})
 * @param domain the part of the lexicon it belongs to ({@code cloud}, {@code money}, ...)
 * @param terms per language, its words and phrases, most common first; every language of {@link
 *     Language} has at least one
 * @param origin where it was read, {@code file:line}, for error messages
 */
public record Concept(String id, String domain, Map<Language, List<String>> terms, String origin) {

  /** Validates and copies the fields. */
  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(origin, "origin");
    if (!Lexicon.isId(id)) {
      throw new IllegalArgumentException(
          "concept id '" + id + "' must be lower-case letters and digits joined by '-'");
    }
    EnumMap<Language, List<String>> copy = new EnumMap<>(Language.class);
    terms.forEach((language, list) -> copy.put(language, List.copyOf(list)));
    terms = Collections.unmodifiableMap(copy);
  }

  /**
   * The concept's terms in one language.
   *
   * @param language the language
   * @return its terms, possibly empty
   */
  public List<String> terms(Language language) {
    return terms.getOrDefault(language, List.of());
  }
}
