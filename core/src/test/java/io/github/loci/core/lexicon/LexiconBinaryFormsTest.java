package io.github.loci.core.lexicon;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.internal.Bundled;
import io.github.loci.core.lexicon.ConceptMatcher.Entry;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in lexicon's binary forms ({@link ConceptTable}, {@link MatcherTable}): what the build
 * wrote reads back as exactly what parsing and analyzing give; a form made from another lexicon or
 * analysis is not used; a damaged one is an error naming it.
 */
class LexiconBinaryFormsTest {
  private static final String SMALL =
      "cloud\tcloud\tcloud | the cloud\tnube\tnuvola\tđám mây\n"
          + "data-centre\tcloud\tdata centre | data center\tcentro de datos\tdata center\t"
          + "trung tâm dữ liệu\n";

  private static Analysis analysis;
  private static Lexicon parsed;

  @BeforeAll
  static void open() throws Exception {
    analysis = new Analysis();
    parsed = Lexicon.parseBuiltIn(Bundled.read(Lexicon.class, Lexicon.BUILT_IN));
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  @Test
  void theBuiltInLexiconIsReadFromItsBinaryFormAndIsWhatParsingGives() throws Exception {
    String fingerprint = Lexicon.tableFingerprint(parsed.resourceChecksum());
    assertTrue(
        ConceptTable.builtIn(fingerprint).isPresent(),
        "the build did not write " + ConceptTable.RESOURCE + " for this lexicon.tsv");
    Lexicon builtIn = Lexicon.builtIn();
    assertEquals(parsed.resourceChecksum(), builtIn.resourceChecksum());
    assertEquals(parsed.size(), builtIn.size());
    for (Concept concept : parsed.concepts()) {
      assertEquals(Optional.of(concept), builtIn.get(concept.id()), concept.id());
    }
    assertEquals(Optional.empty(), builtIn.get("no-such-concept"));
    assertEquals(Optional.empty(), builtIn.get("zzzz"));
    assertEquals(Optional.empty(), builtIn.get("0"));
    // All of them, in file order (decoded at once), and a lexicon extending it.
    assertEquals(parsed.concepts(), builtIn.concepts());
    Lexicon small = Lexicon.parse("small.tsv", SMALL);
    assertEquals(parsed.with(small).concepts(), builtIn.with(small).concepts());
  }

  @Test
  void theBuiltInMatcherIndexIsWhatAnalyzingTheLexiconGives() throws Exception {
    Optional<MatcherTable> table = MatcherTable.load(Lexicon.builtIn(), analysis);
    assertTrue(table.isPresent(), "the build did not write " + MatcherTable.RESOURCE);
    TermMap analyzed = ConceptMatcher.analyze(parsed, analysis);
    int keys = 0;
    for (var language : analyzed.byFirstTerm().entrySet()) {
      for (var key : language.getValue().entrySet()) {
        assertSameTerms(key.getValue(), table.get().startingWith(language.getKey(), key.getKey()));
        keys++;
      }
    }
    assertTrue(keys > 9_000, "only " + keys + " first tokens");
    for (var key : analyzed.byFirstFolded().entrySet()) {
      assertSameTerms(key.getValue(), table.get().foldedStartingWith(key.getKey()));
    }
    assertEquals(List.of(), table.get().startingWith(Language.EN, "zzzzzz"));
    assertEquals(List.of(), table.get().startingWith(Language.ES, ""));
    assertEquals(List.of(), table.get().foldedStartingWith("zzzzzz"));
    // And a lazy matcher, which reads it, finds what one that analyzes the lexicon finds.
    ConceptMatcher lazy = ConceptMatcher.lazy(Lexicon.builtIn(), analysis);
    assertTrue(lazy.terms() instanceof MatcherTable);
    ConceptMatcher eager = new ConceptMatcher(Lexicon.builtIn(), analysis);
    for (String text :
        new String[] {
          "nuevos centros de datos",
          "thị phần điện toán đám mây",
          "trung tam du lieu va dau tu",
          "investments in data centres",
          "quota di mercato"
        }) {
      assertEquals(eager.find(text, Optional.empty()), lazy.find(text, Optional.empty()), text);
    }
  }

  /** The same terms in the same order (longest first, then lexicon order), concepts in order. */
  private static void assertSameTerms(List<Entry> expected, List<Entry> actual) {
    assertEquals(expected, actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(List.copyOf(expected.get(i).concepts()), List.copyOf(actual.get(i).concepts()));
    }
  }

  @Test
  void aFormMadeFromAnotherLexiconOrAnalysisIsNotUsed() throws Exception {
    try (Analysis untuned = new Analysis(Analysis.Profile.LOCI, false)) {
      Lexicon small = Lexicon.parse("small.tsv", SMALL);
      assertEquals(Optional.empty(), MatcherTable.load(small, analysis));
      assertEquals(Optional.empty(), MatcherTable.load(Lexicon.builtIn(), untuned));
      assertNotEquals(
          MatcherTable.fingerprint(Lexicon.builtIn(), analysis),
          MatcherTable.fingerprint(Lexicon.builtIn(), untuned));
      // A lazy matcher then analyzes the lexicon itself.
      ConceptMatcher matcher = ConceptMatcher.lazy(Lexicon.builtIn(), untuned);
      assertTrue(matcher.terms() instanceof TermMap);
    }
    // Written for one fingerprint, read for another (a changed lexicon.tsv): not used.
    byte[] concepts = ConceptTable.write(parsed, "lexicon.tsv 00000001");
    assertTrue(ConceptTable.read("t", concepts, "lexicon.tsv 00000001").isPresent());
    assertEquals(Optional.empty(), ConceptTable.read("t", concepts, "lexicon.tsv 00000002"));
    // Another version of the format: not used.
    byte[] older = concepts.clone();
    older[ConceptTable.MAGIC.length() - 2]++;
    assertEquals(Optional.empty(), ConceptTable.read("t", older, "lexicon.tsv 00000001"));
  }

  @Test
  void aWrittenMatcherFormReadsBackOnlyForItsOwnFingerprint() throws Exception {
    Lexicon small = Lexicon.parse("small.tsv", SMALL);
    TermMap terms = ConceptMatcher.analyze(small, analysis);
    String fingerprint = MatcherTable.fingerprint(small, analysis);
    byte[] bytes = MatcherTable.write(terms, fingerprint);
    MatcherTable table = MatcherTable.read("small.matcher", bytes, fingerprint).orElseThrow();
    for (var language : terms.byFirstTerm().entrySet()) {
      for (var key : language.getValue().entrySet()) {
        assertSameTerms(key.getValue(), table.startingWith(language.getKey(), key.getKey()));
      }
    }
    assertSameTerms(terms.foldedStartingWith("trung"), table.foldedStartingWith("trung"));
    assertEquals(
        List.of("data-centre"), List.copyOf(table.foldedStartingWith("trung").get(0).concepts()));
    assertEquals(
        Optional.empty(),
        MatcherTable.read(
            "small.matcher", bytes, MatcherTable.fingerprint(Lexicon.builtIn(), analysis)));
  }

  @Test
  void aDamagedFormIsAnErrorNamingIt() throws Exception {
    byte[] concepts = ConceptTable.write(parsed, "f");
    byte[] matcher = MatcherTable.write(ConceptMatcher.analyze(parsed, analysis), "f");
    for (byte[] good : List.of(concepts, matcher)) {
      // A byte of the body changed.
      byte[] flipped = good.clone();
      flipped[good.length / 2] ^= 0x20;
      assertDamaged(flipped, "its checksum does not match its body");
      // Cut short.
      assertDamaged(Arrays.copyOf(good, good.length - 100), "its header says");
      assertDamaged(Arrays.copyOf(good, ConceptTable.MAGIC.length() + 3), "cut short");
    }
  }

  private static void assertDamaged(byte[] bytes, String problem) {
    for (boolean isMatcher : new boolean[] {false, true}) {
      String name = isMatcher ? MatcherTable.RESOURCE : ConceptTable.RESOURCE;
      String magic = isMatcher ? MatcherTable.MAGIC : ConceptTable.MAGIC;
      // Read with the magic it was written with: the other one is another format (not used).
      String start = new String(bytes, 0, Math.min(bytes.length, magic.length()), US_ASCII);
      if (!start.equals(magic)) {
        continue;
      }
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> {
                if (isMatcher) {
                  MatcherTable.read(name, bytes, "f");
                } else {
                  ConceptTable.read(name, bytes, "f");
                }
              });
      assertTrue(
          e.getMessage().contains("bundled resource " + name + " is damaged"), e.getMessage());
      assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
  }
}
