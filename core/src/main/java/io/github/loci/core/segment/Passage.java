package io.github.loci.core.segment;

import java.util.Objects;

/**
 * A passage: one to a few consecutive sentences of a source, short enough to quote.
 *
 * @param sourceId the source it belongs to
 * @param ordinal its position among the source's passages, from 0
 * @param start first char in the source text, inclusive (UTF-16 index)
 * @param end last char in the source text, exclusive
 * @param firstSentence index of its first sentence in the source, inclusive
 * @param endSentence index after its last sentence, exclusive
 * @param furniture whether it is page furniture rather than content
 * @param text {@code sourceText.substring(start, end)}
 */
public record Passage(
    String sourceId,
    int ordinal,
    int start,
    int end,
    int firstSentence,
    int endSentence,
    boolean furniture,
    String text) {

  /** Validates the spans. */
  public Passage {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(text, "text");
    if (ordinal < 0 || start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad passage span [" + start + ", " + end + ")");
    }
    if (firstSentence < 0 || endSentence <= firstSentence) {
      throw new IllegalArgumentException(
          "bad sentence span [" + firstSentence + ", " + endSentence + ")");
    }
  }

  /**
   * Returns the passage id used in runs and citations.
   *
   * @return {@code sourceId#ordinal}
   */
  public String id() {
    return sourceId + "#" + ordinal;
  }
}
