package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.Expansion;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConceptClausesTest {
  private static final Analysis ANALYSIS = new Analysis();
  private static ConceptMatcher matcher;
  private static ConceptClauses clauses;

  @org.junit.jupiter.api.BeforeAll
  static void setUp() throws Exception {
    Lexicon lexicon = Lexicon.parse("test.tsv", "cloud\tcloud\tcloud\tnube\tnuvola\tđám mây\n");
    matcher = new ConceptMatcher(lexicon, ANALYSIS);
    clauses =
        new ConceptClauses(ANALYSIS, new CompiledExpansions(ANALYSIS, Topics.none(), lexicon));
  }

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  private record Made(Query clause, Labels labels, List<Expansion> expansions) {}

  private static Made make(SearchRequest request) {
    ParsedQuery q = ParsedQuery.parse(request, ANALYSIS);
    List<ConceptMatcher.Match> found = q.concepts(matcher, q.free());
    assertEquals(1, found.size(), found.toString());
    Labels labels = new Labels();
    List<Expansion> expansions = new ArrayList<>();
    return new Made(clauses.clause(q, found.get(0), labels, expansions), labels, expansions);
  }

  @Test
  void undeclaredAConceptIsPooledOverEveryLanguageAndTheTypedWords() {
    Made made = make(SearchRequest.of("nubes"));
    String text = made.clause().toString();
    assertTrue(text.startsWith("concept(cloud: "), text);
    assertTrue(text.contains("text_en:cloud") && text.contains("text_it:nuvol"), text);
    assertTrue(text.contains("text_neutral:nubes"), text);
    assertEquals(made.clause(), make(SearchRequest.of("nubes")).clause());
    Expansion e = made.expansions().get(0);
    assertEquals("nubes", e.text());
    assertEquals("es", e.language());
    assertEquals(List.of("cloud"), e.concepts());
    assertTrue(e.terms().containsKey("vi"), e.toString());
  }

  @Test
  void declaredTheTypedLanguageIsCountedNotScored() {
    Made made =
        make(SearchRequest.builder().query("nubes").queryLanguage(Language.ES.code()).build());
    String text = made.clause().toString();
    assertTrue(!text.contains("text_es:"), text);
    assertTrue(!text.contains("text_neutral"), text);
    assertEquals(List.of("nubes"), made.expansions().get(0).terms().get("es"));
    // The typed words, searched as free text, are labelled with the concept.
    String field = io.github.loci.core.index.Fields.textField(Language.ES);
    String stem = Analysis.tokens(ANALYSIS.queryAnalyzer(field), field, "nubes").get(0).term();
    assertEquals(
        List.of("cloud"),
        made.labels()
            .of(
                new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(field, stem))));
  }

  @Test
  void inItsOwnLanguageATermOfSeveralWordsIsAPhraseAndItsOtherTermsAreScored() throws Exception {
    Lexicon lexicon =
        Lexicon.parse(
            "test.tsv",
            "public-cloud\tcloud\tpublic cloud\tnube pública|nube abierta\tcloud pubblico"
                + "\tđám mây công cộng\n");
    ConceptMatcher own = new ConceptMatcher(lexicon, ANALYSIS);
    ConceptClauses made =
        new ConceptClauses(ANALYSIS, new CompiledExpansions(ANALYSIS, Topics.none(), lexicon));
    ParsedQuery q =
        ParsedQuery.parse(
            SearchRequest.builder().query("nube pública").queryLanguage("es").build(), ANALYSIS);
    List<ConceptMatcher.Match> found = q.concepts(own, q.free());
    Labels labels = new Labels();
    List<Expansion> expansions = new ArrayList<>();
    String text = made.clause(q, found.get(0), labels, expansions).toString();
    String field = io.github.loci.core.index.Fields.textField(Language.ES);
    // The words typed, a phrase in the group; the other Spanish term too, at half weight.
    assertTrue(text.contains(field + ":\"nub public\""), text);
    assertTrue(text.contains("(" + field + ":\"nub abiert\")^0.25"), text);
    assertEquals(
        List.of("nube pública", "nube abierta"), expansions.get(0).terms().get("es"), text);
    // One of its words alone ("pública" of a tender) is not the concept: not labelled.
    assertEquals(
        List.of(),
        labels.of(
            new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(field, "public"))));
  }
}
