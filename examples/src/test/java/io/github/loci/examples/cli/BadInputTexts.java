package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Unusual texts and queries for the bad-input suite's limit rows ({@link
 * BadInputSuiteTest#limitCases()}): overlong lines and tokens, one-line texts, queries files.
 */
final class BadInputTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BadInputTexts() {}

  /** Words in random order, separated by spaces, without a full stop: one line of about chars. */
  static String lineWithoutStops(int chars) {
    String[] words = {"cloud", "server", "market", "growth", "revenue", "alibaba", "europe"};
    Random random = new Random(12);
    StringBuilder out = new StringBuilder(chars + 16);
    while (out.length() < chars) {
      out.append(words[random.nextInt(words.length)]).append(' ');
    }
    return out.toString().strip() + "\n";
  }

  /**
   * A pasted article: the first {@code chars} chars of the English seed, on one line (hundreds of
   * distinct words).
   */
  static String pastedArticle(int chars) {
    try {
      String seed =
          Files.readString(Path.of("..", "corpus", "seeds", "003_f424e079fc36e9ef.txt"))
              .replaceAll("\\s+", " ");
      return seed.substring(0, chars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JSON Lines record. */
  static String record(Map<String, String> fields) throws IOException {
    return JSON.writeValueAsString(fields) + "\n";
  }

  /** The hits of {@code --format json} output. */
  static List<JsonNode> hits(String out) throws IOException {
    List<JsonNode> hits = new ArrayList<>();
    for (String line : out.lines().toList()) {
      if (line.startsWith("{")) {
        hits.add(JSON.readTree(line));
      }
    }
    return hits;
  }

  /** The sources {@code loci sources} lists: id to language. */
  static Map<String, String> languages(Path index) {
    BadInputSuiteTest.Result listed = BadInputSuiteTest.run("sources", "--index", index.toString());
    assertEquals(0, listed.code(), listed.err());
    Map<String, String> langs = new TreeMap<>();
    for (String line : listed.out().lines().skip(1).toList()) {
      String[] columns = line.strip().split("\\s+");
      if (columns.length > 3 && !line.endsWith(" sources")) {
        langs.put(columns[0], columns[1]);
      }
    }
    return langs;
  }

  /** What {@code loci sources} says of one source: its row. */
  static String sourceRow(Path index, String id) {
    BadInputSuiteTest.Result listed = BadInputSuiteTest.run("sources", "--index", index.toString());
    return listed
        .out()
        .lines()
        .filter(l -> l.startsWith(id + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no source " + id + " in: " + listed.out()));
  }

  /** Every hit is passage-sized: at most {@code max} chars. */
  static void assertPassageSized(String out, int max) throws IOException {
    List<JsonNode> hits = hits(out);
    assertFalse(hits.isEmpty(), "no hits in: " + out);
    for (JsonNode hit : hits) {
      int length = hit.get("text").asText().length();
      assertTrue(length <= max, hit.get("passageId") + " has " + length + " chars");
      assertEquals(length, hit.get("end").asInt() - hit.get("start").asInt(), "the span");
    }
  }

  /** Writes a queries file (UTF-8). */
  static Path queries(Path dir, String text) throws IOException {
    return Files.writeString(dir.resolve("q.tsv"), text, StandardCharsets.UTF_8);
  }
}
