package io.github.loci.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.eval.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XquadTest {
  @TempDir Path dir;

  private void write(String lang, String json) throws Exception {
    Files.writeString(dir.resolve("xquad." + lang + ".json"), json);
  }

  private static String dataset(String p1, String q1, String a1, String p2, String q2, String a2) {
    return """
        {"data": [{"title": "t", "paragraphs": [
          {"context": "%s", "qas": [{"id": "q1", "question": "%s", "answers": [{"text": "%s", "answer_start": %d}]}]},
          {"context": "%s", "qas": [{"id": "q2", "question": "%s", "answers": [{"text": "%s", "answer_start": %d}]}]}
        ]}]}
        """
        .formatted(p1, q1, a1, p1.indexOf(a1), p2, q2, a2, p2.indexOf(a2));
  }

  @Test
  void testAnswerPassagesAreFoundMonolinguallyAndAcrossLanguages() throws Exception {
    write(
        "en",
        dataset(
            "The Normans were the people who in the 10th and 11th centuries gave their name to Normandy.",
            "Who gave their name to Normandy?",
            "The Normans",
            "Tesla built his laboratory in Colorado Springs in 1899. It had a giant coil.",
            "Where did Tesla build his laboratory in 1899?",
            "Colorado Springs"));
    write(
        "es",
        dataset(
            "Los normandos fueron el pueblo que en los siglos X y XI dio su nombre a Normandía.",
            "¿Quién dio su nombre a Normandía?",
            "Los normandos",
            "Tesla construyó su laboratorio en Colorado Springs en 1899. Tenía una bobina gigante.",
            "¿Dónde construyó Tesla su laboratorio en 1899?",
            "Colorado Springs"));
    Xquad.Result en = Xquad.run(dir, "en", "en");
    assertEquals(2, en.evaluation().evaluated());
    assertEquals(1.0, en.evaluation().mean(Metric.parse("MRR@10")), 1e-9);
    assertEquals(2, en.sources());
    assertTrue(en.meanPassageChars() > 50);
    Xquad.Result cross = Xquad.run(dir, "en", "es");
    assertEquals("en→es", cross.name());
    assertEquals(2, cross.evaluation().evaluated());
    // Names and numbers carry the English questions to the Spanish paragraphs.
    assertTrue(cross.evaluation().mean(Metric.parse("Recall@10")) >= 0.5);
    Xquad.Result declared = Xquad.run(dir, "es", "es", Xquad.Config.FULL, Xquad.Mode.DECLARED);
    assertEquals(1.0, declared.evaluation().mean(Metric.parse("MRR@10")), 1e-9);
    // The stock pipeline: the same judging over its own passages.
    for (StockPipeline.Stock stock : StockPipeline.analyzers("en")) {
      Xquad.Result r = StockPipeline.run(dir, "en", "en", stock, false);
      assertEquals(2, r.evaluation().evaluated(), stock.name());
      assertEquals(1.0, r.evaluation().mean(Metric.parse("MRR@10")), 1e-9, stock.name());
      // Two paragraphs of one and two sentences: one window each.
      assertEquals(2, r.passages(), stock.name());
    }
  }

  @Test
  void testStockPassagesAreWindowsOfTwoSentencesWithStrideOne() {
    String text = "One is here.  Two is there. Three is last.";
    List<int[]> windows = StockPipeline.passages(text, "en");
    assertEquals(
        List.of("One is here.  Two is there.", "Two is there. Three is last."),
        windows.stream().map(w -> text.substring(w[0], w[1])).toList());
    assertEquals(1, StockPipeline.passages("Only one sentence.", "en").size());
    assertEquals(0, StockPipeline.passages("   ", "en").size());
  }

  @Test
  void testStockQueryIsTheBagOfAnalyzedTokens() throws Exception {
    try (var analyzer = StockPipeline.icu(true)) {
      // Syllables and their bigrams, each a clause.
      assertEquals(
          "text:trung text:trung tâm text:tâm",
          StockPipeline.bagOfWords(analyzer, "Trung tâm").toString());
    }
  }

  @Test
  void testAMalformedFileIsNamedWithLineAndColumn() throws Exception {
    write("en", "{\"data\": [\n  {\"title\": ");
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class, () -> Xquad.read(dir, "en"));
    String file = dir.resolve("xquad.en.json").toString();
    assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON: Unexpected end-of-input"), e.getMessage());
    assertFalse(e.getMessage().contains("REDACTED"), e.getMessage());
  }
}
