package io.github.loci.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  private static final String HEADER = "# a test lexicon\n\n";
  private static final String DATA_CENTRE =
      "data-centre\tcloud\tdata centre | server farm\tcentro de datos\tcentro dati | server farm"
          + "\ttrung tâm dữ liệu\n";
  private static final String SHARE =
      "market-share\tmarket\tmarket share\tcuota de mercado\tquota di mercato\tthị phần\n";

  private static Analysis analysis;

  @BeforeAll
  static void open() {
    analysis = new Analysis();
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  @Test
  void testParsesConceptsWithTermsPerLanguage() throws Exception {
    Lexicon lexicon = Lexicon.parse("t.tsv", HEADER + DATA_CENTRE + SHARE);
    assertEquals(2, lexicon.size());
    Concept c = lexicon.get("data-centre").orElseThrow();
    assertEquals("cloud", c.domain());
    assertEquals(List.of("data centre", "server farm"), c.terms(Language.EN));
    assertEquals(List.of("trung tâm dữ liệu"), c.terms(Language.VI));
    assertEquals("t.tsv:3", c.origin());
  }

  @Test
  void testBadEntriesNameFileAndLine() throws Exception {
    assertError("t.tsv:3: expected 6 tab-separated columns", HEADER + "a\tb\tc\n");
    assertError("t.tsv:2: es: empty term", "# x\n" + "c\td\tterm\t\tx\ty\n");
    assertError("t.tsv:1: concept id 'Data'", "Data\td\ta\tb\tc\td\n");
    assertError(
        "t.tsv:2: concept 'data-centre' was already defined on line 1", DATA_CENTRE + DATA_CENTRE);
    assertError("t.tsv:1: en term 'Cloud' must be lower case", "c\td\tCloud\tb\tc\td\n");
    assertError("t.tsv:1: vi term 'ho\u0300a' is not in Unicode NFC", "c\td\ta\tb\tc\tho\u0300a\n");
    assertError("t.tsv:1: en term 'a' is listed twice", "c\td\ta | a\tb\tc\td\n");
    assertError("t.tsv:1: en term 'a;b' may only hold", "c\td\ta;b\tb\tc\td\n");
    // An invisible char is named, and an empty term between two '|' is told from an empty cell.
    assertError(
        "t.tsv:1: en term 'a\u00A0b' may only hold letters, digits, spaces and . & ' ’ -, not U+00A0"
            + " (NO-BREAK SPACE)",
        "c\td\ta\u00A0b\tb\tc\td\n");
    assertError("t.tsv:1: en: an empty term between two '|'", "c\td\ta||b\tb\tc\td\n");
    // A spreadsheet's header row, which made its column names one concept.
    assertError(
        "t.tsv:1: a header row",
        "id\tdomain\tenglish\tspanish\titalian\tvietnamese\n" + DATA_CENTRE);
    // A concept in a domain named "domain" is no header.
    assertTrue(
        Lexicon.parse(
                "t.tsv", "registrar\tdomain\tregistrar\tregistrador\tregistrar\tnhà đăng ký\n")
            .get("registrar")
            .isPresent());
  }

  private static void assertError(String expected, String text) {
    LexiconFormatException e =
        assertThrows(LexiconFormatException.class, () -> Lexicon.parse("t.tsv", text));
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
  }

  @Test
  void testLoadRejectsBytesThatAreNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.write(file, new byte[] {'#', '\n', 'c', '\t', (byte) 0xff});
    LexiconFormatException e = assertThrows(LexiconFormatException.class, () -> Lexicon.load(file));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("not UTF-8 text (a bad byte at offset 4)"), e.getMessage());
    Path good = dir.resolve("good.tsv");
    Files.writeString(good, SHARE, StandardCharsets.UTF_8);
    assertEquals(1, Lexicon.load(good).size());
  }

  @Test
  void testFunctionWordTermsAreRejectedWithTheirLine() throws Exception {
    Lexicon lexicon = Lexicon.parse("f.tsv", SHARE + "of\tgeneral\tof\tde\tdi\tcủa\n");
    LexiconFormatException e =
        assertThrows(LexiconFormatException.class, () -> new ConceptMatcher(lexicon, analysis));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("only function words"), e.getMessage());
  }

  @Test
  void testConceptsFromTheJavaApiNameTheirOriginInErrors() {
    Map<Language, List<String>> terms = new java.util.EnumMap<>(Language.class);
    terms.put(Language.EN, List.of("of"));
    terms.put(Language.ES, List.of("de"));
    terms.put(Language.IT, List.of("di"));
    terms.put(Language.VI, List.of("của"));
    Lexicon lexicon = Lexicon.of(List.of(new Concept("of", "general", terms, "my code")));
    LexiconFormatException e =
        assertThrows(LexiconFormatException.class, () -> new ConceptMatcher(lexicon, analysis));
    assertEquals("my code", e.file());
    assertEquals(0, e.line());
    assertTrue(e.getMessage().startsWith("my code: en term 'of'"), e.getMessage());
  }

  @Test
  void testLaterConceptsReplaceEarlierOnesById() throws Exception {
    Lexicon base = Lexicon.parse("a.tsv", DATA_CENTRE + SHARE);
    Lexicon mine =
        Lexicon.parse("b.tsv", "market-share\tmarket\tshare of market\tcuota\tquota\tthị phần\n");
    Lexicon both = base.with(mine);
    assertEquals(2, both.size());
    assertEquals("b.tsv:1", both.get("market-share").orElseThrow().origin());
  }

  @Test
  void testMatcherFindsInflectedFormsAndPrefersTheLongestTerm() throws Exception {
    Lexicon lexicon =
        Lexicon.parse(
            "t.tsv",
            DATA_CENTRE
                + SHARE
                + "market\tmarket\tmarket\tmercado\tmercato\tthị trường\n"
                + "investment\tmoney\tinvestment\tinversión\tinvestimento\tđầu tư\n");
    ConceptMatcher matcher = new ConceptMatcher(lexicon, analysis);
    List<ConceptMatcher.Match> es =
        matcher.find("Las cuotas de mercado y las inversiones", Optional.of(Language.ES));
    assertEquals(2, es.size());
    assertEquals("cuotas de mercado", es.get(0).text());
    assertEquals(List.of("market-share"), es.get(0).concepts());
    assertEquals("inversiones", es.get(1).text());
    List<ConceptMatcher.Match> en =
        matcher.find("the data centres of the market", Optional.of(Language.EN));
    assertEquals(
        List.of("data-centre", "market"), en.stream().flatMap(m -> m.concepts().stream()).toList());
  }

  @Test
  void testWithoutALanguageTheBestCoveringLanguageWins() throws Exception {
    ConceptMatcher matcher =
        new ConceptMatcher(Lexicon.parse("t.tsv", DATA_CENTRE + SHARE), analysis);
    List<ConceptMatcher.Match> vi =
        matcher.find("14 trung tâm dữ liệu và thị phần", Optional.empty());
    assertEquals(2, vi.size());
    assertEquals(Language.VI, vi.get(0).language());
    // "server farm" is an English and an Italian term of one concept: one match, not two.
    List<ConceptMatcher.Match> both = matcher.find("server farm", Optional.empty());
    assertEquals(1, both.size());
    assertEquals(List.of("data-centre"), both.get(0).concepts());
  }

  @Test
  void testAFunctionWordMeetsNoConceptThroughAnotherLanguagesStem() throws Exception {
    // Spanish "morir" stems to "mor", as English "more" does in the Spanish analyzer; Porter
    // stems "use" and "useful" to "us". A query whose language is not known typed these words.
    ConceptMatcher matcher =
        new ConceptMatcher(
            Lexicon.parse(
                "t.tsv",
                "death\tgeneral\tdeath|die\tmuerte|morir\tmorte|morire\tchết\n"
                    + "use\tgeneral\tuse|useful\tusar|útil\tusare|utile\tdùng\n"
                    + "artificial-intelligence\ttech\tartificial intelligence|ai\tinteligencia"
                    + " artificial|ia\tintelligenza artificiale|ia\ttrí tuệ nhân tạo\n"),
            analysis);
    assertEquals(List.of(), matcher.find("more people", Optional.empty()));
    assertEquals(List.of(), matcher.find("US market", Optional.empty()));
    assertEquals(List.of(), matcher.find("tell us about it", Optional.empty()));
    // A function word that is a concept's term as written stays: "AI" (Italian "ai", "to the").
    assertEquals(
        List.of("artificial-intelligence"), matcher.find("AI", Optional.empty()).get(0).concepts());
    // Stems of content words still meet: "morire", "useful".
    assertEquals(List.of("death"), matcher.find("morire", Optional.empty()).get(0).concepts());
    assertEquals(List.of("use"), matcher.find("useful", Optional.empty()).get(0).concepts());
    // A declared language is taken at its word.
    assertEquals(
        List.of("death"), matcher.find("more", Optional.of(Language.ES)).get(0).concepts());
  }

  @Test
  void testAHyphenatedTermCoversItsWords() throws Exception {
    ConceptMatcher matcher =
        new ConceptMatcher(
            Lexicon.parse(
                "t.tsv",
                DATA_CENTRE
                    + "centre\tgeneral\tcentre\tcentro\tcentro\ttrung tâm\n"
                    + "data\tgeneral\tdata\tdatos\tdati\tdữ liệu\n"),
            analysis);
    // English reads "data-centre" as one term of two words; Spanish reads "data" and "centre" as
    // two of one word each. Counted by white space, Spanish covered more and took the query.
    List<ConceptMatcher.Match> found = matcher.find("data-centre", Optional.empty());
    assertEquals(1, found.size(), found.toString());
    assertEquals(Language.EN, found.get(0).language());
    assertEquals(List.of("data-centre"), found.get(0).concepts());
  }

  @Test
  void testVietnameseTermsMatchTypedWithoutDiacritics() throws Exception {
    Lexicon lexicon =
        Lexicon.parse(
            "t.tsv",
            DATA_CENTRE
                + SHARE
                + "centre\tgeneral\tcentre\tcentro\tcentro\ttrung tâm\n"
                + "investment\tmoney\tinvestment\tinversión\tinvestimento\tđầu tư\n"
                + "oil\tgeneral\toil\tpetróleo\tpetrolio\tdầu\n");
    ConceptMatcher matcher = new ConceptMatcher(lexicon, analysis);
    for (String typed :
        List.of(
            "trung tam du lieu", "Trung Tam Du Lieu", "trung tâm du lieu", "trung tâm dữ liệu")) {
      List<ConceptMatcher.Match> found = matcher.find("14 " + typed, Optional.empty());
      assertEquals(1, found.size(), typed);
      assertEquals(Language.VI, found.get(0).language(), typed);
      // The longest term wins, folded or not: not "trung tâm" alone.
      assertEquals(List.of("data-centre"), found.get(0).concepts(), typed);
      assertEquals(typed, found.get(0).text());
    }
    assertEquals(
        List.of("investment"), matcher.find("dau tu", Optional.of(Language.VI)).get(0).concepts());
    assertEquals(
        List.of("market-share"), matcher.find("thi phan", Optional.empty()).get(0).concepts());
    // A word typed with diacritics matches only its exact form: "dâu" is not "dầu".
    assertEquals(List.of(), matcher.find("dâu tư", Optional.of(Language.VI)));
    // A single syllable never matches folded ("dau" may be dầu, đầu, dấu...).
    assertEquals(List.of(), matcher.find("dau", Optional.of(Language.VI)));
    assertEquals(List.of("oil"), matcher.find("dầu", Optional.of(Language.VI)).get(0).concepts());
  }

  @Test
  void testFoldedFormsThatTwoConceptsShareGoToTheExactOneOrToNone() throws Exception {
    // "ban hang" folds "bán hàng" (sales) and "bàn hàng" (a counter): ambiguous when typed
    // wholly without diacritics, decided by the word typed with them.
    Lexicon lexicon =
        Lexicon.parse(
            "t.tsv",
            "sales\tmarket\tsales\tventas\tvendite\tbán hàng\n"
                + "counter\tgeneral\tcounter\tmostrador\tbancone\tbàn hàng\n");
    ConceptMatcher matcher = new ConceptMatcher(lexicon, analysis);
    assertEquals(List.of(), matcher.find("ban hang", Optional.of(Language.VI)));
    assertEquals(
        List.of("sales"), matcher.find("bán hang", Optional.of(Language.VI)).get(0).concepts());
    assertEquals(
        List.of("counter"), matcher.find("bàn hang", Optional.of(Language.VI)).get(0).concepts());
  }

  @Test
  void testCoverageCountsContentWordsInsideTerms() throws Exception {
    ConceptMatcher matcher =
        new ConceptMatcher(Lexicon.parse("t.tsv", DATA_CENTRE + SHARE), analysis);
    ConceptMatcher.Coverage c = matcher.coverage("Alibaba market share grew 40%", Language.EN);
    // Content words: alibaba, market, share, grew (40 is a number); market share is covered.
    assertEquals(4, c.words());
    assertEquals(2, c.covered());
    assertEquals(0.5, c.share(), 1e-9);
  }

  @Test
  void testBuiltInLexiconIsValidAndCoversEveryLanguage() throws Exception {
    Lexicon lexicon = Lexicon.builtIn();
    new ConceptMatcher(lexicon, analysis);
    assertTrue(lexicon.size() >= 1000, "size " + lexicon.size());
    for (Concept c : lexicon.concepts()) {
      for (Language l : Lexicon.COLUMNS) {
        assertTrue(!c.terms(l).isEmpty(), c.id() + " lacks " + l);
      }
    }
  }

  @Test
  void testProblemsNamesEveryBadLineAndParseTheFirst(@TempDir Path dir) throws Exception {
    String text =
        "# mine\n"
            + "bad line\n"
            + "edge-node\tcloud\tedge node\tnodo perimetral\tnodo edge\tnút biên\n"
            + "Bad Id\tcloud\ta\tb\tc\td\n"
            + "edge-node\tcloud\tedge\tborde\tbordo\tbiên\n";
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, text);
    List<String> problems =
        Lexicon.problems(file).stream().map(e -> e.line() + ": " + e.getMessage()).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("2: "), problems.toString());
    assertTrue(problems.get(1).startsWith("4: "), problems.toString());
    assertTrue(problems.get(2).contains("already defined on line 3"), problems.toString());
    LexiconFormatException first =
        assertThrows(LexiconFormatException.class, () -> Lexicon.load(file));
    assertEquals(2, first.line());
  }
}
