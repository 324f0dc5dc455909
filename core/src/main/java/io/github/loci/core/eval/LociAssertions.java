package io.github.loci.core.eval;

import io.github.loci.core.Loci;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assertions for test harnesses. They throw {@link AssertionError}, so they work in JUnit 4 and 5
 * and TestNG alike, and their messages show the ranked list and where the evidence actually was.
 *
 * {@snippet :
 * LociAssertions.assertEvidenceInTopK(loci, "data centres", "003", "16 operational data centers", 5);
 * }
 */
public final class LociAssertions {
  /** How deep to look for evidence that is not in the top k, to say where it was. */
  static final int LOOK_DEEPER = 1000;

  private LociAssertions() {}

  /**
   * Asserts that a query finds, within its top k, a passage covering at least half of the evidence
   * quoted from a source.
   *
   * @param loci the index
   * @param query the free-text query
   * @param sourceId the source of the evidence
   * @param quote the evidence, quoted exactly (no-break spaces, quotes and apostrophes match either
   *     way)
   * @param k the cut-off
   * @return the hit that covers the evidence
   * @throws AssertionError if no hit in the top k covers it, or the quote is not in the source
   * @throws IOException if the index cannot be read
   */
  public static Hit assertEvidenceInTopK(
      Loci loci, String query, String sourceId, String quote, int k) throws IOException {
    String text =
        loci.sourceText(sourceId)
            .orElseThrow(() -> new AssertionError("no source '" + sourceId + "' in the index"));
    EvidenceSpan evidence;
    try {
      evidence = SpanJudgments.fromQuote(query, sourceId, text, quote, 1);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    SearchResult deep =
        loci.search(SearchRequest.builder().query(query).limit(Math.max(k, LOOK_DEEPER)).build());
    List<Hit> hits = deep.hits();
    for (Hit hit : hits) {
      if (evidence.coveredBy(RetrievedPassage.of(hit))) {
        if (hit.rank() <= k) {
          return hit;
        }
        throw new AssertionError(
            String.format(
                Locale.ROOT,
                "evidence «%s» of %s is at rank %d (%s), not within the top %d for «%s»:%n%s",
                quote,
                sourceId,
                hit.rank(),
                hit.passageId(),
                k,
                query,
                describe(hits, k)));
      }
    }
    throw new AssertionError(
        String.format(
            Locale.ROOT,
            "evidence «%s» of %s (chars %d–%d) is in none of the %d passages returned for «%s»;"
                + " top %d:%n%s",
            quote,
            sourceId,
            evidence.start(),
            evidence.end(),
            hits.size(),
            query,
            k,
            describe(hits, k)));
  }

  /**
   * Asserts a minimum nDCG@k of a run on document-level judgments.
   *
   * @param qrels the judgments
   * @param run the run
   * @param k the cut-off
   * @param atLeast the minimum mean nDCG@k
   * @return the evaluation, for further checks
   * @throws AssertionError if the mean is lower; the message lists each query's value
   */
  public static Evaluation assertNdcgAtLeast(Qrels qrels, Run run, int k, double atLeast) {
    Metric ndcg = new Metric(Metric.Kind.NDCG, k);
    Evaluation evaluation = Evaluator.evaluate(qrels, run, List.of(ndcg), Run.Order.SCORE);
    check(evaluation, ndcg, atLeast, null);
    return evaluation;
  }

  /**
   * Asserts a minimum nDCG@k of ranked passages on span judgments.
   *
   * @param judgments the evidence spans
   * @param ranked query id to its passages, best first
   * @param k the cut-off
   * @param atLeast the minimum mean nDCG@k
   * @return the evaluation, for further checks
   * @throws AssertionError if the mean is lower; the message lists each query's value and ranking
   */
  public static Evaluation assertNdcgAtLeast(
      SpanJudgments judgments, Map<String, List<RetrievedPassage>> ranked, int k, double atLeast) {
    return assertAtLeast(judgments, ranked, new Metric(Metric.Kind.NDCG, k), atLeast);
  }

  /**
   * Asserts a minimum mean of any metric of ranked passages on span judgments.
   *
   * @param judgments the evidence spans
   * @param ranked query id to its passages, best first
   * @param metric the metric, such as {@code Metric.parse("Recall@10")}
   * @param atLeast the minimum mean
   * @return the evaluation
   * @throws AssertionError if the mean is lower
   */
  public static Evaluation assertAtLeast(
      SpanJudgments judgments,
      Map<String, List<RetrievedPassage>> ranked,
      Metric metric,
      double atLeast) {
    Evaluation evaluation = judgments.evaluate(ranked, List.of(metric));
    check(evaluation, metric, atLeast, ranked);
    return evaluation;
  }

  private static void check(
      Evaluation evaluation,
      Metric metric,
      double atLeast,
      Map<String, List<RetrievedPassage>> ranked) {
    if (evaluation.evaluated() == evaluation.withoutRelevant().size()) {
      // No query has a relevant judgment (or none is judged): a mean of 0 would prove nothing.
      throw new AssertionError("no query could be evaluated: none has a relevant judgment");
    }
    double mean = evaluation.mean(metric);
    if (mean >= atLeast) {
      return;
    }
    StringBuilder message =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "mean %s is %.4f, expected at least %.4f over %d queries:",
                metric,
                mean,
                atLeast,
                evaluation.evaluated()));
    evaluation
        .perQuery()
        .forEach(
            (qid, values) -> {
              message.append(String.format(Locale.ROOT, "%n  %s: %.4f", qid, values.get(metric)));
              if (ranked != null) {
                List<RetrievedPassage> list = ranked.get(qid);
                for (int i = 0; i < Math.min(metric.k() == 0 ? 10 : metric.k(), list.size()); i++) {
                  RetrievedPassage p = list.get(i);
                  message.append(
                      String.format(
                          Locale.ROOT,
                          "%n    %d. %s [%d, %d)",
                          i + 1,
                          p.sourceId(),
                          p.start(),
                          p.end()));
                }
              }
            });
    throw new AssertionError(message.toString());
  }

  private static String describe(List<Hit> hits, int k) {
    StringBuilder out = new StringBuilder();
    for (Hit hit : hits.subList(0, Math.min(k, hits.size()))) {
      String text = hit.text().replaceAll("\\s+", " ");
      out.append(
          String.format(
              Locale.ROOT,
              "  %d. %s %.3f %s%n",
              hit.rank(),
              hit.passageId(),
              hit.score(),
              text.length() > 100 ? text.substring(0, 100) + "…" : text));
    }
    return out.toString();
  }
}
