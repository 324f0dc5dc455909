package io.github.loci.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.analyze.Analysis;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalyzedLexiconTest {
  private static final String SMALL =
      "cloud\tcloud\tcloud | the cloud\tnube\tnuvola\tđám mây\n"
          + "data-centre\tcloud\tdata centre | data center\tcentro de datos\tdata center\t"
          + "trung tâm dữ liệu\n";

  @Test
  void theBuiltInLexiconsPrecomputedFormIsWhatAnalyzingItGives() throws Exception {
    try (Analysis analysis = new Analysis()) {
      var precomputed = AnalyzedLexicon.load(Lexicon.builtIn(), analysis);
      assertTrue(precomputed.isPresent(), "the build did not write " + AnalyzedLexicon.RESOURCE);
      assertEquals(new ConceptMatcher(Lexicon.builtIn(), analysis).analyzeAll(), precomputed.get());
      // And a lazy matcher, which reads it, finds what an eager one finds.
      ConceptMatcher lazy = ConceptMatcher.lazy(Lexicon.builtIn(), analysis);
      ConceptMatcher eager = new ConceptMatcher(Lexicon.builtIn(), analysis);
      for (String text :
          new String[] {"nuevos centros de datos", "thị phần điện toán đám mây", "investments"}) {
        assertEquals(eager.find(text, Optional.empty()), lazy.find(text, Optional.empty()));
      }
    }
  }

  @Test
  void anotherLexiconOrAnotherAnalysisDoesNotUseIt() throws Exception {
    try (Analysis tuned = new Analysis();
        Analysis untuned = new Analysis(Analysis.Profile.LOCI, false)) {
      Lexicon small = Lexicon.parse("small.tsv", SMALL);
      assertEquals(Optional.empty(), AnalyzedLexicon.load(small, tuned));
      assertEquals(Optional.empty(), AnalyzedLexicon.load(Lexicon.builtIn(), untuned));
      assertNotEquals(
          AnalyzedLexicon.fingerprint(Lexicon.builtIn(), tuned),
          AnalyzedLexicon.fingerprint(Lexicon.builtIn(), untuned));
    }
  }

  @Test
  void aWrittenFormReadsBackOnlyForItsOwnLexiconAndAnalysis() throws Exception {
    try (Analysis analysis = new Analysis()) {
      Lexicon small = Lexicon.parse("small.tsv", SMALL);
      var analyzed = new ConceptMatcher(small, analysis).analyzeAll();
      StringWriter out = new StringWriter();
      AnalyzedLexicon.write(small, analysis, analyzed, out);
      byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(
          Optional.of(analyzed),
          AnalyzedLexicon.read(new ByteArrayInputStream(bytes), small, analysis));
      assertEquals(
          Optional.empty(),
          AnalyzedLexicon.read(new ByteArrayInputStream(bytes), Lexicon.builtIn(), analysis));
    }
  }
}
