package io.github.loci.core.cite;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.MatchSpan;
import java.util.List;

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
    return marked(hit.text(), hit.matches(), open, close);
  }

  /**
   * Returns a passage's text with every match wrapped in markers.
   *
   * @param text the passage's text, or a copy of it with some chars replaced one for one (offsets
   *     unchanged), such as controls made visible for a terminal
   * @param matches its matches, in text order, not overlapping
   * @param open the marker before a match
   * @param close the marker after a match
   * @return the marked text
   */
  public static String marked(String text, List<MatchSpan> matches, String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + 16 * matches.size());
    int at = 0;
    for (MatchSpan span : matches) {
      out.append(text, at, span.start()).append(open).append(text, span.start(), span.end());
      out.append(close);
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
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
      // On one line: an amount read across a hard-wrapped line quotes it with a space.
      String quoted = oneLine(amount.text(hit.text()));
      out.append(amount).append(" “").append(quoted).append('”');
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
            .append(oneLine(hit.title()))
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

  /** A text on one line: each run of white space or line breaks one space. */
  private static String oneLine(String text) {
    return String.join(" ", text.strip().split("[\\s\\u0085\\u2028\\u2029]+"));
  }
}
