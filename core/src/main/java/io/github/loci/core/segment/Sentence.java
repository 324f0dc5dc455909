package io.github.loci.core.segment;

/**
 * A sentence of a source: a half-open UTF-16 span with no leading or trailing white space.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param furniture whether it is page furniture ("Share This:", a photo credit), not content
 */
public record Sentence(int start, int end, boolean furniture) {
  /** Validates the span. */
  public Sentence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
    }
  }

  /**
   * Returns the sentence's text.
   *
   * @param text the source text the span refers to
   * @return {@code text.substring(start, end)}
   */
  public String text(String text) {
    return text.substring(start, end);
  }
}
