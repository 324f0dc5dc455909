package io.github.loci.core.eval;

import io.github.loci.core.internal.TextFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relevance judgments in TREC qrels form: for each query, the judged documents and their grades (0
 * is judged not relevant; a grade of 1 or more is relevant, higher is better). Immutable.
 *
 * <p>File format, one judgment per line, fields separated by white space: {@code qid iteration
 * docid grade} (the iteration column is ignored, as trec_eval does).
 */
public final class Qrels {
  private final Map<String, Map<String, Integer>> byQuery;

  private Qrels(Map<String, Map<String, Integer>> byQuery) {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    byQuery.forEach(
        (q, docs) -> {
          Run.requireOneColumn("qrels", "query id", q, false);
          docs.forEach(
              (doc, grade) -> {
                Run.requireOneColumn("qrels", "document id", doc, false);
                if (grade == null) {
                  throw new IllegalArgumentException(
                      "a qrels grade is null: document " + doc + " of query " + q);
                }
              });
          copy.put(q, Collections.unmodifiableMap(new TreeMap<>(docs)));
        });
    this.byQuery = Collections.unmodifiableMap(copy);
  }

  /**
   * Builds qrels from a map.
   *
   * @param judgments query id to document id to grade
   * @return the qrels
   * @throws IllegalArgumentException if an id is empty or holds ASCII white space (which parts a
   *     qrels line's columns), or a grade is null
   */
  public static Qrels of(Map<String, Map<String, Integer>> judgments) {
    return new Qrels(judgments);
  }

  /**
   * Reads a qrels file.
   *
   * @param file the file
   * @return the qrels
   * @throws EvalFormatException naming file and line if a line is not {@code qid iter docid grade}
   * @throws IOException naming the file if it cannot be read or is not UTF-8
   */
  public static Qrels read(Path file) throws IOException {
    return parse(file.toString(), TextFiles.readLines(file));
  }

  /**
   * Parses qrels lines.
   *
   * @param name the name used in error messages
   * @param lines the lines
   * @return the qrels
   * @throws EvalFormatException naming the line that is not {@code qid iter docid grade}
   */
  public static Qrels parse(String name, List<String> lines) throws EvalFormatException {
    Map<String, Map<String, Integer>> map = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = Run.withoutByteOrderMark(lines.get(i), i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 4) {
        throw new EvalFormatException(
            name, i + 1, "expected 4 fields (qid iter docid grade), found " + f.length);
      }
      int grade;
      try {
        grade = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        throw new EvalFormatException(
            name, i + 1, "grade must be an integer, found '" + f[3] + "'");
      }
      Integer previous = map.computeIfAbsent(f[0], q -> new LinkedHashMap<>()).put(f[2], grade);
      if (previous != null && previous != grade) {
        throw new EvalFormatException(
            name, i + 1, "document " + f[2] + " of query " + f[0] + " is judged twice");
      }
    }
    return new Qrels(map);
  }

  /**
   * Writes the qrels in TREC form, queries and documents in order.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(Writer out) throws IOException {
    for (var query : byQuery.entrySet()) {
      for (var doc : query.getValue().entrySet()) {
        out.write(query.getKey() + " 0 " + doc.getKey() + " " + doc.getValue() + "\n");
      }
    }
  }

  /**
   * Returns the judged query ids, sorted.
   *
   * @return the query ids
   */
  public Set<String> queries() {
    return byQuery.keySet();
  }

  /**
   * Returns a query's judgments.
   *
   * @param qid the query id
   * @return document id to grade; empty if the query is not judged
   */
  public Map<String, Integer> judgments(String qid) {
    return byQuery.getOrDefault(qid, Map.of());
  }
}
