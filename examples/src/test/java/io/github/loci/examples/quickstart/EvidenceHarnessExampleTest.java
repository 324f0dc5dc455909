package io.github.loci.examples.quickstart;

import io.github.loci.core.Loci;
import io.github.loci.core.eval.LociAssertions;
import io.github.loci.core.eval.Metric;
import io.github.loci.core.eval.Runs;
import io.github.loci.core.eval.SpanJudgments;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a test harness validates retrieval with Loci's assertions, in JUnit 5: index a corpus, then
 * assert that quoted evidence is found within the top k, and that a metric holds over judged
 * queries. The assertions throw AssertionError, so JUnit 4 and TestNG work the same way.
 */
class EvidenceHarnessExampleTest {
  private static Loci loci;

  @BeforeAll
  static void index() throws Exception {
    loci = Loci.inMemory();
    loci.index(
        List.of(
            Source.of("es-1", "Nube", "Alibaba abrió un centro de datos en Colombia el año pasado.")
                .withLanguage("es"),
            Source.of(
                    "it-1", "Cloud", "Alibaba ha scelto la Germania per la sua nuova server farm.")
                .withLanguage("it"),
            Source.of(
                    "en-1",
                    "Retail",
                    "Alibaba sold goods worth 17 billion dollars on Singles' Day.")
                .withLanguage("en")));
  }

  @AfterAll
  static void close() throws Exception {
    loci.close();
  }

  @Test
  void testEvidenceIsFoundInEveryLanguage() throws Exception {
    LociAssertions.assertEvidenceInTopK(loci, "data centres", "es-1", "centro de datos", 2);
    LociAssertions.assertEvidenceInTopK(loci, "data centres", "it-1", "nuova server farm", 2);
  }

  @Test
  void testJudgedQueriesMeetTheirTargets() throws Exception {
    SearchResult result =
        loci.search(SearchRequest.builder().query("data centres").limit(10).build());
    SpanJudgments judgments =
        SpanJudgments.of(
            List.of(
                SpanJudgments.fromQuote(
                    "dc", "es-1", loci.sourceText("es-1").orElseThrow(), "un centro de datos", 2),
                SpanJudgments.fromQuote(
                    "dc", "it-1", loci.sourceText("it-1").orElseThrow(), "server farm", 1)));
    var ranked = Runs.retrieved(Map.of("dc", result));
    LociAssertions.assertNdcgAtLeast(judgments, ranked, 10, 0.9);
    LociAssertions.assertAtLeast(judgments, ranked, Metric.parse("Recall@10"), 1.0);
  }
}
