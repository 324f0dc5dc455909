package io.github.loci.core.eval;

import io.github.loci.core.internal.TextFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A ranked result list per query, in TREC run form: {@code qid Q0 docid rank score tag}. Immutable.
 *
 * <p>{@link #ranking} orders a query's documents as trec_eval does: by score, descending, ties
 * broken by document id, descending (the rank column is ignored), or by the rank column when asked.
 */
public final class Run {
  /** One retrieved document. */
  public record Entry(String docId, int rank, double score) {}

  /** How a query's entries are ordered for evaluation. */
  public enum Order {
    /** trec_eval's order: score descending, then document id descending. */
    SCORE,
    /** The rank column, ascending. */
    RANK
  }

  private final Map<String, List<Entry>> byQuery;
  private final String tag;

  private Run(Map<String, List<Entry>> byQuery, String tag) {
    Map<String, List<Entry>> copy = new TreeMap<>();
    requireOneColumn("run", "tag", tag, true);
    byQuery.forEach(
        (q, entries) -> {
          requireOneColumn("run", "query id", q, false);
          Set<String> docs = new HashSet<>();
          for (Entry e : entries) {
            requireOneColumn("run", "document id", e.docId(), false);
            if (!Double.isFinite(e.score())) {
              // NaN would rank above every score, and write() would give a line read() refuses.
              throw new IllegalArgumentException(
                  "a run's score must be finite: " + e.score() + " for query " + q);
            }
            if (!docs.add(e.docId())) {
              // Counted twice, a relevant document would raise recall, MAP and nDCG above 1.
              throw new IllegalArgumentException(
                  "document "
                      + e.docId()
                      + " appears twice for query "
                      + q
                      + " (a run ranks each document once; Runs.sources keeps a source's best"
                      + " passage)");
            }
          }
          copy.put(q, List.copyOf(entries));
        });
    this.byQuery = Collections.unmodifiableMap(copy);
    this.tag = tag;
  }

  /**
   * Checks that a value is one column of a TREC run or qrels line, which {@code write} could not
   * otherwise give back ({@link Runs#escapeId} makes one): not empty, and without the ASCII white
   * space that parts the columns (as trec_eval and {@link #read} part them; a no-break space is a
   * char of an id).
   */
  static void requireOneColumn(String file, String what, String value, boolean mayBeEmpty) {
    if (value == null || (value.isEmpty() && !mayBeEmpty)) {
      throw new IllegalArgumentException(
          "a " + file + "'s " + what + " is " + (value == null ? "null" : "empty"));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        throw new IllegalArgumentException(
            "a "
                + file
                + "'s "
                + what
                + " holds white space, which parts the columns of its lines: \""
                + value
                + "\" (Runs.escapeId escapes it)");
      }
    }
  }

  /**
   * Builds a run.
   *
   * @param entries query id to its entries
   * @param tag the run tag
   * @return the run
   * @throws IllegalArgumentException if a query id or document id is empty, or one of them or the
   *     tag holds ASCII white space (which parts a run line's columns), a document appears twice
   *     for a query, or a score is not finite
   */
  public static Run of(Map<String, List<Entry>> entries, String tag) {
    return new Run(entries, tag);
  }

  /**
   * Builds a run from ranked document ids per query: ranks 1, 2, … and scores n, n-1, … 1.
   *
   * @param ranked query id to document ids, best first
   * @param tag the run tag
   * @return the run
   * @throws IllegalArgumentException as {@link #of}: a document listed twice for a query among them
   */
  public static Run ofRanked(Map<String, List<String>> ranked, String tag) {
    Map<String, List<Entry>> map = new LinkedHashMap<>();
    ranked.forEach(
        (q, docs) -> {
          List<Entry> entries = new ArrayList<>();
          for (int i = 0; i < docs.size(); i++) {
            entries.add(new Entry(docs.get(i), i + 1, docs.size() - i));
          }
          map.put(q, entries);
        });
    return new Run(map, tag);
  }

  /**
   * Reads a run file.
   *
   * @param file the file
   * @return the run
   * @throws EvalFormatException naming file and line if a line is not a run line
   * @throws IOException naming the file if it cannot be read or is not UTF-8
   */
  public static Run read(Path file) throws IOException {
    return parse(file.toString(), TextFiles.readLines(file));
  }

  /**
   * Parses run lines.
   *
   * @param name the name used in error messages
   * @param lines the lines
   * @return the run
   * @throws EvalFormatException naming the line that is not {@code qid Q0 docid rank score tag}
   */
  public static Run parse(String name, List<String> lines) throws EvalFormatException {
    Map<String, List<Entry>> map = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
    String tag = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = withoutByteOrderMark(lines.get(i), i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 6) {
        throw new EvalFormatException(
            name, i + 1, "expected 6 fields (qid Q0 docid rank score tag), found " + f.length);
      }
      int rank;
      double score;
      try {
        rank = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        throw new EvalFormatException(name, i + 1, "rank must be an integer, found '" + f[3] + "'");
      }
      if (!DECIMAL.matcher(f[4]).matches()) {
        throw new EvalFormatException(name, i + 1, "score must be a number, found '" + f[4] + "'");
      }
      score = Double.parseDouble(f[4]);
      if (!Double.isFinite(score)) {
        throw new EvalFormatException(name, i + 1, "score out of range: '" + f[4] + "'");
      }
      Integer duplicate = seen.computeIfAbsent(f[0], q -> new LinkedHashMap<>()).put(f[2], i + 1);
      if (duplicate != null) {
        throw new EvalFormatException(
            name,
            i + 1,
            "document "
                + f[2]
                + " appears twice for query "
                + f[0]
                + " (first on line "
                + duplicate
                + ")");
      }
      map.computeIfAbsent(f[0], q -> new ArrayList<>()).add(new Entry(f[2], rank, score));
      tag = f[5];
    }
    return new Run(map, tag);
  }

  /**
   * A score as trec_eval's {@code atof} reads it and runs write it: digits, a point, an exponent.
   * NaN, infinities and Java's forms ({@code 1f}, {@code 0x1p1}) are refused: NaN would rank above
   * every score.
   */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * A file's line without the byte-order mark its first line may start with.
   *
   * @param line the line
   * @param index its index, from 0
   * @return the line
   */
  static String withoutByteOrderMark(String line, int index) {
    return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /**
   * Writes the run in TREC form, each query's entries in evaluation order, renumbered from 1.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(Writer out) throws IOException {
    for (String qid : byQuery.keySet()) {
      List<Entry> ranked = ranking(qid, Order.SCORE);
      for (int i = 0; i < ranked.size(); i++) {
        Entry e = ranked.get(i);
        out.write(
            String.format(
                Locale.ROOT,
                "%s Q0 %s %d %s %s%n",
                qid,
                e.docId(),
                i + 1,
                Double.toString(e.score()),
                tag.isEmpty() ? "run" : tag));
      }
    }
  }

  /**
   * Returns the query ids, sorted.
   *
   * @return the query ids of the run
   */
  public Set<String> queries() {
    return byQuery.keySet();
  }

  /**
   * Returns the run tag.
   *
   * @return the tag of the last line read, or the one given
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns a query's entries in evaluation order.
   *
   * @param qid the query id
   * @param order score order (trec_eval's) or rank order
   * @return the entries, best first; empty if the query is not in the run
   */
  public List<Entry> ranking(String qid, Order order) {
    List<Entry> entries = new ArrayList<>(byQuery.getOrDefault(qid, List.of()));
    // trec_eval compares scores as C doubles (0.0 equals -0.0; adding 0.0 makes -0.0 0.0) and
    // docids with strcmp, byte by byte in UTF-8: the order of their code points, which UTF-16's
    // order (String.compareTo) differs from for chars past U+FFFF.
    Comparator<Entry> byDocId = (a, b) -> byCodePoint(a.docId(), b.docId());
    Comparator<Entry> comparator =
        order == Order.RANK
            ? Comparator.comparingInt(Entry::rank).thenComparing(byDocId)
            : Comparator.comparingDouble((Entry e) -> e.score() + 0.0)
                .reversed()
                .thenComparing(byDocId.reversed());
    entries.sort(comparator);
    return entries;
  }

  /**
   * Compares strings by code point, as strcmp compares their UTF-8 bytes.
   *
   * @param a a string
   * @param b another
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  static int byCodePoint(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(i);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
    }
    return Integer.compare(a.length() - i, b.length() - i);
  }
}
