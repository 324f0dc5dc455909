package io.github.loci.core.detect;

/**
 * OpenNLP's language model read for speed: its features are char n-grams of one to three chars, so
 * each is packed into a {@code long} (length and chars) and found in an open-addressing table,
 * without building a String per n-gram or hashing one, and each feature's weights lie in one run of
 * a flat array. {@link #probabilities} is what the model's {@code eval} returns for the text's
 * distinct n-grams, each of value 1 (a uniform prior, the weights summed, then exponentiated and
 * normalized), up to the order of the sums. Immutable, thread-safe.
 *
 * <p>Most features are rare n-grams with weights for a few outcomes; the common ones (single
 * letters, frequent pairs), which make up most of a text's n-grams, have weights for most of the
 * 103. A feature with at least {@value #DENSE_MIN} weights has them laid out by outcome instead,
 * zeros between, as floats, so that adding it is one loop over the outcomes the JIT compiles to
 * vector adds, and reads half the memory doubles would. A float holds a weight to 6·10⁻⁸ of it: on
 * the 17,597 Europarl line documents and XQuAD's en/es/vi paragraphs (whole and their first 120
 * chars), 19,037 texts, every language told is that of double rows, early stop or not, and no
 * confidence moves by more than 10⁻⁶. JFR, Europarl ×1 indexed on one thread: adding weights took
 * 13.9% of the thread with the entries alone.
 */
final class NgramModel {
  private final String[] outcomes;

  /**
   * The features, two longs a slot: the packed n-gram (0 for an empty slot), then where its weights
   * are ({@link #find}). A look-up reads one cache line.
   */
  private final long[] table;

  /**
   * The other features' weights, one feature after the other; the low 7 bits of each weight's
   * mantissa hold the outcome it is for (a change of at most 2⁻⁴⁵ of the weight), so that a
   * feature's entries are one run of memory.
   */
  private final long[] entries;

  /**
   * The dense features' weights, {@link #outcomes} values a feature, by outcome (0 where a feature
   * has none), as their entries give them, rounded to floats.
   */
  private final float[] dense;

  private final int mask;

  /**
   * The fewest weights a feature has for its weights to be laid out by outcome (8,011 of the
   * 145,895 features: 3.3 MB of rows, 5.4 MB of entries left). Detection waits on memory more than
   * on arithmetic (the tables are larger than the caches, and indexing evicts them between
   * sources): a row of 103 floats is 7 cache lines read in order. Europarl ×1's samples, early
   * stop, a 64 MB sweep between texts, five rounds, rows of doubles: 143–183 µs a text with the
   * entries alone, 127–155 µs from 24 weights on, 116–143 µs from 48 on, 118–138 µs from 80 on.
   * Rows of floats from 48 on, six rounds alternating with rows of doubles: 90–113 µs against
   * 114–144 µs (39–58 µs against 57–78 µs without the sweep).
   */
  static final int DENSE_MIN = 48;

  /** In a feature's slot, the bit that says its run is a row of {@link #dense}. */
  private static final long DENSE_ROW = 1L << 31;

  /**
   * Makes a model from its features.
   *
   * @param outcomes the outcomes' names, by index
   * @param keys each feature's {@link #pack packed} n-gram, 0 for a feature that is never one of a
   *     text's n-grams (skipped)
   * @param runs where each feature's weights start in {@code entries}, and after the last, where
   *     they end ({@code keys.length + 1} values)
   * @param entries the weights, each {@link #entry encoded} with its outcome
   */
  NgramModel(String[] outcomes, long[] keys, int[] runs, long[] entries) {
    this(outcomes, keys, runs, entries, DENSE_MIN);
  }

