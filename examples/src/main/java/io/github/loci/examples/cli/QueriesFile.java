package io.github.loci.examples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A queries file for {@code search --queries}: {@code qid<TAB>query[<TAB>lang]} lines, UTF-8 (a
 * byte-order mark is dropped); blank lines and lines starting with {@code #} are passed over. A
 * malformed line is a problem that names the file and line, and the other queries still run; a qid
 * given twice, or a file without a query, is an error (a run file must name each query once).
 *
 * @param queries the queries, in file order
 * @param problems the malformed lines, each {@code file:line: what is wrong}
 */
record QueriesFile(List<Query> queries, List<String> problems) {
  /** The longest part of a malformed line a problem quotes. */
  private static final int QUOTED_CHARS = 80;

  /**
   * One query.
   *
   * @param qid its id
   * @param text its text
   * @param lang its declared language, or null
   * @param where {@code file:line}
   */
  record Query(String qid, String text, String lang, String where) {}

  /**
   * Reads a queries file.
   *
   * @param file the file
   * @return its queries and malformed lines
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not UTF-8, has no query, or gives a qid twice
   */
  static QueriesFile read(Path file) throws IOException {
    String text;
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a folder, not a file");
    }
    byte[] bytes = Files.readAllBytes(file);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(in)
              .toString();
    } catch (CharacterCodingException e) {
      // The decoder stops at the first bad byte: name its line and offset, as index does.
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new IllegalArgumentException(
          file + ":" + line + " (byte " + at + "): not valid UTF-8 (convert it to UTF-8)", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Query> queries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + number;
      String[] fields = line.split("\t", -1);
      if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
        problems.add(
            where
                + ": expected qid<TAB>query[<TAB>lang], found: "
                + (line.length() > QUOTED_CHARS ? line.substring(0, QUOTED_CHARS) + "…" : line));
        continue;
      }
      String qid = fields[0].strip();
      if (qid.startsWith("#")) {
        // A run or qrels line starting with # is a comment to loci eval: the query would vanish.
        problems.add(
            where + ": a qid may not start with #, which run and qrels files read as a comment");
        continue;
      }
      Integer first = lineOf.putIfAbsent(qid, number);
      if (first != null) {
        throw new IllegalArgumentException(
            where + ": qid " + qid + " is given twice (first on line " + first + ")");
      }
      String lang = fields.length > 2 && !fields[2].isBlank() ? fields[2].strip() : null;
      queries.add(new Query(qid, fields[1].strip(), lang, where));
    }
    if (queries.isEmpty() && problems.isEmpty()) {
      throw new IllegalArgumentException(
          file + ": no queries (expected qid<TAB>query[<TAB>lang] lines)");
    }
    return new QueriesFile(List.copyOf(queries), List.copyOf(problems));
  }
}
