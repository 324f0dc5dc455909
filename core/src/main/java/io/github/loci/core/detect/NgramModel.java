package io.github.loci.core.detect;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's language model read for speed: its features are char n-grams of one to three chars, so
 * each is packed into a {@code long} (length and chars) and found in an open-addressing table,
 * without building a String per n-gram or hashing one, and each feature's weights lie in one run of
 * a flat array. {@link #probabilities} is what the model's {@code eval} returns for the text's
 * distinct n-grams, each of value 1 (a uniform prior, the weights summed, then exponentiated and
 * normalized), up to the order of the sums. Immutable, thread-safe.
 */
final class NgramModel {
  private final String[] outcomes;

  /**
   * The features, two longs a slot: the packed n-gram (0 for an empty slot), then where its entries
   * start in {@link #entries} and how many there are. A look-up reads one cache line.
   */
  private final long[] table;

  /**
   * Every feature's weights, one after the other; the low 7 bits of each weight's mantissa hold the
   * outcome it is for (a change of at most 2⁻⁴⁵ of the weight), so that a feature's entries are one
   * run of memory.
   */
  private final long[] entries;

  private final int mask;

  NgramModel(MaxentModel model) {
    if (!(model instanceof AbstractModel abstractModel)) {
      throw new IllegalArgumentException("not an OpenNLP maxent model: " + model.getClass());
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) abstractModel.getDataStructures()[1];
    outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    if (outcomes.length > OUTCOME_MASK + 1) {
      throw new IllegalArgumentException("more outcomes than 7 bits hold: " + outcomes.length);
    }
    int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2));
    table = new long[2 * capacity];
    mask = capacity - 1;
    int total = 0;
    for (Context context : features.values()) {
      total += context.getOutcomes().length;
    }
    entries = new long[total];
    int next = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      String gram = e.getKey();
      if (gram.isEmpty() || gram.length() > 3) {
        continue; // never one of a text's n-grams
      }
      long key = pack(gram, 0, gram.length());
      int slot = slot(key);
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      int[] outcomeIds = e.getValue().getOutcomes();
      double[] parameters = e.getValue().getParameters();
      table[2 * slot] = key;
      table[2 * slot + 1] = ((long) next << 32) | outcomeIds.length;
      for (int j = 0; j < outcomeIds.length; j++) {
        entries[next++] =
            (Double.doubleToRawLongBits(parameters[j]) & ~OUTCOME_MASK) | outcomeIds[j];
      }
    }
  }

  private static final long OUTCOME_MASK = 0x7F;

  String outcome(int index) {
    return outcomes[index];
  }

  /** Length in the top bits, then up to three UTF-16 chars: never 0. */
  private static long pack(CharSequence s, int from, int to) {
    long key = to - from;
    for (int i = from; i < to; i++) {
      key = (key << 16) | s.charAt(i);
    }
    return key;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }

  /** Where a feature's entries are ({@code start << 32 | count}), or -1 if the model lacks it. */
  private long find(long key) {
    for (int slot = slot(key); table[2 * slot] != 0; slot = (slot + 1) & mask) {
      if (table[2 * slot] == key) {
        return table[2 * slot + 1];
      }
    }
    return -1;
  }

  /**
   * The model's probabilities for a text's distinct n-grams of one to three chars.
   *
   * @param text normalized and lower-cased, as OpenNLP's n-gram model reads it
   * @return one probability per outcome
   */
  double[] probabilities(CharSequence text) {
    double[] sums = new double[outcomes.length];
    java.util.Arrays.fill(sums, Math.log(1.0 / outcomes.length));
    // The distinct n-grams: a set of the packed keys met.
    long[] seen = new long[Integer.highestOneBit(Math.max(16, text.length() * 3)) * 4];
    int seenMask = seen.length - 1;
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= text.length(); i++) {
        long key = pack(text, i, i + n);
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & seenMask;
        boolean fresh = true;
        for (; seen[slot] != 0; slot = (slot + 1) & seenMask) {
          if (seen[slot] == key) {
            fresh = false;
            break;
          }
        }
        if (!fresh) {
          continue;
        }
        seen[slot] = key;
        long run = find(key);
        if (run >= 0) {
          for (int j = (int) (run >>> 32), end = j + (int) run; j < end; j++) {
            long entry = entries[j];
            sums[(int) (entry & OUTCOME_MASK)] += Double.longBitsToDouble(entry & ~OUTCOME_MASK);
          }
        }
      }
    }
    double total = 0;
    for (int i = 0; i < sums.length; i++) {
      sums[i] = StrictMath.exp(sums[i]);
      total += sums[i];
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= total;
    }
    return sums;
  }
}
