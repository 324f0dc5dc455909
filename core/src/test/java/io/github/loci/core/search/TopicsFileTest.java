package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's topics file: what it may say, and the errors, each naming the file, for the rest. */
class TopicsFileTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("t.json"), json);
  }

  private String error(String json) throws IOException {
    Path file = write(json);
    String message = assertThrows(IOException.class, () -> Topics.load(file)).getMessage();
    assertTrue(message.startsWith(file.toString()), message);
    return message;
  }

  @Test
  void testALanguageKeyIsACodeOrANameAndAnythingElseIsAnError() throws Exception {
    Topic topic =
        Topics.load(
                write(
                    "{\"topics\":[{\"id\":\"hk\",\"terms\":{\"en\":[\"hong kong\"],"
                        + "\"English\":[\"kowloon\"],\"es-ES\":[\"hongkonés\"]}}]}"))
            .get("hk")
            .orElseThrow();
    assertEquals(List.of("en", "es"), List.copyOf(topic.terms().keySet()));
    assertEquals(2, topic.terms().get("en").size());
    for (String key : List.of("xx", "", "Klingon")) {
      String message =
          error("{\"topics\":[{\"id\":\"hk\",\"terms\":{\"" + key + "\":[\"hong kong\"]}}]}");
      assertTrue(message.contains("topic 'hk': terms: unknown language"), message);
    }
  }

  @Test
  void testUnknownKeysAndALabelThatIsNoStringAreErrors() throws Exception {
    String message =
        error(
            "{\"topics\":[{\"id\":\"inv\",\"terms\":{\"en\":[\"capex\"]},"
                + "\"prefer\":[\"money\"]}]}");
    assertTrue(message.contains("unknown key \"prefer\""), message);
    message = error("{\"topics\":[{\"id\":\"inv\",\"label\":42,\"terms\":{\"en\":[\"capex\"]}}]}");
    assertTrue(message.contains("\"label\" must be a string"), message);
  }

  @Test
  void testControlCharsInATermOrLabelAreErrors() throws Exception {
    String message = error("{\"topics\":[{\"id\":\"c\",\"terms\":{\"en\":[\"hong\\nkong\"]}}]}");
    assertTrue(message.contains("control char"), message);
    assertFalse(message.contains("\n"), message);
    // A C1 control (U+009B starts a terminal escape) is refused and not shown either.
    message = error("{\"topics\":[{\"id\":\"c\",\"terms\":{\"en\":[\"red\\u009b31m\"]}}]}");
    assertTrue(message.contains("red\uFFFD31m"), message);
    message =
        error(
            "{\"topics\":[{\"id\":\"c\",\"label\":\"\\u001b[31mred\","
                + "\"terms\":{\"en\":[\"red\"]}}]}");
    assertTrue(message.contains("label holds a control char"), message);
  }

  @Test
  void testBadBytesAFolderAByteOrderMarkAndJacksonsLimits() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.write(
        bad,
        "{\"topics\":[\n{\"id\":\"a\",\"terms\":{\"en\":[\"x\u00ff\"]}}]}"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        bad + ":2: not UTF-8 text (a bad byte at offset 39)",
        assertThrows(IOException.class, () -> Topics.load(bad)).getMessage());
    assertEquals(
        dir + ": is a folder, not a file",
        assertThrows(IOException.class, () -> Topics.load(dir)).getMessage());
    assertEquals(
        dir + ": is a folder, not a file",
        assertThrows(IOException.class, () -> Lexicon.load(dir)).getMessage());
    Path bom = write("\uFEFF{\"topics\":[{\"id\":\"a\",\"terms\":{\"en\":[\"x\"]}}]}");
    assertTrue(Topics.load(bom).get("a").isPresent());
    // Deeper than Jackson's limit: its error has no location; the message names the file.
    String message = error("{\"topics\":" + "[".repeat(1_200) + "]".repeat(1_200) + "}");
    assertTrue(message.contains("not valid JSON"), message);
  }

  @Test
  void testATermKeepsItsWeightWhenAnotherLanguageSpellsItAlike() throws Exception {
    List<Source> sources =
        List.of(
            Source.of(
                    "en1",
                    "Hong Kong",
                    "Hong Kong is a city on the south coast of China with a large harbour.")
                .withLanguage("en"),
            Source.of(
                    "it1",
                    "Hong Kong",
                    "Hong Kong è una città sulla costa meridionale della Cina con un grande porto.")
                .withLanguage("it"));
    float alone = englishScore("{\"en\":[\"hong kong^0.1\"]}", sources);
    float beside = englishScore("{\"en\":[\"hong kong^0.1\"],\"it\":[\"hong kong\"]}", sources);
    assertEquals(alone, beside, 1e-6f);
    // Two weights of one spelling in one language: the larger counts, in any order or key.
    float one = englishScore("{\"en\":[\"hong kong\"]}", sources);
    for (String terms :
        List.of(
            "{\"en\":[\"hong kong^0.1\",\"hong kong\"]}",
            "{\"en\":[\"hong kong\",\"hong kong^0.1\"]}",
            "{\"en\":[\"hong kong^0.1\"],\"EN\":[\"hong kong\"]}")) {
      assertEquals(one, englishScore(terms, sources), 1e-6f, terms);
    }
  }

  private float englishScore(String terms, List<Source> sources) throws IOException {
    Topics topics = Topics.load(write("{\"topics\":[{\"id\":\"hk\",\"terms\":" + terms + "}]}"));
    try (Loci loci = Loci.builder().topics(topics).build()) {
      loci.index(sources);
      return loci.search(SearchRequest.builder().topic("hk").build()).hits().stream()
          .filter(h -> h.sourceId().equals("en1"))
          .findFirst()
          .orElseThrow()
          .score();
    }
  }

  @Test
  void aLexiconWithoutTheBuiltInConceptsHasNoTopicsByDefault() throws Exception {
    // Lexicon.empty() turns translation off (README): the built-in topics, which name the built-in
    // lexicon's concepts, made build() throw.
    try (Loci loci = Loci.builder().lexicon(Lexicon.empty()).build()) {
      assertTrue(loci.topics().all().isEmpty());
      loci.index(List.of(Source.of("a", "A", "Alibaba opened a data centre in Frankfurt.")));
      assertEquals(1, loci.search("data centre").hits().size());
    }
    // A lexicon that extends the built-in one keeps the built-in topics.
    Lexicon more = Lexicon.parse("mine.tsv", "heart\tmedicine\theart\tcorazón\tcuore\ttim\n");
    try (Loci loci = Loci.builder().lexicon(Lexicon.builtIn().with(more)).build()) {
      assertEquals(Topics.builtIn().all().size(), loci.topics().all().size());
    }
    // Topics set with a lexicon that lacks their concepts are still refused, naming the concept.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Loci.builder().lexicon(Lexicon.empty()).topics(Topics.builtIn()).build());
    assertTrue(e.getMessage().contains("which the lexicon lacks"), e.getMessage());
  }

  @Test
  void aTopicTermWithoutALetterOrDigitIsRefusedNamingItsFile() throws Exception {
    // "..." matched nothing, without a word; a term of function words ("el") still matches the
    // neutral field in other languages' passages, and stays.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Topics.parse(
                    "t.json",
                    "{\"topics\":[{\"id\":\"cardio\",\"terms\":{\"en\":[\"heart\",\"...\"]}}]}"));
    assertTrue(e.getMessage().contains("t.json"), e.getMessage());
    assertTrue(e.getMessage().contains("'...' holds no letter or digit"), e.getMessage());
    // A bad weight names the topic and the term.
    IllegalArgumentException weight =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Topics.parse(
                    "t.json",
                    "{\"topics\":[{\"id\":\"cardio\",\"terms\":{\"en\":[\"angina^0\"]}}]}"));
    assertTrue(
        weight.getMessage().startsWith("t.json: topic 1 ('cardio'): term 'angina^0': term weight"),
        weight.getMessage());
    Topics el =
        Topics.parse(
            "t.json",
            "{\"topics\":[{\"id\":\"cardio\",\"terms\":{\"en\":[\"heart\"],\"es\":[\"el\"]}}]}");
    try (Loci loci = Loci.builder().topics(Topics.builtIn().with(el)).build()) {
      assertTrue(loci.topics().get("cardio").isPresent());
    }
  }
}
