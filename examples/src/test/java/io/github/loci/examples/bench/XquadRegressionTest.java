package io.github.loci.examples.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.eval.Metric;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * XQuAD MRR@10 per language and across languages (questions in one, passages in another) on the
 * user's path (sources' language detected, questions' undeclared), pinned to what {@code loci bench
 * xquad} measured when it was last raised: a change that loses more than {@value #TOLERANCE} fails.
 * Runs with {@code -Pregression}.
 */
@Tag("regression")
class XquadRegressionTest {
  static final double TOLERANCE = 0.005;
  static final Path DATA = Path.of("..", "benchmarks", "data", "xquad");

  @ParameterizedTest(name = "{0}-{1}")
  @CsvSource({
    "en, en, 0.9183",
    "es, es, 0.8959",
    "vi, vi, 0.9096",
    "en, es, 0.7116",
    "en, vi, 0.6598",
    "es, en, 0.6996"
  })
  void testMrrAt10DoesNotRegress(String lang, String passages, double pinned) throws Exception {
    Xquad.Result result = Xquad.run(DATA, lang, passages, Xquad.Config.FULL, Xquad.Mode.USER);
    double mrr = result.evaluation().mean(Metric.parse("MRR@10"));
    System.out.printf(
        Locale.ROOT,
        "XQuAD %s MRR@10 %.4f (pinned %.4f), Recall@10 %.4f%n",
        result.name(),
        mrr,
        pinned,
        result.evaluation().mean(Metric.parse("Recall@10")));
    assertTrue(
        mrr >= pinned - TOLERANCE,
        String.format(
            Locale.ROOT, "XQuAD %s MRR@10 fell from %.4f to %.4f", result.name(), pinned, mrr));
  }
}
