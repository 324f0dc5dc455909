package io.github.loci.core.eval;

import io.github.loci.core.search.Hit;
import java.util.Objects;

/**
 * A returned passage, as span evaluation sees it: where it is in its source.
 *
 * @param sourceId the source
 * @param start first char, inclusive
 * @param end last char, exclusive
 */
public record RetrievedPassage(String sourceId, int start, int end) {
  /** Validates the fields. */
  public RetrievedPassage {
    Objects.requireNonNull(sourceId, "sourceId");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad passage span [" + start + ", " + end + ")");
    }
  }

  /**
   * The passage of a hit.
   *
   * @param hit a search hit
   * @return its place in its source
   */
  public static RetrievedPassage of(Hit hit) {
    return new RetrievedPassage(hit.sourceId(), hit.start(), hit.end());
  }
}
