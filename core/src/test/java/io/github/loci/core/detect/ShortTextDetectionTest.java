package io.github.loci.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.Seeds;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.segment.Segmenter;
import io.github.loci.core.segment.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Short texts get their language or none (undetermined, indexed in every Loci language), never an
 * unrelated one. The texts: every XQuAD question (en, es, vi: 1,190 each, one line each) and every
 * sentence of the seed articles under {@value ShortTextGuard#MIN_CHARS} chars (es, it, en, vi). The
 * test prints the figures the README gives.
 */
class ShortTextDetectionTest {
  /** A one-line text and its language. */
  record Labelled(String lang, String text) {}

  private static final List<Labelled> TEXTS = new ArrayList<>();

  @BeforeAll
  static void texts() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String lang : List.of("en", "es", "vi")) {
      JsonNode xquad =
          json.readTree(
              Path.of("..", "benchmarks", "data", "xquad", "xquad." + lang + ".json").toFile());
      for (JsonNode article : xquad.get("data")) {
        for (JsonNode paragraph : article.get("paragraphs")) {
          for (JsonNode qa : paragraph.get("qas")) {
            TEXTS.add(new Labelled(lang, qa.get("question").asText().strip()));
          }
        }
      }
    }
    Map<String, String> seedLanguages =
        Map.of("000", "es", "001", "es", "002", "it", "003", "en", "004", "vi");
    Segmenter segmenter = Segmenter.defaults();
    for (Source seed : Seeds.all()) {
      String lang = seedLanguages.get(seed.id().substring(0, 3));
      for (Sentence s : segmenter.sentences(seed.text(), Locale.forLanguageTag(lang))) {
        String text = seed.text().substring(s.start(), s.end());
        if (text.length() < ShortTextGuard.MIN_CHARS
            && text.codePoints().anyMatch(Character::isLetter)) {
          TEXTS.add(new Labelled(lang, text));
        }
      }
    }
  }

  /** The first {@code words} words of each text that has more. */
  static List<Labelled> prefixes(int words) {
    List<Labelled> out = new ArrayList<>();
    for (Labelled t : TEXTS) {
      String[] split = t.text().split("\\s+");
      if (split.length > words) {
        out.add(new Labelled(t.lang(), String.join(" ", List.of(split).subList(0, words))));
      }
    }
    return out;
  }

  /** Right, undetermined and wrong answers per language. */
  static Map<String, int[]> tally(LanguageDetector detector, List<Labelled> texts) {
    Map<String, int[]> byLanguage = new TreeMap<>();
    for (Labelled t : texts) {
      String code = detector.detect(t.text()).code();
      int[] counts = byLanguage.computeIfAbsent(t.lang(), k -> new int[3]);
      counts[code.equals(t.lang()) ? 0 : code.equals(DetectedLanguage.UNDETERMINED) ? 1 : 2]++;
    }
    return byLanguage;
  }

  static int[] total(Map<String, int[]> tally) {
    int[] all = new int[3];
    tally.values().forEach(c -> Arrays.setAll(all, i -> all[i] + c[i]));
    return all;
  }

  static String report(int[] c) {
    return String.format(
        Locale.ROOT,
        "right %d, undetermined %d, wrong %d of %d",
        c[0],
        c[1],
        c[2],
        c[0] + c[1] + c[2]);
  }

  /**
   * On one-line texts and on their first 2, 3 and 5 words, the default detector gives no text an
   * unrelated language where OpenNLP alone gives hundreds; each text gets its language or none.
   */
  @Test
  void testShortTextsGetTheirLanguageOrNone() {
    OpenNlpDetector raw = new OpenNlpDetector(LanguageDetectors.DEFAULT_MIN_CONFIDENCE);
    LanguageDetector guarded = LanguageDetectors.defaultDetector();
    assertTrue(TEXTS.size() > 3500, "texts: " + TEXTS.size());
    for (int words : new int[] {2, 3, 5, 0}) {
      List<Labelled> texts = words == 0 ? TEXTS : prefixes(words);
      String set = words == 0 ? "whole lines" : "first " + words + " words";
      int[] before = total(tally(raw, texts));
      Map<String, int[]> tally = tally(guarded, texts);
      int[] after = total(tally);
      System.out.println(set + ", before (OpenNLP alone): " + report(before));
      System.out.println(
          set
              + ", after: "
              + report(after)
              + " "
              + tally.entrySet().stream()
                  .map(e -> e.getKey() + " " + report(e.getValue()))
                  .toList());
      // At most 0.3% wrong (none on whole lines), a tenth of OpenNLP's wrong answers or less;
      // three in four right.
      assertTrue(after[2] * 1000 <= 3 * texts.size(), set + ": " + report(after));
      assertTrue(after[2] * 10 <= before[2], set + ": " + report(after) + " vs " + report(before));
      assertTrue(words != 0 || after[2] == 0, set + ": " + report(after));
      assertTrue(after[0] * 4 >= 3 * texts.size(), set + ": " + report(after));
    }
  }

  @Test
  void testLongTextsKeepOpenNlpsAnswer() {
    OpenNlpDetector raw = new OpenNlpDetector(LanguageDetectors.DEFAULT_MIN_CONFIDENCE);
    for (Source seed : Seeds.all()) {
      assertEquals(
          raw.detect(seed.text()), LanguageDetectors.defaultDetector().detect(seed.text()));
    }
  }

  @Test
  void testOneLineEnglishIsEnglishOrUndetermined() {
    LanguageDetector detector = LanguageDetectors.defaultDetector();
    for (String text :
        List.of(
            "data centres", "Data centres use a lot of power.", "Cloud spending is rising fast")) {
      String code = detector.detect(text).code();
      assertTrue(
          code.equals("en") || code.equals(DetectedLanguage.UNDETERMINED), text + ": " + code);
    }
    assertEquals("en", detector.detect("What is the share of the cloud market?").code());
  }
}
