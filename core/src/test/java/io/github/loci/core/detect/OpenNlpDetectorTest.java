package io.github.loci.core.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.Seeds;
import io.github.loci.core.ingest.Source;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loci's faster feature extraction gives OpenNLP's features, hence OpenNLP's answers. */
class OpenNlpDetectorTest {
  private static final List<String> TEXTS = new ArrayList<>();

  @BeforeAll
  static void texts() throws Exception {
    for (Source seed : Seeds.all()) {
      TEXTS.add(seed.text());
      seed.text().lines().filter(l -> !l.isBlank()).forEach(TEXTS::add);
    }
    JsonNode xquad =
        new ObjectMapper()
            .readTree(Path.of("..", "benchmarks", "data", "xquad", "xquad.es.json").toFile());
    for (JsonNode article : xquad.get("data")) {
      for (JsonNode paragraph : article.get("paragraphs")) {
        TEXTS.add(paragraph.get("context").asText());
      }
    }
    // What each normalizer rewrites, and the edges of the tests that skip them.
    TEXTS.addAll(
        List.of(
            "Visit https://example.com/a?b=c&d=e or write to someone@example.org today, please.",
            "RT: #cloud @alibaba says hi rt :-) xD :( ;p xo XP",
            "jajajaja hahaha hehe jijiji Ahí está el ojo, Jajaja",
            "Revenue rose 38.400 millones in 2019, 15% more than in 2018.",
            "Soooo good!!!   Really\t\tgood...   ",
            "  leading and trailing  ",
            "Emoji 😀 and 🚀 in text, 日本語 too",
            "Th\u00e1\u00ec lo\u0301 NFD vi\u00ea\u0323t nam",
            "AAA aaa AaA xxx ;;; ---",
            "ẞ İstanbul ǅ Σίσυφος ΣΊΣΥΦΟΣ",
            "a",
            "ab@",
            "http:/not-a-url",
            "expose the export, explore the exponent",
            "e-commerce in the \uE000 private area and \uFFFD"));
  }

  private static LanguageDetectorModel model() throws Exception {
    try (InputStream in =
        OpenNlpDetector.class
            .getClassLoader()
            .getResourceAsStream(OpenNlpDetector.MODEL_RESOURCE)) {
      return new LanguageDetectorModel(new BufferedInputStream(in));
    }
  }

  @Test
  void testFeaturesAreOpenNlpsContext() {
    var generator = new LanguageDetectorFactory().getContextGenerator();
    for (String text : TEXTS) {
      Set<String> expected = new TreeSet<>();
      for (CharSequence gram : generator.getContext(text)) {
        expected.add(gram.toString());
      }
      Set<String> actual = new TreeSet<>(Arrays.asList(OpenNlpFeatures.of(text)));
      assertEquals(expected, actual, text);
    }
  }

  @Test
  void testDetectionIsOpenNlpsOnTheSample() throws Exception {
    ThreadSafeLanguageDetectorME reference = new ThreadSafeLanguageDetectorME(model());
    OpenNlpDetector detector = new OpenNlpDetector(0, OpenNlpDetector.SAMPLE_CHARS, false);
    int checked = 0;
    for (String text : TEXTS) {
      String sample = OpenNlpDetector.sample(text);
      if (sample.codePoints().noneMatch(Character::isLetter)) {
        continue;
      }
      Language expected = reference.predictLanguage(sample);
      DetectedLanguage actual = detector.detect(text);
      assertEquals(OpenNlpDetector.toIso1(expected.getLang()), actual.code(), text);
      // The common n-grams' weights are held as floats (NgramModel): 10⁻⁹ with doubles.
      assertEquals(expected.getConfidence(), actual.confidence(), 1e-6, text);
      checked++;
    }
    assertTrue(checked > 300, "texts checked: " + checked);
  }

