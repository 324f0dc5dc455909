package io.github.loci.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.cite.Citations;
import io.github.loci.core.eval.Runs;
import io.github.loci.core.search.Expansion;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.MatchSpan;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Prints hits as text for people, JSON Lines or TREC run lines. */
final class HitPrinter {
  /** Output formats. */
  enum Format {
    TEXT,
    JSON,
    TREC
  }

  /** Made when JSON is first printed: setting up a mapper costs a text search's cold start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
      MAPPER.getFactory().setCharacterEscapes(new Escapes());
    }
  }

  /**
   * JSON's escapes, and also DEL, the C1 controls (U+0080 to U+009F: NEL, CSI) and the line and
   * paragraph separators, which JSON allows raw but which end a line for many readers of JSON Lines
   * (Python's {@code splitlines}, JavaScript before ES2019) or act on a terminal.
   */
  private static final class Escapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int c) {
      return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
          ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", c))
          : null;
    }
  }

  private final PrintWriter out;
  private final PrintWriter err;
  private final Format format;
  private final String tag;
  private final boolean color;
  private final boolean explain;

  /**
   * @param out where hits go
   * @param err where {@code --explain}'s expansion goes in the JSON and TREC formats, whose output
   *     holds hits only
   */
  HitPrinter(
      PrintWriter out, PrintWriter err, Format format, String tag, boolean color, boolean explain) {
    this.out = out;
    this.err = err;
    this.format = format;
    this.tag = tag;
    this.color = color;
    this.explain = explain;
  }

  /** Prints one query's results; {@code qid} is null for a single query (no qid in JSON). */
  void print(String qid, String query, SearchRequest request, SearchResult result) {
    if (explain && format != Format.TEXT) {
      err.println(queryLine(qid, query));
      printExpansion(err, result);
      err.flush();
    }
    switch (format) {
      case TEXT -> printText(qid, query, request, result);
      case JSON -> result.hits().forEach(hit -> out.println(json(qid, hit, result)));
      case TREC -> {
        double[] scores = Runs.falling(result.hits());
        for (int i = 0; i < scores.length; i++) {
          out.println(trec(qid == null ? "1" : qid, result.hits().get(i), scores[i]));
        }
      }
    }
    out.flush();
  }

  private void printText(String qid, String query, SearchRequest request, SearchResult result) {
    StringBuilder header = new StringBuilder(queryLine(qid, query));
    if (!result.topics().isEmpty()) {
      header.append("  (topic: ").append(String.join(", ", result.topics())).append(')');
    }
    header.append(" · ").append(total(result)).append(" matching passages");
    header.append(shortfall(request, result));
    out.println(header);
    if (explain) {
      printExpansion(out, result);
    }
    if (result.totalMatches() == 0) {
      out.println("  no passage matches");
    }
    for (Hit hit : result.hits()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%2d. %s  %s  score %.3f%s%n",
          hit.rank(),
          TerminalText.line(hit.passageId()),
          hit.lang(),
          hit.score(),
          hit.furniture() ? "  (page furniture)" : "");
      StringBuilder where =
          new StringBuilder("    “").append(TerminalText.line(hit.title())).append('”');
      where.append(String.format(Locale.ROOT, " · chars %d–%d", hit.start(), hit.end()));
      where.append(
          hit.sentenceEnd() - hit.sentenceStart() == 1
              ? " · sentence " + (hit.sentenceStart() + 1)
              : " · sentences " + (hit.sentenceStart() + 1) + "–" + hit.sentenceEnd());
      hit.location().ifPresent(l -> where.append(" · ").append(TerminalText.line(l)));
      out.println(where);
      String text = TerminalText.safe(hit.text());
      String marked =
          color
              ? Citations.marked(text, hit.matches(), "\u001b[1;33m", "\u001b[0m")
              : Citations.marked(text, hit.matches(), "⟦", "⟧");
      out.println("    " + marked.replaceAll("\\s*\\R\\s*", " ¶ "));
      Set<String> terms = new LinkedHashSet<>();
      for (MatchSpan m : hit.matches()) {
        String matched = TerminalText.line(text.substring(m.start(), m.end()));
        terms.add(
            explain
                ? "“"
                    + matched
                    + "” = "
                    + String.join("|", m.terms())
                    + (m.concepts().isEmpty() ? "" : " (" + String.join(", ", m.concepts()) + ")")
                : String.join(", ", m.terms()));
      }
      out.println("    matched: " + String.join(explain ? "; " : ", ", terms));
      if (!hit.amounts().isEmpty()) {
        out.println("    amounts: " + TerminalText.line(Citations.amounts(hit)));
      }
    }
    out.println();
  }

  /**
   * "[qid] Query: text" ("Query: text" for a single query), heading a query's text or expansion.
   */
  private static String queryLine(String qid, String query) {
    return (qid == null ? "" : "[" + qid + "] ") + "Query: " + TerminalText.line(query);
  }

  /** The concepts found in the query and the terms searched for each, then the Lucene query. */
  private static void printExpansion(PrintWriter out, SearchResult result) {
    result.notes().forEach(note -> out.println("  " + note));
    if (result.expansions().isEmpty()) {
      out.println(
          "  no lexicon concept in the free text (looked up in its declared language, if one was"
              + " given): its words are searched as typed");
    }
    for (Expansion e : result.expansions()) {
      out.println(
          e.language().isEmpty()
              ? "  "
                  + e.text()
                  + (e.concepts().isEmpty()
                      // A user's topic of its own terms only.
                      ? " = its own terms (one group each spelling, best term counts):"
                      : " = concepts "
                          + String.join(" + ", e.concepts())
                          + " (one group each, best term counts), terms:")
              : "  “"
                  + e.text()
                  + "” ("
                  + e.language()
                  + ") = concept "
                  + String.join(" + ", e.concepts())
                  + ", one group, best term counts:");
      e.terms()
          .forEach(
              (lang, terms) -> out.println("      " + lang + ": " + String.join(" | ", terms)));
    }
    out.println("  Lucene query: " + result.query());
  }

  /**
   * Why a page lists fewer hits than asked for although more passages match, or nothing: a passage
   * whose matches all lie in sentences a better hit of its source shows is left out, so a count of
   * matching passages exceeds the hits there are to list, and a page past them is empty.
   */
  static String shortfall(SearchRequest request, SearchResult result) {
    int listed = result.hits().size();
    if (listed >= request.limit() || result.totalMatches() == 0) {
      return "";
    }
    boolean repeats = result.totalMatches() > (long) request.offset() + listed;
    String why = repeats ? " (the others repeat the sentences of better hits)" : "";
    if (listed == 0) {
      return "; no hits after rank " + request.offset() + why;
    }
    return repeats ? "; " + listed + " listed" + why : "";
  }

  /**
   * The number of matching passages as people read it: "1,000+" when the count is a lower bound
   * (the search stopped counting past {@link SearchResult#COUNT_THRESHOLD}), else the count.
   */
  static String total(SearchResult result) {
    return String.format(Locale.ROOT, "%,d", result.totalMatches())
        + (result.totalExact() ? "" : "+");
  }

  static String json(String qid, Hit hit, SearchResult result) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    if (qid != null) {
      node.put("qid", qid);
    }
    node.put("total_matches", result.totalMatches());
    node.put("total_relation", result.totalExact() ? "eq" : "gte");
    node.put("rank", hit.rank());
    node.put("score", hit.score());
    node.put("sourceId", hit.sourceId());
    node.put("passageId", hit.passageId());
    node.put("title", hit.title());
    node.put("lang", hit.lang());
    hit.url().ifPresent(u -> node.put("url", u));
    hit.path().ifPresent(p -> node.put("path", p));
    node.put("start", hit.start());
    node.put("end", hit.end());
    node.putArray("sentences").add(hit.sentenceStart()).add(hit.sentenceEnd());
    node.put("furniture", hit.furniture());
    node.put("text", hit.text());
    ArrayNode matches = node.putArray("matches");
    for (MatchSpan m : hit.matches()) {
      ObjectNode match = matches.addObject();
      match.put("start", m.start());
      match.put("end", m.end());
      match.put("text", hit.text().substring(m.start(), m.end()));
      ArrayNode terms = match.putArray("terms");
      m.terms().forEach(terms::add);
      ArrayNode concepts = match.putArray("concepts");
      m.concepts().forEach(concepts::add);
    }
    ArrayNode amounts = node.putArray("amounts");
    for (Amount a : hit.amounts()) {
      ObjectNode amount = amounts.addObject();
      amount.put("kind", a.kind().label());
      amount.put("value", a.value());
      if (a.currency().isPresent()) {
        amount.put("currency", a.currency().get());
      } else {
        amount.putNull("currency");
      }
      amount.put("qualifier", a.qualifier().label());
      amount.put("start", a.start());
      amount.put("end", a.end());
      amount.put("text", a.text(hit.text()));
    }
    try {
      return Json.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TREC run line; {@code score} is the hit's in {@link Runs#falling}, which keeps the order. */
  String trec(String qid, Hit hit, double score) {
    return String.format(
        Locale.ROOT,
        "%s Q0 %s %d %.6f %s",
        trecId(qid),
        trecId(hit.passageId()),
        hit.rank(),
        score,
        trecId(tag));
  }

  /** TREC columns are separated by white space: ids are escaped as {@link Runs#escapeId}. */
  static String trecId(String id) {
    return Runs.escapeId(id);
  }
}
