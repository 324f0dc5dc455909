package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.search.SearchRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ParsedQueryTest {
  private static final Analysis ANALYSIS = new Analysis();

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  private static ParsedQuery parse(String text) {
    return ParsedQuery.parse(SearchRequest.of(text), ANALYSIS);
  }

  @Test
  void quotedTextIsAPhraseAndLeavesASpace() {
    ParsedQuery q = parse("cloud \"server farm\" Germany «centro de datos");
    assertEquals(List.of("server farm", "centro de datos"), q.phrases());
    assertEquals("cloud   Germany  ", q.free());
    assertEquals(Optional.empty(), q.language());
  }

  @Test
  void germanLowAndFullwidthQuotesOpenAPhrase() {
    ParsedQuery q = parse("„Rechenzentrum“ Investition ＂server farm＂ Deutschland");
    assertEquals(List.of("Rechenzentrum", "server farm"), q.phrases());
    assertEquals("  Investition   Deutschland", q.free());
  }

  @Test
  void aPhraseQuotedAgainIsSearchedOnce() {
    ParsedQuery q =
        parse("\"data centre\" \"data  centre\" “server farm” \" data centre\" \"Data Centre\"");
    assertEquals(List.of("data centre", "server farm"), q.phrases());
  }

  @Test
  void theDeclaredLanguageIsParsedAndAnUnknownOneRejected() {
    SearchRequest es = SearchRequest.builder().query("nube").queryLanguage("es").build();
    assertEquals(Optional.of(Language.ES), ParsedQuery.parse(es, ANALYSIS).language());
    // Read as a source's or a filter's language is: names and three-letter codes too.
    for (String spanish : List.of("spanish", "spa", "es-MX", "Español")) {
      SearchRequest named = SearchRequest.builder().query("nube").queryLanguage(spanish).build();
      assertEquals(
          Optional.of(Language.ES), ParsedQuery.parse(named, ANALYSIS).language(), spanish);
    }
    // A language Loci does not analyze is refused when the request is built, not when it runs.
    SearchRequest.Builder de = SearchRequest.builder().query("Wolke").queryLanguage("de");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, de::build);
    assertTrue(e.getMessage().contains("'de' is not one Loci analyzes"), e.getMessage());
    // "und", a detector's answer for a text it cannot tell, declares no language.
    SearchRequest und = SearchRequest.builder().query("Wolke").queryLanguage("und").build();
    assertEquals(Optional.empty(), und.queryLanguage());
    assertEquals(Optional.empty(), ParsedQuery.parse(und, ANALYSIS).language());
  }

  @Test
  void aTextIsAnalyzedOncePerField() {
    ParsedQuery q = parse("data centres");
    String field = Fields.textField(Language.EN);
    List<Token> first = q.tokens(field, "data centres");
    assertSame(first, q.tokens(field, "data centres"));
    assertEquals(Analysis.tokens(ANALYSIS.queryAnalyzer(field), field, "data centres"), first);
    // Another field, another analyzer: analyzed apart.
    List<Token> neutral = q.neutralTokens("data centres");
    assertEquals(List.of("data", "centres"), neutral.stream().map(Token::term).toList());
  }

  @Test
  void conceptsAreFoundWithTheQueryTokens() throws Exception {
    ParsedQuery q = parse("nuevos centros de datos");
    ConceptMatcher matcher =
        new ConceptMatcher(io.github.loci.core.lexicon.Lexicon.builtIn(), ANALYSIS);
    List<ConceptMatcher.Match> found = q.concepts(matcher, q.free());
    assertEquals(matcher.find(q.free(), Optional.empty()), found);
    assertTrue(
        found.stream().anyMatch(m -> m.concepts().contains("data-centre")), found.toString());
  }

  @Test
  void holesReplaceMatchedSpansAndFunctionWords() {
    ParsedQuery q = parse("the cloud of Alibaba");
    String text = q.free();
    ConceptMatcher.Match cloud =
        new ConceptMatcher.Match(Language.EN, 4, 9, "cloud", List.of("cloud"));
    String holed = ParsedQuery.withHoles(text, List.of(cloud), m -> true);
    assertEquals("the " + "\u2029".repeat(5) + " of Alibaba", holed);
    assertSame(text, ParsedQuery.withHoles(text, List.of(cloud), m -> false));
    String content = q.withoutFunctionWords(text);
    assertEquals(text.length(), content.length());
    assertFalse(content.contains("the"), content);
    assertTrue(content.contains("cloud") && content.contains("Alibaba"), content);
  }

  @Test
  void pairTokensDoNotPairWordsAcrossAHole() {
    ParsedQuery q = parse("x");
    String field =
        ANALYSIS.fields(Language.VI).stream()
            .filter(f -> f.pairs() && !f.folded())
            .findFirst()
            .orElseThrow()
            .name();
    String whole = "trung tâm dữ liệu";
    int hole = whole.indexOf(" dữ");
    String split = whole.substring(0, hole) + "\u2029" + whole.substring(hole + 1);
    List<Token> wholeTokens = q.pairTokens(field, whole);
    List<Token> splitTokens = q.pairTokens(field, split);
    assertTrue(
        wholeTokens.stream().anyMatch(t -> t.start() < hole && t.end() > hole),
        "no pair spans the middle: " + wholeTokens);
    assertTrue(
        splitTokens.stream().noneMatch(t -> t.start() < hole && t.end() > hole),
        "a pair spans the hole: " + splitTokens);
    assertFalse(splitTokens.isEmpty());
  }

  @Test
  void diacriticsAreDetectedAndKeepAFieldsText() {
    assertFalse(ParsedQuery.hasDiacritics("data centres"));
    assertTrue(ParsedQuery.hasDiacritics("trung tâm"));
    assertTrue(ParsedQuery.hasDiacritics("đám"));
    assertTrue(ParsedQuery.hasDiacritics("inversión"));
    Analysis.LanguageField folded =
        ANALYSIS.fields(Language.VI).stream()
            .filter(f -> f.folded() && !f.pairs())
            .findFirst()
            .orElseThrow();
    Analysis.LanguageField foldedPairs =
        ANALYSIS.fields(Language.VI).stream()
            .filter(f -> f.folded() && f.pairs())
            .findFirst()
            .orElseThrow();
    assertEquals("trung ", ParsedQuery.searchedText(folded, "trung tâm"));
    assertEquals("", ParsedQuery.searchedText(foldedPairs, "trung tâm"));
    assertEquals("trung tam", ParsedQuery.searchedText(foldedPairs, "trung tam"));
  }
}