  /**
   * Makes a model from its features, laying out by outcome those with at least {@code denseMin}
   * weights ({@code Integer.MAX_VALUE}: none, for tests).
   */
  NgramModel(String[] outcomes, long[] keys, int[] runs, long[] entries, int denseMin) {
    if (outcomes.length > OUTCOME_MASK + 1) {
      throw new IllegalArgumentException("more outcomes than 7 bits hold: " + outcomes.length);
    }
    this.outcomes = outcomes.clone();
    int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2));
    table = new long[2 * capacity];
    mask = capacity - 1;
    int rows = 0;
    int sparse = 0;
    for (int f = 0; f < keys.length; f++) {
      int count = runs[f + 1] - runs[f];
      if (keys[f] != 0 && count >= denseMin) {
        rows++;
      } else if (keys[f] != 0) {
        sparse += count;
      }
    }
    this.dense = new float[rows * outcomes.length];
    this.entries = new long[sparse];
    int row = 0;
    int next = 0;
    // A row holds one weight per outcome: a feature weighing an outcome twice (no GIS model does)
    // would lose one of the two.
    int[] marks = new int[outcomes.length];
    java.util.Arrays.fill(marks, -1);
    for (int f = 0; f < keys.length; f++) {
      if (keys[f] == 0) {
        continue;
      }
      int slot = slot(keys[f]);
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = keys[f];
      int count = runs[f + 1] - runs[f];
      if (count >= denseMin) {
        int base = row++ * outcomes.length;
        for (int j = runs[f]; j < runs[f + 1]; j++) {
          int outcome = (int) (entries[j] & OUTCOME_MASK);
          if (marks[outcome] == f) {
            throw new IllegalArgumentException(
                "feature " + f + " weighs outcome " + outcome + " twice");
          }
          marks[outcome] = f;
          dense[base + outcome] = (float) weight(entries[j]);
        }
        table[2 * slot + 1] = ((long) base << 32) | DENSE_ROW;
      } else {
        System.arraycopy(entries, runs[f], this.entries, next, count);
        table[2 * slot + 1] = ((long) next << 32) | count;
        next += count;
      }
    }
  }

  private static double weight(long entry) {
    return Double.longBitsToDouble(entry & ~OUTCOME_MASK);
  }

  /**
   * Encodes a weight with its outcome for {@link #entries}.
   *
   * @param weight the weight
   * @param outcome the outcome's index, below 128
   * @return the entry
   */
  static long entry(double weight, int outcome) {
    return (Double.doubleToRawLongBits(weight) & ~OUTCOME_MASK) | outcome;
  }

  private static final long OUTCOME_MASK = 0x7F;

  String outcome(int index) {
    return outcomes[index];
  }

  /** Length in the top bits, then up to three UTF-16 chars: never 0. */
  static long pack(CharSequence s, int from, int to) {
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

  /**
   * Where a feature's weights are: {@code start << 32 | count} in {@link #entries}, or {@code start
   * << 32 | DENSE_ROW} in {@link #dense}; -1 if the model lacks it.
   */
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
    return probabilities(text, EarlyStop.NEVER);
  }

  /**
   * When reading may stop before the text's end: from {@code firstCheck} chars on, at the first
   * white space at least {@code step} chars past the previous check, reading stops once the leading
   * outcome's summed weight exceeds the second's by {@code margin} (the log of their odds) and its
   * probability is at least {@code minProbability}.
   */
  record EarlyStop(int firstCheck, int step, double margin, double minProbability) {
    static final EarlyStop NEVER = new EarlyStop(Integer.MAX_VALUE, 1, 0, 0);
  }

  /**
   * The model's probabilities for the distinct n-grams of a text's beginning: the n-grams are read
   * in the order of where they end, and reading stops where {@code stop} says the answer is clear
   * (the whole text when it never is).
   *
   * @param text normalized and lower-cased, as OpenNLP's n-gram model reads it
   * @param stop when reading may stop
   * @return one probability per outcome
   */
  double[] probabilities(CharSequence text, EarlyStop stop) {
    double[] sums = new double[outcomes.length];
    java.util.Arrays.fill(sums, Math.log(1.0 / outcomes.length));
    // The distinct n-grams: a set of the packed keys met, and the keys in the order met. Both start
    // small and grow: reading mostly stops at an early check, and a set sized for the whole sample
    // (64 KB for 600 chars) was mostly memory zeroed for nothing.
    long[] seen = new long[INITIAL_SEEN];
    long[] keys = new long[INITIAL_SEEN / 2];
    int added = 0;
    int scored = 0;
    int nextCheck = stop.firstCheck();
    for (int end = 1; end <= text.length(); end++) {
      for (int n = 1; n <= 3 && n <= end; n++) {
        long key = pack(text, end - n, end);
        int slot = seenSlot(key, seen);
        if (seen[slot] == 0) {
          if (added == keys.length) {
            keys = java.util.Arrays.copyOf(keys, 2 * added);
            seen = rehash(keys, added, 2 * seen.length);
            slot = seenSlot(key, seen);
          }
          seen[slot] = key;
          keys[added++] = key;
        }
      }
      if (end >= nextCheck && end < text.length() && Character.isWhitespace(text.charAt(end - 1))) {
        add(keys, scored, added, sums);
        scored = added;
        if (clear(sums, stop)) {
          return normalize(sums);
        }
        nextCheck = end + stop.step();
      }
    }
    add(keys, scored, added, sums);
    return normalize(sums);
  }

  /** The first size of {@link #probabilities}' set of n-grams met (at most half full). */
  private static final int INITIAL_SEEN = 1024;

  /** Where a key is in a set of keys, or the empty slot where it goes. */
  private static int seenSlot(long key, long[] seen) {
    int mask = seen.length - 1;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    while (seen[slot] != 0 && seen[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** A set of {@code size} slots holding the first {@code count} keys. */
  private static long[] rehash(long[] keys, int count, int size) {
    long[] seen = new long[size];
    for (int i = 0; i < count; i++) {
      seen[seenSlot(keys[i], seen)] = keys[i];
    }
    return seen;
  }

  /**
   * Adds the weights of some n-grams to the sums. The look-ups come first, all of them, then the
   * weights: the table is larger than the caches, and look-ups that do not wait on each other let
   * the processor fetch several of its lines at once.
   */
  private void add(long[] keys, int from, int to, double[] sums) {
    long[] runs = new long[to - from];
    for (int i = from; i < to; i++) {
      runs[i - from] = find(keys[i]);
    }
    for (long run : runs) {
      if (run < 0) {
        continue;
      }
      int start = (int) (run >>> 32);
      if ((run & DENSE_ROW) != 0) {
        for (int k = 0; k < sums.length; k++) {
          sums[k] += dense[start + k];
        }
      } else {
        for (int j = start, last = j + (int) run; j < last; j++) {
          long entry = entries[j];
          sums[(int) (entry & OUTCOME_MASK)] += weight(entry);
        }
      }
    }
  }

  /**
   * The leading one of some values: the index of the largest, the first of equals.
   *
   * @param values probabilities or scores, at least one
   * @return its index
   */
  static int leading(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Whether the leading outcome leads by the margin and is probable enough. Its probability is one
   * over the sum of every outcome's odds against it, {@code exp(sum - leading)}: those more than
   * {@value #NEGLIGIBLE} below it (odds under 10⁻²⁶, 103 of them less than a millionth of the last
   * bit of the sum's 1) are left out, which spares most of the exponentials (JFR, Europarl ×1
   * indexed on one thread: they took a fifth of detection).
   */
  private static boolean clear(double[] sums, EarlyStop stop) {
    int best = 0;
    double second = Double.NEGATIVE_INFINITY;
    for (int i = 1; i < sums.length; i++) {
      if (sums[i] > sums[best]) {
        second = sums[best];
        best = i;
      } else if (sums[i] > second) {
        second = sums[i];
      }
    }
    double lead = sums[best];
    if (lead - second < stop.margin()) {
      return false;
    }
    double total = 0;
    for (double sum : sums) {
      if (sum - lead > NEGLIGIBLE) {
        total += StrictMath.exp(sum - lead);
      }
    }
    return 1 / total >= stop.minProbability();
  }

  /** How far below the leading sum an outcome's sum leaves out its odds ({@link #clear}). */
  static final double NEGLIGIBLE = -60;

  private static double[] normalize(double[] sums) {
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
