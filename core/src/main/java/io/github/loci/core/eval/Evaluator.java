package io.github.loci.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Evaluates runs against document-level qrels, as trec_eval does. */
public final class Evaluator {
  /** The metrics {@code loci eval} reports by default. */
  public static final List<Metric> DEFAULT_METRICS =
      List.of(
          Metric.parse("P@10"),
          Metric.parse("Recall@10"),
          Metric.parse("Recall@100"),
          Metric.parse("MRR@10"),
          Metric.parse("nDCG@10"),
          Metric.parse("MAP"),
          Metric.parse("Success@10"));

  private Evaluator() {}

  /**
   * Evaluates a run over the queries it shares with the qrels, as trec_eval does by default.
   *
   * @param qrels the judgments
   * @param run the run
   * @param metrics the metrics to compute (one given twice is computed once)
   * @param order how each query's entries are ordered (trec_eval's score order by default)
   * @return per-query values and means
   */
  public static Evaluation evaluate(Qrels qrels, Run run, List<Metric> metrics, Run.Order order) {
    return evaluate(qrels, run, metrics, order, false);
  }

  /**
   * Evaluates a run.
   *
   * @param qrels the judgments
   * @param run the run
   * @param metrics the metrics to compute (one given twice is computed once)
   * @param order how each query's entries are ordered (trec_eval's score order by default)
   * @param complete whether a judged query the run lacks counts in the means as a query with no
   *     results, every metric 0 (trec_eval's {@code -c}); otherwise it is left out
   * @return per-query values and means
   */
  public static Evaluation evaluate(
      Qrels qrels, Run run, List<Metric> metrics, Run.Order order, boolean complete) {
    Map<String, JudgedRanking> rankings = new TreeMap<>();
    List<String> withoutRelevant = new ArrayList<>();
    List<String> notJudged = new ArrayList<>();
    List<String> missing =
        qrels.queries().stream().filter(q -> !run.queries().contains(q)).toList();
    Set<String> evaluated = new TreeSet<>(run.queries());
    if (complete) {
      evaluated.addAll(missing);
    }
    for (String qid : evaluated) {
      Map<String, Integer> judged = qrels.judgments(qid);
      if (judged.isEmpty()) {
        notJudged.add(qid);
      } else if (judged.values().stream().noneMatch(g -> g > 0)) {
        withoutRelevant.add(qid);
      } else {
        rankings.put(qid, judge(judged, run.ranking(qid, order)));
      }
    }
    return Evaluation.of(metrics, rankings, withoutRelevant, notJudged, missing);
  }

  static JudgedRanking judge(Map<String, Integer> judged, List<Run.Entry> ranking) {
    double[] gains = new double[ranking.size()];
    int[] found = new int[ranking.size() + 1];
    for (int i = 0; i < ranking.size(); i++) {
      int grade = Math.max(0, judged.getOrDefault(ranking.get(i).docId(), 0));
      gains[i] = grade;
      found[i + 1] = found[i] + (grade > 0 ? 1 : 0);
    }
    double[] ideal =
        judged.values().stream()
            .filter(g -> g > 0)
            .sorted(Comparator.reverseOrder())
            .mapToDouble(Integer::doubleValue)
            .toArray();
    return new JudgedRanking(gains, found, ideal);
  }
}
