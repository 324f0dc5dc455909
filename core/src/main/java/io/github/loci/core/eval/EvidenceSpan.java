package io.github.loci.core.eval;

import java.util.Objects;

/**
 * A span judgment: for a query, a span of a source's text that is evidence, with a grade. It
 * survives any change of passage segmentation: a returned passage counts for it when it covers at
 * least half of the span.
 *
 * @param qid the query id
 * @param sourceId the source
 * @param start first char of the evidence, inclusive (UTF-16 index into the source text)
 * @param end last char, exclusive
 * @param grade 1 or more
 */
public record EvidenceSpan(String qid, String sourceId, int start, int end, int grade) {
  /** Validates the fields. */
  public EvidenceSpan {
    Objects.requireNonNull(qid, "qid");
    Objects.requireNonNull(sourceId, "sourceId");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
    if (grade < 1) {
      throw new IllegalArgumentException("an evidence span's grade is at least 1: " + grade);
    }
  }

  /**
   * Tells whether a passage covers at least half of this span.
   *
   * @param passage a retrieved passage
   * @return whether it counts for this evidence
   */
  public boolean coveredBy(RetrievedPassage passage) {
    if (!passage.sourceId().equals(sourceId)) {
      return false;
    }
    long overlap = Math.min(end, passage.end()) - (long) Math.max(start, passage.start());
    return overlap > 0 && 2 * overlap >= end - start;
  }
}
