package io.github.loci.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageCodesTest {
  @Test
  void testCodesTagsAndNamesBecomeIso1() {
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("en", "en"),
            Map.entry(" EN ", "en"),
            Map.entry("eng", "en"),
            Map.entry("es-CO", "es"),
            Map.entry("es_ES", "es"),
            Map.entry("english", "en"),
            Map.entry("English", "en"),
            Map.entry("Spanish", "es"),
            Map.entry("español", "es"),
            Map.entry("espanol", "es"),
            Map.entry("italiano", "it"),
            Map.entry("Tiếng Việt", "vi"),
            Map.entry("tieng viet", "vi"),
            Map.entry("vietnamese", "vi"),
            Map.entry("Deutsch", "de"),
            Map.entry("und", "und"));
    cases.forEach((given, code) -> assertEquals(code, LanguageCodes.normalize(given), given));
  }

  @Test
  void testUnknownLanguagesAreErrors() {
    for (String bad :
        new String[] {"klingon", "zz", "xx-klingon", "e".repeat(40_000), "12", "en!"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> LanguageCodes.normalize(bad), bad);
      assertTrue(e.getMessage().contains("unknown language"), e.getMessage());
      assertTrue(e.getMessage().length() < 200, "the message quotes at most 40 chars");
    }
  }

  @Test
  void testSourcesKeepTheCodeAndRejectUnknownLanguages() {
    assertEquals(Optional.of("en"), Source.of("a", "A", "text").withLanguage("English").language());
    assertThrows(
        IllegalArgumentException.class, () -> Source.of("a", "A", "text").withLanguage("klingon"));
  }

  @Test
  void testRecordsWithAnUnknownLanguageOrAnOverlongIdNameTheirLine() {
    IngestResult read =
        SourceReader.readJsonLines(
            "r.jsonl",
            "{\"id\":\"a\",\"lang\":\"english\",\"text\":\"x\"}\n"
                + "{\"id\":\"b\",\"lang\":\"klingon\",\"text\":\"x\"}\n"
                + "{\"id\":\""
                + "i".repeat(Source.MAX_ID_CHARS + 1)
                + "\",\"text\":\"x\"}\n");
    assertEquals(1, read.sources().size());
    assertEquals(Optional.of("en"), read.sources().get(0).language());
    assertEquals(2, read.skipped().size());
    assertTrue(read.skipped().get(0).getMessage().contains("r.jsonl:2"), read.skipped().toString());
    assertTrue(read.skipped().get(1).getMessage().contains("r.jsonl:3"), read.skipped().toString());
  }

  @Test
  void testIdsWithAnUnpairedSurrogateAreRefused() {
    // Stored as UTF-8, "\uD800x" would become "\uFFFDx": another source's id, or a new one.
    for (String bad : List.of("\uD800x", "x\uDC00", "a\uDBFF")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Source.of(bad, "T", "text"));
      assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
      assertFalse(
          e.getMessage().chars().anyMatch(c -> Character.isSurrogate((char) c)), e.getMessage());
    }
    assertEquals("\uD83D\uDE00x", Source.of("\uD83D\uDE00x", "T", "text").id());
    IngestResult read =
        SourceReader.readJsonLines(
            "r.jsonl", "{\"id\":\"\\ud800x\",\"text\":\"x\"}\n{\"id\":\"ok\",\"text\":\"x\"}\n");
    assertEquals(1, read.sources().size());
    assertTrue(read.skipped().get(0).getMessage().contains("r.jsonl:1"), read.skipped().toString());
  }

  @Test
  void testAFeedDeclaresTheLanguageOfSourcesWithoutOne() {
    SourceFeed feed =
        SourceFeed.of(
                java.util.List.of(
                    Source.of("a", "A", "text"), Source.of("b", "B", "text").withLanguage("it")))
            .withLanguage("english");
    assertEquals(Optional.of("en"), feed.next().source().language());
    assertEquals(Optional.of("it"), feed.next().source().language());
    assertEquals(null, feed.next());
  }
}
