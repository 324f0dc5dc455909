package io.github.loci.core.cite;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.MatchSpan;

/** Renders citations for people: the passage with its matches marked, and a reference line. */
public final class Citations {
  private Citations() {}

  /**
   * Returns the passage text with every match wrapped in markers.
   *
   * @param hit the hit
   * @param open the marker before a match, such as {@code "["} or an ANSI colour
   * @param close the marker after a match
   * @return the marked text
   */
  public static String marked(Hit hit, String open, String close) {
    StringBuilder out = new StringBuilder(hit.text().length() + 16 * hit.matches().size());
    int at = 0;
    for (MatchSpan span : hit.matches()) {
      out.append(hit.text(), at, span.start())
          .append(open)
          .append(hit.text(), span.start(), span.end())
          .append(close);
      at = span.end();
    }
    return out.append(hit.text(), at, hit.text().length()).toString();
  }

  /**
   * Lists the amounts a passage states, each normalized and as written: {@code 38.4e9 USD
   * “US$38.400 millones”; ≥40 % “hơn 40%”}.
   *
   * @param hit the hit
   * @return the list, empty when there are none
   */
  public static String amounts(Hit hit) {
    StringBuilder out = new StringBuilder();
    for (Amount amount : hit.amounts()) {
      if (!out.isEmpty()) {
        out.append("; ");
      }
      out.append(amount).append(" “").append(amount.text(hit.text())).append('”');
    }
    return out.toString();
  }

  /**
   * Returns a one-line reference: source id, title, language, char and sentence spans, location,
   * and the amounts the passage states.
   *
   * @param hit the hit
   * @return for example {@code 003 "Alibaba made headlines…" (en) chars 1040–1257, sentences 9–10 ·
   *     amounts: 15e9 USD}
   */
  public static String reference(Hit hit) {
    StringBuilder out =
        new StringBuilder()
            .append(hit.sourceId())
            .append(" “")
            .append(hit.title())
            .append("” (")
            .append(hit.lang())
            .append(") chars ")
            .append(hit.start())
            .append('–')
            .append(hit.end())
            .append(", sentence");
    if (hit.sentenceEnd() - hit.sentenceStart() > 1) {
      out.append("s ").append(hit.sentenceStart() + 1).append('–').append(hit.sentenceEnd());
    } else {
      out.append(' ').append(hit.sentenceStart() + 1);
    }
    hit.location().ifPresent(l -> out.append(" · ").append(l));
    if (!hit.amounts().isEmpty()) {
      out.append(" · amounts: ").append(amounts(hit));
    }
    return out.toString();
  }
}