  @Test
  void testNormalizationIsOpenNlps() {
    CharSequenceNormalizer[] chain = {
      EmojiCharSequenceNormalizer.getInstance(),
      UrlCharSequenceNormalizer.getInstance(),
      TwitterCharSequenceNormalizer.getInstance(),
      NumberCharSequenceNormalizer.getInstance(),
      ShrinkCharSequenceNormalizer.getInstance()
    };
    // Texts made of the chars each normalizer's pattern turns on, so that every edge is met.
    String[] parts = {
      "a",
      "A",
      "b",
      "\u00e9",
      "-",
      "--",
      "1",
      "23",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\u000B",
      "\u0085",
      "\u2028",
      "\uD83D\uDE00",
      "\uD800",
      "\uDC00",
      "\uFF21",
      "aaa",
      "AaA",
      "xxxx",
      "\u00e9\u00c9\u00e9",
      ".",
      "@",
      "#",
      "x",
      "X",
      "p",
      "O",
      ":",
      ";",
      "(",
      ")",
      "h",
      "J",
      "e",
      "o",
      "rt",
      "RT",
      ": ",
      "_",
      "haha",
      "jeje",
      "hoho",
      "ex",
      "ha",
      "xD",
      "\u00e0rt "
    };
    Random random = new Random(42);
    List<String> texts = new ArrayList<>(TEXTS);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      CharSequence expected = text;
      for (CharSequenceNormalizer normalizer : chain) {
        expected = normalizer.normalize(expected);
      }
      assertEquals(expected.toString(), OpenNlpFeatures.normalize(text).toString(), text);
    }
  }

  @Test
  void testEarlyStopKeepsTheAnswer() {
    OpenNlpDetector whole = new OpenNlpDetector(0.2, OpenNlpDetector.SAMPLE_CHARS, false);
    OpenNlpDetector early = new OpenNlpDetector(0.2);
    int checked = 0;
    for (String text : TEXTS) {
      if (text.length() >= OpenNlpDetector.MIN_CHARS_FOR_THRESHOLD) {
        assertEquals(whole.detect(text).code(), early.detect(text).code(), text);
        checked++;
      }
    }
    assertTrue(checked > 250, "texts checked: " + checked);
  }

  /** Detectors of one JVM read the model once: a second Loci does not wait for it again. */
  @Test
  void testDetectorsShareTheModel() {
    OpenNlpDetector first = new OpenNlpDetector(0.2);
    OpenNlpDetector second = new OpenNlpDetector(0.5, 300, false);
    assertSame(first.model(), second.model());
  }

  /**
   * The weights of common n-grams laid out by outcome, as floats, give the probabilities of the
   * entries alone to 10⁻⁶ and the same leading language, on every text (and on every text's
   * beginnings, where reading may stop).
   */
  @Test
  void testDenseRowsGiveTheProbabilitiesOfTheEntries() throws Exception {
    byte[] bytes = OpenNlpDetector.modelBytes();
    NgramModel entriesOnly = GisModelReader.read(bytes, "entries", Integer.MAX_VALUE);
    NgramModel allDense = GisModelReader.read(bytes, "dense", 1);
    NgramModel model = new OpenNlpDetector(0.2).model();
    int checked = 0;
    for (String text : TEXTS) {
      String sample = OpenNlpFeatures.normalizedLowerCase(OpenNlpDetector.sample(text));
      for (int end = Math.min(sample.length(), 40); end <= sample.length(); end += 97) {
        String prefix = sample.substring(0, end);
        double[] expected = entriesOnly.probabilities(prefix);
        for (NgramModel rows : List.of(model, allDense)) {
          double[] actual = rows.probabilities(prefix);
          assertEquals(NgramModel.leading(expected), NgramModel.leading(actual), prefix);
          assertArrayEquals(expected, actual, 1e-6, prefix);
        }
        checked++;
      }
    }
    assertTrue(checked > 300, "texts checked: " + checked);
  }

  @Test
  void testEarlyStopReadsAPrefixEndingAtWhiteSpace() {
    NgramModel model = new OpenNlpDetector(0.2).model();
    String text =
        OpenNlpFeatures.normalizedLowerCase(
            OpenNlpDetector.sample(
                "La empresa anunció que abrirá nuevos centros de datos en España y en México,"
                    + " con una inversión de varios millones de euros durante los próximos años."
                    + " El mercado de la nube crece con rapidez en toda la región, y la compañía"
                    + " quiere ganar cuota frente a sus competidores, que también invierten en"
                    + " infraestructura y en nuevos servicios para las empresas de la zona."));
    double[] stopped = model.probabilities(text, OpenNlpDetector.EARLY_STOP);
    assertFalse(Arrays.equals(model.probabilities(text), stopped), "read to the end");
    int prefixes = 0;
    for (int end = OpenNlpDetector.EARLY_STOP.firstCheck(); end < text.length(); end++) {
      if (Character.isWhitespace(text.charAt(end - 1))
          && Arrays.equals(model.probabilities(text.substring(0, end)), stopped)) {
        prefixes++;
      }
    }
    assertEquals(1, prefixes, "the stopped reading is the reading of one prefix");
  }

  @Test
  void testSampleIsCutAtWhiteSpaceAndComposed() {
    String text = "palabra ".repeat(200);
    String sample = OpenNlpDetector.sample(text);
    assertTrue(sample.length() <= OpenNlpDetector.SAMPLE_CHARS, sample);
    assertTrue(sample.length() > OpenNlpDetector.SAMPLE_CHARS / 2, sample);
    assertEquals("vi\u1ec7t", OpenNlpDetector.sample("vie\u0323\u0302t"));
  }

  /** XQuAD paragraphs of a language, joined by blank lines, up to at least {@code chars}. */
  private static String paragraphs(String lang, int chars) throws Exception {
    JsonNode xquad =
        new ObjectMapper()
            .readTree(
                Path.of("..", "benchmarks", "data", "xquad", "xquad." + lang + ".json").toFile());
    StringBuilder out = new StringBuilder();
    for (JsonNode article : xquad.get("data")) {
      for (JsonNode paragraph : article.get("paragraphs")) {
        if (out.length() >= chars) {
          return out.toString();
        }
        out.append(paragraph.get("context").asText()).append("\n\n");
      }
    }
    return out.toString();
  }

  @Test
  void testALongTextIsReadFromItsMiddle() throws Exception {
    OpenNlpDetector detector = new OpenNlpDetector(LanguageDetectors.DEFAULT_MIN_CONFIDENCE);
    // A book in Spanish with a header in English, as Project Gutenberg's books have.
    String header = paragraphs("en", 1_000);
    String book = header + paragraphs("es", OpenNlpDetector.LONG_TEXT_CHARS);
    assertTrue(book.length() >= OpenNlpDetector.LONG_TEXT_CHARS);
    assertEquals("en", detector.detect(book.substring(0, OpenNlpDetector.SAMPLE_CHARS)).code());
    assertEquals("es", detector.detect(book).code());
    // Below the length, the start decides, as for a news article.
    String article = header + paragraphs("es", 3_000);
    assertTrue(article.length() < OpenNlpDetector.LONG_TEXT_CHARS);
    assertEquals("en", detector.detect(article).code());
    // Inside that tells no language (a table of figures) leaves it to the start.
    String table = "12 345 678 90 ".repeat(OpenNlpDetector.LONG_TEXT_CHARS / 14 + 1);
    assertEquals("es", detector.detect(paragraphs("es", 1_000) + table + table).code());
    // A code listing with English comments in the middle of a Spanish text is outvoted.
    String code =
        "// Returns how many items the list holds, or zero when it is empty or missing.\n"
            + "int count(List<String> items) { return items == null ? 0 : items.size(); }\n";
    String spanish = paragraphs("es", 7_000);
    assertEquals(
        "es", detector.detect(spanish + code.repeat(8_000 / code.length()) + spanish).code());
    // So is a blob of letters that tells no language, whatever short text follows it.
    StringBuilder blob = new StringBuilder();
    Random random = new Random(7);
    String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 14_000; i++) {
      blob.append(base64.charAt(random.nextInt(base64.length())));
    }
    assertEquals(
        "es",
        detector.detect(paragraphs("es", 10_000) + blob + "\nCopyright 2024 Example Inc.").code());
    assertEquals("de", OpenNlpDetector.fromWordAt("abc de", 1).toString());
    assertEquals("ef", OpenNlpDetector.fromWordAt("ab cd ef", 3).toString());
    assertEquals("c", OpenNlpDetector.fromWordAt("abc", 2).toString());
  }
}
