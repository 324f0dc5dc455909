package io.github.loci.core.eval;

import io.github.loci.core.internal.TextFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Span judgments: evidence spans per query (see {@link EvidenceSpan}). A ranked list of passages is
 * judged against them so that each evidence counts once: the gain at a rank is the best grade among
 * the evidence spans that passage is the first to cover. Immutable.
 *
 * <p>Two TSV formats, {@code #} starting a comment:
 *
 * <ul>
 *   <li>spans: {@code qid TAB sourceId TAB start TAB end TAB grade [TAB quote]} ({@link #read});
 *   <li>quotes: {@code qid TAB sourceId TAB grade TAB quote}, resolved against the sources' texts
 *       ({@link #readQuotes}); a quote must occur exactly once in its source, matching through
 *       no-break spaces, typographic quotes and apostrophes ({@link Quotes}).
 * </ul>
 */
public final class SpanJudgments {
  private final Map<String, List<EvidenceSpan>> byQuery;

  private SpanJudgments(List<EvidenceSpan> spans) {
    Map<String, List<EvidenceSpan>> map = new TreeMap<>();
    for (EvidenceSpan span : spans) {
      map.computeIfAbsent(span.qid(), q -> new ArrayList<>()).add(span);
    }
    map.replaceAll((q, list) -> List.copyOf(list));
    this.byQuery = java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Span judgments from the Java API.
   *
   * @param spans the evidence spans
   * @return the judgments
   */
  public static SpanJudgments of(List<EvidenceSpan> spans) {
    return new SpanJudgments(spans);
  }

  /**
   * Builds a judgment from a quote.
   *
   * @param qid the query id
   * @param sourceId the source
   * @param sourceText the source's text
   * @param quote the exact phrase, as a person would quote it
   * @param grade 1 or more
   * @return the evidence span
   * @throws IllegalArgumentException if the quote is absent from the source or ambiguous
   */
  public static EvidenceSpan fromQuote(
      String qid, String sourceId, String sourceText, String quote, int grade) {
    int[] span = Quotes.findOne(sourceText, quote, "source " + sourceId);
    return new EvidenceSpan(qid, sourceId, span[0], span[1], grade);
  }

  /**
   * Reads a spans file.
   *
   * @param file the file
   * @return the judgments
   * @throws EvalFormatException naming file and line if a line is malformed
   * @throws IOException if the file cannot be read
   */
  public static SpanJudgments read(Path file) throws IOException {
    return readTsv(
        file,
        5,
        6,
        "expected qid, sourceId, start, end, grade [, quote] separated by tabs",
        f ->
            new EvidenceSpan(
                f[0],
                f[1],
                Integer.parseInt(f[2]),
                Integer.parseInt(f[3]),
                Integer.parseInt(f[4])));
  }

  /** Parses the tab-separated fields of one line; IllegalArgumentException says what is wrong. */
  private interface LineParser {
    EvidenceSpan parse(String[] fields);
  }

  private static SpanJudgments readTsv(
      Path file, int minFields, int maxFields, String expected, LineParser parser)
      throws IOException {
    List<String> lines = TextFiles.readLines(file);
    List<EvidenceSpan> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < minFields || f.length > maxFields) {
        throw new EvalFormatException(file.toString(), i + 1, expected);
      }
      try {
        spans.add(parser.parse(f));
      } catch (IllegalArgumentException e) {
        throw new EvalFormatException(file.toString(), i + 1, e.getMessage());
      }
    }
    return new SpanJudgments(spans);
  }

  /**
   * Reads a quotes file and resolves each quote in its source's text.
   *
   * @param file the file
   * @param sourceText source id to its text, empty if unknown
   * @return the judgments
   * @throws EvalFormatException naming file and line for a malformed line, an unknown source, or a
   *     quote that is absent or ambiguous
   * @throws IOException if the file cannot be read
   */
  public static SpanJudgments readQuotes(Path file, Function<String, Optional<String>> sourceText)
      throws IOException {
    return readTsv(
        file,
        4,
        4,
        "expected qid, sourceId, grade, quote separated by tabs",
        f -> {
          String text =
              sourceText
                  .apply(f[1])
                  .orElseThrow(() -> new IllegalArgumentException("unknown source " + f[1]));
          return fromQuote(f[0], f[1], text, f[3], Integer.parseInt(f[2]));
        });
  }

  /**
   * Writes the spans format.
   *
   * @param out where to write
   * @param sourceText source id to text, to add each span's text as a quote column; may return
   *     empty
   * @throws IOException if writing fails
   */
  public void write(Writer out, Function<String, Optional<String>> sourceText) throws IOException {
    out.write("# qid\tsourceId\tstart\tend\tgrade\tquote\n");
    for (EvidenceSpan s : all()) {
      String quote =
          sourceText
              .apply(s.sourceId())
              .map(t -> "\t" + t.substring(s.start(), s.end()))
              .orElse("");
      out.write(
          s.qid()
              + "\t"
              + s.sourceId()
              + "\t"
              + s.start()
              + "\t"
              + s.end()
              + "\t"
              + s.grade()
              + quote.replace('\n', ' ')
              + "\n");
    }
  }

  /**
   * Returns all spans, by query.
   *
   * @return the evidence spans
   */
  public List<EvidenceSpan> all() {
    return byQuery.values().stream().flatMap(List::stream).toList();
  }

  /**
   * Returns the judged query ids.
   *
   * @return the query ids, sorted
   */
  public Set<String> queries() {
    return new TreeSet<>(byQuery.keySet());
  }

  /**
   * Returns a query's evidence.
   *
   * @param qid the query id
   * @return its spans; empty if none
   */
  public List<EvidenceSpan> forQuery(String qid) {
    return byQuery.getOrDefault(qid, List.of());
  }

  /**
   * Judges a ranked list of passages: each evidence counts once, at the first passage that covers
   * it.
   *
   * @param qid the query id
   * @param ranked the passages, best first
   * @return the judged ranking
   * @throws IllegalArgumentException if the query has no evidence
   */
  public JudgedRanking judge(String qid, List<RetrievedPassage> ranked) {
    List<EvidenceSpan> evidence = forQuery(qid);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("query " + qid + " has no evidence spans");
    }
    boolean[] covered = new boolean[evidence.size()];
    double[] gains = new double[ranked.size()];
    int[] found = new int[ranked.size() + 1];
    for (int i = 0; i < ranked.size(); i++) {
      int best = 0;
      int newly = 0;
      for (int e = 0; e < evidence.size(); e++) {
        if (!covered[e] && evidence.get(e).coveredBy(ranked.get(i))) {
          covered[e] = true;
          newly++;
          best = Math.max(best, evidence.get(e).grade());
        }
      }
      gains[i] = best;
      found[i + 1] = found[i] + newly;
    }
    double[] ideal =
        evidence.stream()
            .map(EvidenceSpan::grade)
            .sorted(Comparator.reverseOrder())
            .mapToDouble(Integer::doubleValue)
            .toArray();
    return new JudgedRanking(gains, found, ideal);
  }

  /**
   * Evaluates ranked passage lists.
   *
   * @param rankedByQuery query id to its passages, best first; queries without evidence are left
   *     out of the means and listed
   * @param metrics the metrics
   * @return the evaluation
   */
  public Evaluation evaluate(
      Map<String, List<RetrievedPassage>> rankedByQuery, List<Metric> metrics) {
    Map<String, JudgedRanking> rankings = new LinkedHashMap<>();
    List<String> withoutEvidence = new ArrayList<>();
    rankedByQuery.forEach(
        (qid, ranked) -> {
          if (forQuery(qid).isEmpty()) {
            withoutEvidence.add(qid);
          } else {
            rankings.put(qid, judge(qid, ranked));
          }
        });
    List<String> missing =
        byQuery.keySet().stream().filter(q -> !rankedByQuery.containsKey(q)).toList();
    return Evaluation.of(metrics, rankings, List.of(), withoutEvidence, missing);
  }
}
