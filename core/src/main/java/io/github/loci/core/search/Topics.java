package io.github.loci.core.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.internal.Bundled;
import io.github.loci.core.internal.JsonTree;
import io.github.loci.core.internal.TextFiles;
import io.github.loci.core.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of topics, immutable. The built-in set ({@link #builtIn()}) is the JSON resource {@code
 * topics.json} beside this class; users extend it ({@link #with}) or replace it with their own file
 * ({@link #load}) in the same format:
 *
 * {@snippet lang = "json" :
 * {"topics": [
 *   {"id": "investments", "label": "Investments",
 *    "concepts": {"investment": 1, "funding": 0.5},
 *    "terms": {"en": ["capex"], "it": ["stanziamento^0.5"]},
 *    "prefers": ["money"]}
 * ]}
 * }
 *
 * <p>{@code concepts} names concepts of the {@link Lexicon} with their weights: their terms in
 * every language are the topic's terms. {@code terms} adds words per language; a term may carry a
 * weight, {@code "mercato^0.3"}, for broad words. {@code prefers} ({@code money}, {@code percent}
 * or both) ranks passages with such amounts higher.
 */
public final class Topics {
  private static volatile Topics builtIn;

  private final Map<String, Topic> byId;

  private Topics(Map<String, Topic> byId) {
    this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  /**
   * The topics that ship with Loci (see {@code loci topics}).
   *
   * @return the built-in topics
   */
  public static Topics builtIn() {
    Topics result = builtIn;
    if (result == null) {
      result =
          parse(
              "topics.json",
              new String(Bundled.read(Topics.class, "topics.json"), StandardCharsets.UTF_8));
      builtIn = result;
    }
    return result;
  }

  /**
   * No topics.
   *
   * @return an empty set
   */
  public static Topics none() {
    return new Topics(Map.of());
  }

  /**
   * Topics from the Java API.
   *
   * @param topics the topics; ids must be unique
   * @return the set
   */
  public static Topics of(Collection<Topic> topics) {
    Map<String, Topic> map = new LinkedHashMap<>();
    for (Topic topic : topics) {
      if (map.put(topic.id(), topic) != null) {
        throw new IllegalArgumentException("topic id '" + topic.id() + "' appears twice");
      }
    }
    return new Topics(map);
  }

  /**
   * Reads topics from a JSON file.
   *
   * @param file the file
   * @return the topics
   * @throws IOException if the file cannot be read or is not a valid topics file (the message names
   *     the file and the topic)
   */
  public static Topics load(Path file) throws IOException {
    String text = TextFiles.decodeUtf8(file.toString(), TextFiles.read(file));
    try {
      // A byte-order mark, as some editors write one, is no JSON.
      return parse(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Parses topics from JSON text.
   *
   * @param name the name used in error messages
   * @param json the text
   * @return the topics
   * @throws IllegalArgumentException naming {@code name} and the topic when the text is not valid
   */
  public static Topics parse(String name, String json) {
    JsonNode root;
    try {
      root = JsonTree.read(json);
    } catch (JsonProcessingException e) {
      // Jackson's size limits (nesting, a number's length) give no location.
      String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new IllegalArgumentException(
          name + line + ": not valid JSON: " + JsonTree.message(e), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    JsonNode list = root == null ? null : root.get("topics");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(name + ": expected {\"topics\": [...]}");
    }
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String where = name + ": topic " + (i + 1);
      try {
        topics.add(parseTopic(node));
      } catch (IllegalArgumentException e) {
        // Named by its id too, unless the message names it already.
        String id = node.path("id").isTextual() ? node.get("id").asText() : null;
        String named =
            id != null && !e.getMessage().contains("'" + id + "'") ? " ('" + id + "')" : "";
        throw new IllegalArgumentException(where + named + ": " + e.getMessage(), e);
      }
    }
    try {
      return of(topics);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /** The keys a topic object may have, in the order the message lists them. */
  private static final List<String> KEYS = List.of("id", "label", "concepts", "terms", "prefers");

  private static Topic parseTopic(JsonNode node) {
    if (!node.isObject() || !node.path("id").isTextual()) {
      throw new IllegalArgumentException("a topic is an object with a string \"id\"");
    }
    String id = node.get("id").asText();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!KEYS.contains(key)) {
        // A misspelled key ("prefer") would drop what it says without a word.
        throw new IllegalArgumentException(
            "topic '"
                + id
                + "': unknown key \""
                + key
                + "\" (a topic has "
                + String.join(", ", KEYS.subList(0, KEYS.size() - 1))
                + " and "
                + KEYS.getLast()
                + ")");
      }
    }
    JsonNode label = node.get("label");
    if (label != null && !label.isTextual()) {
      throw new IllegalArgumentException("topic '" + id + "': \"label\" must be a string");
    }
    Map<String, Float> concepts = new LinkedHashMap<>();
    JsonNode conceptNode = node.get("concepts");
    if (conceptNode != null) {
      if (!conceptNode.isObject()) {
        throw new IllegalArgumentException(
            "topic '" + id + "': \"concepts\" maps concept ids to weights: {\"data-centre\": 1}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = conceptNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (!entry.getValue().isNumber()) {
          throw new IllegalArgumentException(
              "topic '" + id + "': weight of concept '" + entry.getKey() + "' must be a number");
        }
        concepts.put(entry.getKey(), entry.getValue().floatValue());
      }
    }
    JsonNode terms = node.get("terms");
    if (terms != null && !terms.isObject()) {
      throw new IllegalArgumentException(
          "topic '" + id + "': \"terms\" maps language codes to lists: {\"en\": [...], ...}");
    }
    if (concepts.isEmpty() && (terms == null || terms.isEmpty())) {
      throw new IllegalArgumentException(
          "topic '" + id + "' needs \"concepts\": {...} or \"terms\": {\"en\": [...], ...}");
    }
    Map<String, List<Topic.Term>> byLanguage = new LinkedHashMap<>();
    if (terms != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = terms.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (!entry.getValue().isArray()) {
          throw new IllegalArgumentException("terms of \"" + entry.getKey() + "\" must be a list");
        }
        List<Topic.Term> list = new ArrayList<>();
        for (JsonNode term : entry.getValue()) {
          if (!term.isTextual()) {
            throw new IllegalArgumentException("a term must be a string: " + term);
          }
          list.add(Topic.Term.parse(term.asText()));
        }
        byLanguage.put(entry.getKey(), list);
      }
    }
    Set<AmountKind> prefers = new java.util.TreeSet<>();
    JsonNode prefer = node.get("prefers");
    if (prefer != null) {
      for (JsonNode kind : prefer.isArray() ? prefer : List.of(prefer)) {
        try {
          prefers.add(AmountKind.valueOf(kind.asText().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "topic '" + id + "': \"prefers\" holds \"money\" and/or \"percent\", not " + kind, e);
        }
      }
    }
    return new Topic(id, label == null ? null : label.asText(), concepts, byLanguage, prefers);
  }

  /**
   * Checks that every concept the topics name is in a lexicon.
   *
   * @param lexicon the lexicon
   * @throws IllegalArgumentException naming the topic and the missing concept
   */
  public void check(Lexicon lexicon) {
    byId.values().forEach(topic -> topic.resolve(lexicon));
  }

  /**
   * Returns these topics plus others; a topic of {@code more} replaces one with the same id.
   *
   * @param more the topics to add
   * @return the combined set
   */
  public Topics with(Topics more) {
    Map<String, Topic> map = new LinkedHashMap<>(byId);
    map.putAll(more.byId);
    return new Topics(map);
  }

  /**
   * Returns all topics in order.
   *
   * @return the topics
   */
  public List<Topic> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Finds a topic by its id, case and surrounding white space aside ("Market-Share").
   *
   * @param id its id
   * @return the topic, if any
   */
  public Optional<Topic> get(String id) {
    Topic exact = byId.get(id);
    if (exact != null) {
      return Optional.of(exact);
    }
    String wanted = id.strip();
    return byId.values().stream().filter(t -> t.id().equalsIgnoreCase(wanted)).findFirst();
  }
}
