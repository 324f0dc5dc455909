package io.github.loci.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Seeds;
import io.github.loci.core.ingest.Source;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static final Segmenter SEGMENTER = Segmenter.defaults();
  private static final Locale[] LOCALES = {
    Locale.forLanguageTag("es"),
    Locale.forLanguageTag("es"),
    Locale.ITALIAN,
    Locale.ENGLISH,
    Locale.forLanguageTag("vi")
  };

  private static void assertWellFormed(
      String text, List<Sentence> sentences, List<Passage> passages) {
    assertFalse(passages.isEmpty());
    int previousEnd = -1;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= previousEnd, "sentences are in order and disjoint");
      String body = s.text(text);
      assertFalse(body.isBlank());
      assertFalse(isSpace(body.charAt(0)) || isSpace(body.charAt(body.length() - 1)), body);
      previousEnd = s.end();
    }
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      assertEquals(i, p.ordinal());
      assertEquals(text.substring(p.start(), p.end()), p.text(), "offsets round-trip");
      assertFalse(p.text().isBlank());
      assertEquals(sentences.get(p.firstSentence()).start(), p.start());
      assertEquals(sentences.get(p.endSentence() - 1).end(), p.end());
      int count = p.endSentence() - p.firstSentence();
      assertTrue(count <= Segmenter.DEFAULT_MAX_SENTENCES + 1);
      if (count > Segmenter.DEFAULT_MAX_SENTENCES) {
        Sentence last = sentences.get(p.endSentence() - 2);
        assertTrue(last.end() - p.start() < Segmenter.DEFAULT_MIN_CHARS, "short before the extra");
      }
      assertTrue(count == 1 || p.text().length() <= Segmenter.DEFAULT_MAX_CHARS, p.text());
      if (i > 0) {
        Passage q = passages.get(i - 1);
        assertTrue(p.firstSentence() >= q.endSentence() - 1, "overlap is one sentence at most");
        assertTrue(p.firstSentence() <= q.endSentence(), "no sentence is left out");
      }
    }
    assertEquals(0, passages.get(0).firstSentence());
    assertEquals(sentences.size(), passages.get(passages.size() - 1).endSentence());
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  @Test
  void testOffsetsOfEveryPassageOfEverySeedRoundTrip() {
    List<Source> seeds = Seeds.all();
    for (int i = 0; i < seeds.size(); i++) {
      String text = seeds.get(i).text();
      List<Sentence> sentences = SEGMENTER.sentences(text, LOCALES[i]);
      assertWellFormed(text, sentences, SEGMENTER.passages(seeds.get(i).id(), text, sentences));
    }
  }

  @Test
  void testOffsetsRoundTripOnNfdCopyOfSeed004() {
    String nfd = Normalizer.normalize(Seeds.seed(4).text(), Normalizer.Form.NFD);
    assertTrue(nfd.length() > Seeds.seed(4).text().length());
    List<Sentence> sentences = SEGMENTER.sentences(nfd, LOCALES[4]);
    List<Passage> passages = SEGMENTER.passages("004", nfd, sentences);
    assertWellFormed(nfd, sentences, passages);
    String start = Normalizer.normalize("Thế nhưng có lẽ", Normalizer.Form.NFD);
    assertTrue(sentences.stream().anyMatch(s -> s.text(nfd).startsWith(start)));
  }

  @Test
  void testGluedHeadlineOfSeed004IsSplit() {
    String text = Seeds.seed(4).text();
    List<String> sentences =
        SEGMENTER.sentences(text, LOCALES[4]).stream().map(s -> s.text(text)).toList();
    assertTrue(
        sentences.stream().anyMatch(s -> s.endsWith("giữa hai gã khổng lồ.")),
        sentences.toString());
    assertTrue(
        sentences.stream().anyMatch(s -> s.startsWith("Alibaba Năm 2009")), sentences.toString());
  }

  @Test
  void testAFullStopAfterACommonAbbreviationEndsNoSentence() {
    String en = "The U.S. government said Mr. Smith of Acme Inc. would invest. He is fine.";
    assertEquals(2, SEGMENTER.sentences(en, Locale.ENGLISH).size());
    String es = "El Sr. García y la Dra. López abrieron la oficina. Nadie lo esperaba.";
    assertEquals(2, SEGMENTER.sentences(es, Locale.forLanguageTag("es")).size());
    String us = "They invest in the U.S. He is fine.";
    assertEquals(2, SEGMENTER.sentences(us, Locale.ENGLISH).size());
  }

  @Test
  void testAnAbbreviationGluedToTheNameAfterItEndsNoSentence() {
    String text = "Công ty có trụ sở tại Tp.Hồ Chí Minh và tp.Đà Nẵng đã mở trung tâm dữ liệu.";
    for (Locale locale : LOCALES) {
      assertEquals(1, SEGMENTER.sentences(text, locale).size(), locale.toString());
    }
    String glued = "Ông nói tại Hà Nội.Hôm nay công ty mở cửa.";
    assertEquals(2, SEGMENTER.sentences(glued, LOCALES[4]).size());
  }

  @Test
  void testAFullStopBeforeACharOutsideTheBmpAtTheEndIsRead() {
    // A mathematical bold capital F (two chars) after the last full stop: the glued-sentence test
    // read past the text (StringIndexOutOfBoundsException), and the source was rejected.
    for (String text :
        List.of(
            "Follow us on our page.\uD835\uDC05",
            "Results: the price was 3.\uD835\uDFD3",
            "Hi.\uDB40\uDC7F",
            "lower.\uD835\uDC05x and more.")) {
      for (Locale locale : LOCALES) {
        List<Sentence> sentences = SEGMENTER.sentences(text, locale);
        assertEquals(
            text.strip(),
            text.substring(sentences.get(0).start(), sentences.get(sentences.size() - 1).end()));
      }
    }
  }

  @Test
  void testDecimalsAbbreviationsAndDomainsAreNotSplit() {
    String text =
        "Amazon đạt 3,53 tỷ USD. Revenue was 3.53 billion in the U.S. market, per example.com today.";
    List<String> sentences =
        SEGMENTER.sentences(text, Locale.ENGLISH).stream().map(s -> s.text(text)).toList();
    assertEquals(
        List.of(
            "Amazon đạt 3,53 tỷ USD.",
            "Revenue was 3.53 billion in the U.S. market, per example.com today."),
        sentences);
  }

  @Test
  void testNoBreakSpacesOfSeed003StayInsideSentences() {
    String text = Seeds.seed(3).text();
    assertTrue(text.contains("investment\u00a0this"));
    List<String> sentences =
        SEGMENTER.sentences(text, LOCALES[3]).stream().map(s -> s.text(text)).toList();
    assertTrue(
        sentences.stream().anyMatch(s -> s.contains("$15 billion investment\u00a0this week")));
    assertTrue(sentences.stream().noneMatch(s -> s.startsWith("\u00a0") || s.endsWith("\u00a0")));
  }

  @Test
  void testFurnitureOfSeed003IsMarkedAndNeverSharesPassageWithContent() {
    String text = Seeds.seed(3).text();
    List<Sentence> sentences = SEGMENTER.sentences(text, LOCALES[3]);
    List<String> furniture =
        sentences.stream().filter(Sentence::furniture).map(s -> s.text(text)).toList();
    assertTrue(furniture.contains("Share This:"), furniture.toString());
    assertTrue(furniture.contains("Leave a reply"), furniture.toString());
    assertTrue(
        furniture.stream().anyMatch(s -> s.startsWith("Photo:\u00a0leighklotz")),
        furniture.toString());
    assertTrue(
        sentences.stream()
            .filter(s -> s.text(text).startsWith("Of its 16 operational data centers"))
            .noneMatch(Sentence::furniture));
    for (Passage p : SEGMENTER.passages("003", text, sentences)) {
      for (int i = p.firstSentence(); i < p.endSentence(); i++) {
        assertEquals(p.furniture(), sentences.get(i).furniture(), p.text());
      }
    }
  }

  @Test
  void testEvidenceAcrossTwoSentencesIsInOnePassage() {
    String text = Seeds.seed(3).text();
    List<Passage> passages = SEGMENTER.passages("003", text, Locale.ENGLISH);
    assertTrue(
        passages.stream()
            .anyMatch(
                p ->
                    p.text().contains("Of its 16 operational data centers")
                        && p.text().contains("That’s a fairly substantial presence")));
  }

  /** Sentences of the given lengths (each ends with a full stop), separated by one space. */
  private static String sentencesOf(int... lengths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lengths.length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      String word = "Word" + (char) ('a' + i) + " ";
      StringBuilder sentence = new StringBuilder();
      while (sentence.length() < lengths[i] - 1) {
        sentence.append(word);
      }
      sentence.setLength(lengths[i] - 1);
      text.append(sentence.toString().strip()).append('.');
    }
    return text.toString();
  }

  private static List<String> spans(String text) {
    return SEGMENTER.passages("x", text, Locale.ENGLISH).stream()
        .map(p -> p.firstSentence() + "-" + p.endSentence())
        .toList();
  }

  @Test
  void testPassagesAreWindowsOfTwoSentencesWithStrideOne() {
    // Sentences of 130 chars: two make at least 250 chars; three would fit 400 (and 600).
    assertEquals(List.of("0-2", "1-3", "2-4"), spans(sentencesOf(130, 130, 130, 130)));
  }

  @Test
  void testShortPassageTakesOneMoreSentence() {
    // A title and a short sentence (under 250 chars together) are read with the next sentence.
    assertEquals(List.of("0-3", "2-4"), spans(sentencesOf(40, 100, 200, 200)));
  }

  @Test
  void testTwoSentencesOfUpTo600CharsShareAPassage() {
    assertEquals(List.of("0-2", "1-3"), spans(sentencesOf(290, 290, 290)));
    // Longer than 600 together: each alone, no overlap.
    assertEquals(List.of("0-1", "1-2"), spans(sentencesOf(350, 350)));
  }

  @Test
  void testLongSentenceStaysWhole() {
    String longSentence = "Evidence " + "word ".repeat(120).strip() + ".";
    String text = "Short one. " + longSentence + " Another short one.";
    List<Passage> passages = SEGMENTER.passages("x", text, Locale.ENGLISH);
    assertTrue(passages.stream().anyMatch(p -> p.text().equals(longSentence)));
  }

  @Test
  void testWhitespaceOnlyTextHasNoPassages() {
    assertTrue(SEGMENTER.passages("x", " \n\u00a0\n\t", Locale.ENGLISH).isEmpty());
  }

  /** Passages of an overlong line: passage-sized, exact spans, every word in one. */
  private static void assertPassageSized(String text, Locale locale) {
    List<Sentence> sentences = SEGMENTER.sentences(text, locale);
    List<Passage> passages = SEGMENTER.passages("x", text, sentences);
    assertWellFormed(text, sentences, passages);
    int covered = 0;
    for (Passage p : passages) {
      assertTrue(p.text().length() <= Segmenter.MAX_SENTENCE_CHARS, "length " + p.text().length());
      assertEquals(text.substring(p.start(), p.end()), p.text());
      assertFalse(Character.isLowSurrogate(text.charAt(p.start())), "a surrogate pair is split");
      assertFalse(
          Character.getType(text.codePointAt(p.start())) == Character.NON_SPACING_MARK,
          "a letter is split from its marks");
      assertTrue(p.start() <= covered || text.substring(covered, p.start()).isBlank(), "gap");
      covered = Math.max(covered, p.end());
    }
    assertTrue(text.substring(covered).isBlank(), "the end is covered");
  }

  @Test
  void testLineWithoutFullStopsIsSplitAtWhiteSpace() {
    String text = "cloud server market growth data ".repeat(2000);
    assertPassageSized(text, Locale.ENGLISH);
    List<Passage> passages = SEGMENTER.passages("x", text, Locale.ENGLISH);
    for (Passage p : passages) {
      assertTrue(
          p.end() == text.length() || Character.isWhitespace(text.charAt(p.end())), p.text());
      assertTrue(
          p.text().length() > Segmenter.MAX_SENTENCE_CHARS / 2 || p == passages.getLast(),
          "near the maximum: " + p.text().length());
    }
  }

  @Test
  void testALongLineIsNotCutInsideAnAmount() {
    // No full stop for 1,066 chars, "$300 million" at char 992: the cut at the last space before
    // char 1,000 split it, and neither piece held the amount.
    String before = "word ".repeat(198) + "a "; // 992 chars
    String text = before + "$300 million into " + "more words ".repeat(6);
    List<Sentence> pieces = SEGMENTER.sentences(text, Locale.ENGLISH);
    assertTrue(pieces.size() > 1, pieces.toString());
    int at = text.indexOf("$300 million");
    assertTrue(
        pieces.stream().anyMatch(s -> s.start() <= at && at + "$300 million".length() <= s.end()),
        pieces.toString());
    // With no space away from digits in the second half, the last space is taken.
    String digits = "1 2 3 4 5 6 7 8 9 ".repeat(60);
    assertPassageSized(digits, Locale.ENGLISH);
  }

  @Test
  void testHugeTokenIsCutIntoPieces() {
    String text = "Alibaba opens a data centre. " + "x".repeat(200_000) + " and more words here.";
    assertPassageSized(text, Locale.ENGLISH);
    assertTrue(SEGMENTER.passages("x", text, Locale.ENGLISH).size() >= 200);
  }

  @Test
  void testPiecesKeepSurrogatePairsAndMarksWhole() {
    assertPassageSized("\uD83D\uDE00".repeat(5_001), Locale.ENGLISH);
    assertPassageSized("vie\u0323\u0302t".repeat(3_001), Locale.forLanguageTag("vi"));
    assertPassageSized(
        "e\u0301".repeat(1_999) + "\uD83D\uDC69\u200D\uD83D\uDCBB".repeat(999), Locale.ENGLISH);
  }

  @Test
  void frontMatterIsFurnitureAndNeverSharesAPassageWithTheText() {
    String text =
        "---\nlayout: post\ntitle: \"Drought\"\ndate: 2021-03-04\n---\n"
            + "The drought hit Barcelona hard. Reservoirs fell to a fifth.\n";
    List<Sentence> sentences = Segmenter.defaults().sentences(text, Locale.ENGLISH);
    int body = text.indexOf("The drought");
    for (Sentence s : sentences) {
      assertEquals(s.start() < body, s.furniture(), text.substring(s.start(), s.end()));
    }
    for (Passage p : Segmenter.defaults().passages("d", text, Locale.ENGLISH)) {
      assertTrue(p.start() >= body || p.end() <= body, p.text());
    }
    // TOML front matter too; a rule and then prose is no front matter.
    String toml = "+++\ntitle = \"Floods\"\n+++\nRivers rose across the valley.";
    assertTrue(Segmenter.defaults().sentences(toml, Locale.ENGLISH).get(0).furniture());
    // Without cues nothing is furniture, front matter neither.
    assertTrue(
        Segmenter.of(600, 2, Segmenter.Furniture.none()).sentences(toml, Locale.ENGLISH).stream()
            .noneMatch(Sentence::furniture));
    String rule = "---\nRivers rose across the valley.\n---\nMore text.";
    assertTrue(
        Segmenter.defaults().sentences(rule, Locale.ENGLISH).stream()
            .noneMatch(Sentence::furniture));
  }
}
