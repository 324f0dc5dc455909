package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Query translation through the lexicon, and scores comparable across languages. */
class CrossLingualSearchTest {
  private static final String LEXICON =
      "cloud\tcloud\tcloud\tnube\tnuvola\tđám mây\n"
          + "storage\tcloud\tstorage | disk | drive | archive | vault\talmacenamiento | disco"
          + " | unidad | archivo | bóveda | depósito\tarchiviazione | disco\tlưu trữ\n"
          + "spark\tgeneral\tspark\tchispa\tscintilla\ttia lửa\n";

  private static Source source(String id, String lang, String text) {
    return new Source(id, id, Optional.empty(), Optional.empty(), Optional.of(lang), text);
  }

  private static Loci loci(List<Source> sources) throws Exception {
    Loci loci =
        Loci.builder().lexicon(Lexicon.parse("test.tsv", LEXICON)).topics(Topics.none()).build();
    loci.index(sources);
    return loci;
  }

  private static Map<String, Float> scores(Loci loci, SearchRequest request) throws Exception {
    return loci.search(request).hits().stream()
        .collect(Collectors.toMap(Hit::sourceId, Hit::score));
  }

  @Test
  void testATermWithManyTranslationsDoesNotOutweighOneWithFew() throws Exception {
    try (Loci loci =
        loci(
            List.of(
                source("all-synonyms", "es", "Almacenamiento, disco, unidad, archivo y bóveda."),
                source("one-synonym", "es", "Depósito barato para todos."),
                source("spark", "es", "Una chispa brillante para todos."),
                source("filler", "es", "Otra frase sin nada especial.")))) {
      Map<String, Float> s = scores(loci, SearchRequest.builder().query("storage spark").build());
      // One group per concept: five storage terms (each as rare as "depósito") count as the best
      // one, not five times.
      assertTrue(
          s.get("all-synonyms") <= s.get("one-synonym"),
          "five translations of one word outweigh one: " + s);
      assertTrue(s.get("spark") > 0.5f * s.get("one-synonym"), s.toString());
    }
  }

  /**
   * The same share of passages (a quarter) holds a word in each language: 1 of 4 in English, 5 of
   * 20 in Spanish; every passage has the same length.
   */
  private static List<Source> quarterOfEach(String english, String spanish) {
    List<Source> sources = new ArrayList<>();
    sources.add(source("en-hit", "en", english + " alpha."));
    for (int i = 0; i < 3; i++) {
      sources.add(source("en-" + i, "en", "Filler beta" + i + "."));
    }
    for (int i = 0; i < 5; i++) {
      sources.add(source("es-hit-" + i, "es", spanish + " gamma" + i + "."));
    }
    for (int i = 0; i < 15; i++) {
      sources.add(source("es-" + i, "es", "Relleno delta" + i + "."));
    }
    return sources;
  }

  @Test
  void testScoresDoNotDependOnHowManyPassagesALanguageHas() throws Exception {
    try (Loci loci = loci(quarterOfEach("Cloud", "Nube"))) {
      // Free text whose language the lexicon cannot tell (an English and a Spanish term of one
      // concept): no language is weighed higher (a declared or lexicon-told one is).
      Map<String, Float> s = scores(loci, SearchRequest.builder().query("cloud nube").build());
      float en = s.get("en-hit");
      float es = s.get("es-hit-0");
      assertEquals(en, es, 1e-3 * en, "English and Spanish evidence should tie: " + s);
    }
  }

  @Test
  void testUndeclaredTextInOneLexiconLanguageIsSearchedAsDeclared() throws Exception {
    try (Loci loci = loci(quarterOfEach("Cloud storage", "Nube barata"))) {
      // Every lexicon term of "cloud storage" is English: searched as if --lang en, the typed words
      // weigh as typed and the Spanish translation as the concept's English share.
      Map<String, Float> guessed =
          scores(loci, SearchRequest.builder().query("cloud storage").build());
      Map<String, Float> declared =
          scores(loci, SearchRequest.builder().query("cloud storage").queryLanguage("en").build());
      assertEquals(declared, guessed);
      assertTrue(guessed.get("en-hit") > guessed.get("es-hit-0"), guessed.toString());
    }
  }

  @Test
  void testWordsOutsideTheLexiconScoreByTheirShareOfTheirLanguagesPassages() throws Exception {
    // With each field's raw statistics the English passage would score lower (the smoothing
    // weighs more in a small field).
    try (Loci loci = loci(quarterOfEach("Zorblat", "Zorblat"))) {
      Map<String, Float> s = scores(loci, SearchRequest.builder().query("zorblat").build());
      assertEquals(s.get("en-hit"), s.get("es-hit-0"), 1e-3 * s.get("en-hit"), s.toString());
    }
  }

