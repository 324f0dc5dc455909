package io.github.loci.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics per query and their means.
 *
 * @param metrics the metrics computed, in order, each once
 * @param perQuery query id to metric to value, for the evaluated queries
 * @param mean metric to its mean over the evaluated queries (0 when none was evaluated)
 * @param withoutRelevant evaluated queries whose judgments are all below grade 1: every metric is 0
 *     for them, and they count in the means, as in trec_eval
 * @param notJudged queries of the run that have no judgment at all (no qrels line, no evidence
 *     span): not evaluated, as trec_eval leaves out a run's queries the qrels lack
 * @param missingFromRun judged queries that the run lacks: left out of the means, as trec_eval does
 *     without {@code -c}, or evaluated as queries with no results when asked ({@link
 *     Evaluator#evaluate(Qrels, Run, List, Run.Order, boolean)})
 */
public record Evaluation(
    List<Metric> metrics,
    Map<String, Map<Metric, Double>> perQuery,
    Map<Metric, Double> mean,
    List<String> withoutRelevant,
    List<String> notJudged,
    List<String> missingFromRun) {

  /** Copies the collections; a metric given twice is kept once. */
  public Evaluation {
    metrics = metrics.stream().distinct().toList();
    Map<String, Map<Metric, Double>> copy = new TreeMap<>();
    perQuery.forEach((q, m) -> copy.put(q, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    perQuery = Collections.unmodifiableMap(copy);
    mean = Collections.unmodifiableMap(new LinkedHashMap<>(mean));
    withoutRelevant = List.copyOf(withoutRelevant);
    notJudged = List.copyOf(notJudged);
    missingFromRun = List.copyOf(missingFromRun);
  }

  /**
   * The number of queries in the means.
   *
   * @return how many queries were evaluated
   */
  public int evaluated() {
    return perQuery.size();
  }

  /**
   * A metric's mean.
   *
   * @param metric the metric
   * @return its mean
   * @throws IllegalArgumentException if it was not computed
   */
  public double mean(Metric metric) {
    Double value = mean.get(metric);
    if (value == null) {
      throw new IllegalArgumentException(metric + " was not computed");
    }
    return value;
  }

  static Evaluation of(
      List<Metric> asked,
      Map<String, JudgedRanking> rankings,
      List<String> withoutRelevant,
      List<String> notJudged,
      List<String> missingFromRun) {
    // A metric given twice (P@2 and p@2 are one) would add each query's value twice to its sum.
    List<Metric> metrics = asked.stream().distinct().toList();
    Map<String, Map<Metric, Double>> perQuery = new TreeMap<>();
    Map<Metric, Double> sums = new LinkedHashMap<>();
    metrics.forEach(m -> sums.put(m, 0.0));
    rankings.forEach(
        (qid, ranking) -> {
          Map<Metric, Double> values = new LinkedHashMap<>();
          for (Metric m : metrics) {
            double v = m.compute(ranking);
            values.put(m, v);
            sums.merge(m, v, Double::sum);
          }
          perQuery.put(qid, values);
        });
    for (String qid : withoutRelevant) {
      Map<Metric, Double> zeros = new LinkedHashMap<>();
      metrics.forEach(m -> zeros.put(m, 0.0));
      perQuery.put(qid, zeros);
    }
    int evaluated = perQuery.size();
    Map<Metric, Double> mean = new LinkedHashMap<>();
    sums.forEach((m, sum) -> mean.put(m, evaluated == 0 ? 0 : sum / evaluated));
    return new Evaluation(metrics, perQuery, mean, withoutRelevant, notJudged, missingFromRun);
  }
}
