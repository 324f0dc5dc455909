package io.github.loci.examples.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.eval.Metric;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * XQuAD MRR@10 per language, pinned to what {@code loci bench xquad} measured when it was last
 * raised: a change that loses more than {@value #TOLERANCE} fails. Runs with {@code -Pregression}.
 */
@Tag("regression")
class XquadRegressionTest {
  static final double TOLERANCE = 0.005;
  static final Path DATA = Path.of("..", "benchmarks", "data", "xquad");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, 0.8985", "es, 0.8632", "vi, 0.8797"})
  void testMrrAt10DoesNotRegress(String lang, double pinned) throws Exception {
    Xquad.Result result = Xquad.run(DATA, lang, lang);
    double mrr = result.evaluation().mean(Metric.parse("MRR@10"));
    System.out.printf(Locale.ROOT, "XQuAD %s MRR@10 %.4f (pinned %.4f)%n", lang, mrr, pinned);
    assertTrue(
        mrr >= pinned - TOLERANCE,
        String.format(Locale.ROOT, "XQuAD %s MRR@10 fell from %.4f to %.4f", lang, pinned, mrr));
  }
}
