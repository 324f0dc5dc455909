package io.github.loci.core.amount;

/** How the text qualifies an amount: exactly, roughly, as a bound, or only as a magnitude. */
public enum Qualifier {
  /** Stated as is: "254 triệu USD". */
  EXACT("exact", ""),
  /** Roughly: "cerca del 8%", "about $2 billion", "khoảng 40%". */
  APPROXIMATE("approximate", "≈"),
  /** A lower bound: "hơn 40%", "more than $1 billion", "più del 50%". */
  AT_LEAST("at least", "≥"),
  /** An upper bound: "up to $5 million", "menos de 10%", "không quá 20%". */
  AT_MOST("at most", "≤"),
  /** Only a magnitude: "hàng tỉ USD", "billions of dollars", "miles de millones" (value 1e9). */
  ORDER_OF_MAGNITUDE("order of magnitude", "~");

  private final String label;
  private final String symbol;

  Qualifier(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  /**
   * Returns the qualifier in words.
   *
   * @return a lower-case label, such as {@code "at least"}
   */
  public String label() {
    return label;
  }

  /** The sign {@link Amount#toString()} puts before the value: "", "≈", "≥", "≤" or "~". */
  String symbol() {
    return symbol;
  }
}
