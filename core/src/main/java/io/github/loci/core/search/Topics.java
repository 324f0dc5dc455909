package io.github.loci.core.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of topics, immutable. The built-in set ({@link #builtIn()}) is the JSON resource {@code
 * topics.json} beside this class; users extend it ({@link #with}) or replace it with their own file
 * ({@link #load}) in the same format:
 *
 * {@snippet lang = "json" :
 * {"topics": [
 *   {"id": "data-centres", "label": "Data centres",
 *    "terms": {"en": ["data centre", "server farm"], "it": ["server farm", "centro dati"]}}
 * ]}
 * }
 *
 * A term may carry a weight, {@code "mercato^0.3"}, for broad words.
 */
public final class Topics {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile Topics builtIn;

  private final Map<String, Topic> byId;

  private Topics(Map<String, Topic> byId) {
    this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  /**
   * The topics that ship with Loci: data centres, investments, market share.
   *
   * @return the built-in topics
   */
  public static Topics builtIn() {
    Topics result = builtIn;
    if (result == null) {
      try (InputStream in = Topics.class.getResourceAsStream("topics.json")) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException("missing bundled resource topics.json (a packaging bug)"));
        }
        result = parse("topics.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
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
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          name + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage(),
          e);
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
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    try {
      return of(topics);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static Topic parseTopic(JsonNode node) {
    if (!node.isObject() || !node.path("id").isTextual()) {
      throw new IllegalArgumentException("a topic is an object with a string \"id\"");
    }
    JsonNode terms = node.get("terms");
    if (terms == null || !terms.isObject() || terms.isEmpty()) {
      throw new IllegalArgumentException(
          "topic '" + node.get("id").asText() + "' needs \"terms\": {\"en\": [...], ...}");
    }
    Map<String, List<Topic.Term>> byLanguage = new LinkedHashMap<>();
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
    return new Topic(node.get("id").asText(), node.path("label").asText(null), byLanguage);
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
   * Finds a topic.
   *
   * @param id its id
   * @return the topic, if any
   */
  public Optional<Topic> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
