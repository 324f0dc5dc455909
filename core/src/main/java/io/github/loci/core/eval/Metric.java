package io.github.loci.core.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * A retrieval metric, with trec_eval's definitions. Relevant means a grade of 1 or more; R is the
 * number of relevant documents (or evidence spans) of the query, all judged ones, retrieved or not.
 *
 * <ul>
 *   <li>{@code P@k}: relevant documents in the top k, divided by k (also when fewer than k were
 *       retrieved), as trec_eval's {@code P_k}.
 *   <li>{@code Recall@k}: relevant documents in the top k divided by R, as {@code recall_k}.
 *   <li>{@code MRR@k}: 1 / rank of the first relevant document if it is within the top k, else 0.
 *       trec_eval's {@code recip_rank} has no cut-off: {@code MRR@k} with k at least the run's
 *       depth equals it.
 *   <li>{@code nDCG@k}: as {@code ndcg_cut_k}: gain = grade, discount 1/log2(rank + 1), divided by
 *       the ideal DCG@k computed from all judged grades of the query.
 *   <li>{@code MAP}: average precision, as {@code map}: the sum of precision at the rank of each
 *       relevant retrieved document, divided by R; averaged over queries.
 *   <li>{@code Success@k}: 1 if any relevant document is in the top k, else 0 ({@code success_k}).
 * </ul>
 *
 * @param kind which metric
 * @param k the cut-off; 0 for {@code MAP}, which has none
 */
public record Metric(Kind kind, int k) {
  /** The kinds of metric. */
  public enum Kind {
    /** Precision at k. */
    P,
    /** Recall at k. */
    RECALL,
    /** Reciprocal rank within k. */
    MRR,
    /** Normalized discounted cumulative gain at k. */
    NDCG,
    /** Average precision, no cut-off. */
    MAP,
    /** Whether a relevant document is within k. */
    SUCCESS
  }

  /** Validates the cut-off. */
  public Metric {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.MAP ? k != 0 : k < 1) {
      throw new IllegalArgumentException(
          kind == Kind.MAP ? "MAP has no cut-off" : "cut-off must be at least 1: " + k);
    }
  }

  /**
   * Parses a metric name: {@code P@10}, {@code Recall@100}, {@code MRR@10}, {@code nDCG@10}, {@code
   * MAP}, {@code Success@1}, in any case.
   *
   * @param name the name
   * @return the metric
   * @throws IllegalArgumentException if the name is not one of those
   */
  public static Metric parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("map")) {
      return new Metric(Kind.MAP, 0);
    }
    int at = n.indexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException(
          "unknown metric '" + name + "': use P@k, Recall@k, MRR@k, nDCG@k, MAP or Success@k");
    }
    Kind kind =
        switch (n.substring(0, at)) {
          case "p" -> Kind.P;
          case "recall", "r" -> Kind.RECALL;
          case "mrr", "rr" -> Kind.MRR;
          case "ndcg" -> Kind.NDCG;
          case "success" -> Kind.SUCCESS;
          default ->
              throw new IllegalArgumentException(
                  "unknown metric '"
                      + name
                      + "': use P@k, Recall@k, MRR@k, nDCG@k, MAP or Success@k");
        };
    try {
      return new Metric(kind, Integer.parseInt(n.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad cut-off in metric '" + name + "'", e);
    }
  }

  /**
   * Computes this metric for one ranking.
   *
   * @param ranking the judged ranking
   * @return the value, from 0 to 1
   */
  public double compute(JudgedRanking ranking) {
    double[] gains = ranking.gains();
    int depth = kind == Kind.MAP ? gains.length : Math.min(k, gains.length);
    return switch (kind) {
      case P -> countRelevant(gains, depth) / (double) k;
      case RECALL -> ranking.relevantFoundWithin(depth) / (double) ranking.totalRelevant();
      case MRR -> {
        for (int i = 0; i < depth; i++) {
          if (gains[i] > 0) {
            yield 1.0 / (i + 1);
          }
        }
        yield 0;
      }
      case SUCCESS -> countRelevant(gains, depth) > 0 ? 1 : 0;
      case NDCG -> {
        double dcg = 0;
        for (int i = 0; i < depth; i++) {
          dcg += gains[i] / log2(i + 2);
        }
        double[] ideal = ranking.idealGains();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.length); i++) {
          idcg += ideal[i] / log2(i + 2);
        }
        yield idcg == 0 ? 0 : dcg / idcg;
      }
      case MAP -> {
        double sum = 0;
        int relevant = 0;
        for (int i = 0; i < depth; i++) {
          if (gains[i] > 0) {
            relevant++;
            sum += relevant / (double) (i + 1);
          }
        }
        yield sum / ranking.totalRelevant();
      }
    };
  }

  private static int countRelevant(double[] gains, int depth) {
    int n = 0;
    for (int i = 0; i < depth; i++) {
      if (gains[i] > 0) {
        n++;
      }
    }
    return n;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case P -> "P@" + k;
      case RECALL -> "Recall@" + k;
      case MRR -> "MRR@" + k;
      case NDCG -> "nDCG@" + k;
      case MAP -> "MAP";
      case SUCCESS -> "Success@" + k;
    };
  }
}
