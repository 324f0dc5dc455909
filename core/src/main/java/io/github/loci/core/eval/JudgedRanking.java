package io.github.loci.core.eval;

import java.util.Arrays;

/**
 * A ranking as the metrics see it: the gain at each rank, how many relevant items the top k found,
 * and the grades of all relevant items. Document judgments and span judgments both reduce to it.
 *
 * @param gains the grade at each rank, best first; 0 where nothing (new) relevant was found
 * @param foundWithin {@code foundWithin[k]} relevant items found in the top k; length {@code
 *     gains.length + 1}
 * @param idealGains the grades of all relevant items of the query, in descending order
 */
public record JudgedRanking(double[] gains, int[] foundWithin, double[] idealGains) {
  /** Validates and copies the arrays. */
  public JudgedRanking {
    gains = gains.clone();
    foundWithin = foundWithin.clone();
    idealGains = idealGains.clone();
    if (foundWithin.length != gains.length + 1) {
      throw new IllegalArgumentException("foundWithin needs one entry more than gains");
    }
    if (idealGains.length == 0) {
      throw new IllegalArgumentException("a judged ranking needs at least one relevant item");
    }
  }

  /**
   * Relevant items found within the top k.
   *
   * @param k a cut-off, at most the ranking's length
   * @return the count
   */
  public int relevantFoundWithin(int k) {
    return foundWithin[Math.min(k, gains.length)];
  }

  /**
   * All relevant items of the query, found or not (R).
   *
   * @return R
   */
  public int totalRelevant() {
    return idealGains.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JudgedRanking r
        && Arrays.equals(gains, r.gains)
        && Arrays.equals(foundWithin, r.foundWithin)
        && Arrays.equals(idealGains, r.idealGains);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(gains) + Arrays.hashCode(foundWithin))
        + Arrays.hashCode(idealGains);
  }

  @Override
  public String toString() {
    return "JudgedRanking" + Arrays.toString(gains) + " R=" + idealGains.length;
  }
}