  @Test
  void testADeclaredLanguageIsNeverWeighedLowerThanATranslation() throws Exception {
    // Every English passage says "cloud", two Spanish ones of twenty say "nube": declared English,
    // the translation takes the concept's English share as its IDF, as the typed word does.
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sources.add(source("en-" + i, "en", "Cloud alpha" + i + "."));
    }
    for (int i = 0; i < 20; i++) {
      sources.add(source("es-" + i, "es", (i < 2 ? "Nube" : "Relleno") + " gamma" + i + "."));
    }
    try (Loci loci = loci(sources)) {
      Map<String, Float> s =
          scores(
              loci, SearchRequest.builder().query("cloud").queryLanguage("en").limit(40).build());
      assertTrue(s.get("en-0") >= s.get("es-0"), s.toString());
      assertTrue(s.containsKey("es-0"), "the translation still finds Spanish evidence: " + s);
    }
  }

  @Test
  void testUndeclaredFunctionWordsStayInTheLanguageTheLexiconTells() throws Exception {
    try (Loci loci = loci(List.of(source("en", "en", "Growth per year in the cloud.")))) {
      SearchResult it = loci.search(SearchRequest.builder().query("nuvola per il mercato").build());
      for (String field : List.of("text_en:", "text_es:", "text_vi:")) {
        assertTrue(!it.query().contains(field + "per"), it.query());
        assertTrue(!it.query().contains(field + "il"), it.query());
      }
    }
  }

  @Test
  void testVietnamesePairsNeverJoinWordsAcrossAConceptOrAFunctionWord() throws Exception {
    try (Loci loci = loci(List.of(source("vi", "vi", "Hà Nội có đám mây.")))) {
      // Undeclared: "đám mây" is a concept, searched as one group; its neighbours are no pair.
      String query =
          loci.search(SearchRequest.builder().query("mở đám mây ở Hà Nội").build()).query();
      assertTrue(query.contains("text_vi_pairs:ở hà"), query);
      assertTrue(!query.contains("text_vi_pairs:mở ở"), query);
      // Spanish "de" is left out of the other languages' fields: "nube" and "amazon" are no pair.
      String spanish =
          loci.search(SearchRequest.builder().query("la nube de Amazon").build()).query();
      assertTrue(!spanish.contains("_pairs:nube amazon"), spanish);
    }
  }

  @Test
  void testADiacriticFreeFieldKeepsFunctionWordsOnlyInItsOwnLanguage() throws Exception {
    try (Loci loci = loci(List.of(source("vi", "vi", "Con đường đến thành phố.")))) {
      // "con" is a Spanish function word, and a Vietnamese word (with or without diacritics).
      String declared =
          loci.search(SearchRequest.builder().query("con duong").queryLanguage("vi").build())
              .query();
      assertTrue(declared.contains("text_vi_folded:con"), declared);
      assertTrue(declared.contains("text_vi_folded_pairs:con duong"), declared);
      String spanish =
          loci.search(SearchRequest.builder().query("con duong").queryLanguage("es").build())
              .query();
      assertTrue(!spanish.contains("text_vi_folded:con"), spanish);
      assertTrue(!spanish.contains("text_vi_folded_pairs:con"), spanish);
    }
  }

  @Test
  void testFunctionWordsNeverCrossLanguages() throws Exception {
    // Spanish "sin" (without) is a function word; English "sin" is not.
    try (Loci loci =
        loci(
            List.of(
                source("en", "en", "The original sin of the cloud market."),
                source("es", "es", "Un mercado sin nube.")))) {
      List<String> hits =
          loci
              .search(SearchRequest.builder().query("sin").queryLanguage("es").build())
              .hits()
              .stream()
              .map(Hit::sourceId)
              .toList();
      assertEquals(List.of(), hits);
      List<String> english =
          loci
              .search(SearchRequest.builder().query("sin").queryLanguage("en").build())
              .hits()
              .stream()
              .map(Hit::sourceId)
              .toList();
      assertEquals(List.of("en"), english);
    }
  }

  @Test
  void testExpansionsAndMatchesNameTheConcept() throws Exception {
    try (Loci loci =
        loci(
            List.of(
                source("vi", "vi", "Điện toán đám mây đang tăng trưởng."),
                source("it", "it", "La nuvola europea cresce.")))) {
      SearchResult result = loci.search(SearchRequest.builder().query("nube").build());
      assertEquals(1, result.expansions().size());
      Expansion e = result.expansions().get(0);
      assertEquals("es", e.language());
      assertEquals(List.of("cloud"), e.concepts());
      assertEquals(List.of("đám mây"), e.terms().get("vi"));
      assertEquals(2, result.hits().size());
      for (Hit hit : result.hits()) {
        assertEquals(List.of("cloud"), hit.matches().get(0).concepts(), hit.toString());
      }
      SearchResult typed =
          loci.search(SearchRequest.builder().query("nube").translate(false).build());
      assertEquals(List.of(), typed.hits());
    }
  }
}
