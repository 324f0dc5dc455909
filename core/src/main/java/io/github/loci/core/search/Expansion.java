package io.github.loci.core.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a span of free text was translated: the concepts it names and the terms searched for them.
 *
 * @param text the span as typed, or {@code topic ID} for a topic
 * @param language the code of the language whose lexicon term it matched ({@code es/en} when terms
 *     of several did); empty for a topic
 * @param concepts the concept ids
 * @param terms per language code, the terms searched (all in one group: a passage scores by its
 *     best one)
 */
public record Expansion(
    String text, String language, List<String> concepts, Map<String, List<String>> terms) {
  /** Copies the collections. */
  public Expansion {
    concepts = List.copyOf(concepts);
    TreeMap<String, List<String>> copy = new TreeMap<>();
    terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    terms = Collections.unmodifiableMap(copy);
  }
}
