package io.github.loci.core.search;

import io.github.loci.core.amount.Amount;
import java.util.List;
import java.util.Optional;

/**
 * A ranked passage with everything needed to cite it.
 *
 * @param rank 1-based rank in the whole result list (paging included)
 * @param score the BM25 score
 * @param sourceId the source's id
 * @param ordinal the passage's ordinal in its source
 * @param title the source's title
 * @param url the source's URL, if any
 * @param path the source's file, if any
 * @param lang the source's language code
 * @param text the passage text
 * @param start first char of the passage in the source text
 * @param end last char, exclusive: {@code sourceText.substring(start, end).equals(text)}
 * @param sentenceStart index of the passage's first sentence in the source
 * @param sentenceEnd index after its last sentence
 * @param furniture whether the passage is page furniture
 * @param matches where the query matched, in passage-text offsets, in order, not overlapping
 * @param amounts the sums of money and percentages the passage states, in passage-text offsets
 */
public record Hit(
    int rank,
    float score,
    String sourceId,
    int ordinal,
    String title,
    Optional<String> url,
    Optional<String> path,
    String lang,
    String text,
    int start,
    int end,
    int sentenceStart,
    int sentenceEnd,
    boolean furniture,
    List<MatchSpan> matches,
    List<Amount> amounts) {

  /** Copies the lists. */
  public Hit {
    matches = List.copyOf(matches);
    amounts = List.copyOf(amounts);
  }

  /**
   * The passage id used in runs: {@code sourceId#ordinal}.
   *
   * @return the passage id
   */
  public String passageId() {
    return sourceId + "#" + ordinal;
  }

  /**
   * The place to cite: URL, else file path.
   *
   * @return the location, if any
   */
  public Optional<String> location() {
    return url.or(() -> path);
  }
}
