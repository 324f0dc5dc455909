package io.github.loci.analyzers;

/** Whether an analyzer analyzes indexed text or queries. */
public enum AnalysisMode {
  /**
   * Indexed text: numbers read by the language's own separators, every word kept but the language's
   * stopwords.
   */
  INDEX,
  /**
   * Queries: numbers read both ways (the writer's locale is unknown), and question words ("what",
   * "qué", "gì") dropped besides the stopwords.
   */
  QUERY
}
