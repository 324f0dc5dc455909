package io.github.loci.core.amount;

/** What an {@link Amount} measures. */
public enum AmountKind {
  /** A sum of money, in units of its currency (or of an unnamed one). */
  MONEY,
  /** A percentage: {@code 115.0} for "115%". */
  PERCENT;

  /**
   * The kind's name as Loci writes it (CLI, JSON, topics files, the index).
   *
   * @return {@code money} or {@code percent}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
