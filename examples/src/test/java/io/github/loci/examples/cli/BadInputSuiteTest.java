package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and unusual input, the way a new user or a careless script gives it: one row per case. A row
 * prepares files in a fresh folder, runs {@code loci} commands in this JVM, and checks the exit
 * code, what stderr says, and (optionally) what is on disk or in the index afterwards.
 *
 * <p>Arguments may name {@code {dir}}, the case's folder. To add a case, add one row to {@link
 * #cases()}.
 */
class BadInputSuiteTest {

  /** A command's outcome. */
  record Result(int code, String out, String err) {}

  /** Prepares a case's files. */
  @FunctionalInterface
  interface Setup {
    void prepare(Path dir) throws Exception;
  }

  /** Checks what a case left behind, after its commands ran. */
  @FunctionalInterface
  interface Check {
    void verify(Path dir, Result last) throws Exception;
  }

  /**
   * One case: files to prepare, commands to run (all but the last must exit 0), and what the last
   * command must do.
   *
   * @param name what the case is, as the test report shows it
   * @param setup prepares the case's folder
   * @param commands each a command line; {@code {dir}} stands for the case's folder
   * @param exit the last command's exit code
   * @param says fragments the last command's stderr (or stdout, for reports) must contain
   * @param check what must hold afterwards
   */
  record Case(
      String name, Setup setup, List<String[]> commands, int exit, List<String> says, Check check) {
    @Override
    public String toString() {
      return name;
    }

    static Case of(String name, Setup setup, String... lastCommand) {
      return new Case(name, setup, List.<String[]>of(lastCommand), 0, List.of(), (d, r) -> {});
    }

    /** Runs {@code command} first (it must succeed). */
    Case after(String... command) {
      List<String[]> all = new ArrayList<>();
      all.add(command);
      all.addAll(commands);
      return new Case(name, setup, all, exit, says, check);
    }

    Case exits(int code) {
      return new Case(name, setup, commands, code, says, check);
    }

    Case says(String... fragments) {
      return new Case(name, setup, commands, exit, List.of(fragments), check);
    }

    Case then(Check then) {
      return new Case(name, setup, commands, exit, says, then);
    }
  }

  static Stream<Case> cases() {
    return Stream.concat(
        Stream.of(
            Case.of("unknown command", dir -> {}, "serch", "data centres")
                .exits(2)
                .says("loci: error:")),
        limitCases());
  }

  /** Issue #12 items 2, 3, 4 and 6: sizes, passages, languages and queries. */
  static Stream<Case> limitCases() {
    String idx = "{dir}/idx";
    String docs = "{dir}/docs";
    return Stream.of(
        // 3. Passages stay passage-sized.
        Case.of(
                "a 200,000-char line without full stops becomes passage-sized passages",
                dir -> write(dir.resolve("docs/line.txt"), BadInputTexts.lineWithoutStops(200_000)),
                "search",
                "--index",
                idx,
                "--format",
                "json",
                "--top",
                "50",
                "alibaba")
            .after("index", "--index", idx, docs)
            .then(
                (dir, r) -> {
                  BadInputTexts.assertPassageSized(r.out(), 1000);
                  String row = BadInputTexts.sourceRow(dir.resolve("idx"), "line");
                  int passages = Integer.parseInt(row.strip().split("\\s+")[4]);
                  assertTrue(passages >= 200, row);
                }),
        Case.of(
                "a 200,000-char token is cut; the words after it are found in a short passage",
                dir ->
                    write(
                        dir.resolve("docs/token.txt"),
                        "Alibaba opens a data centre. " + "x".repeat(200_000) + " and more words"),
                "search",
                "--index",
                idx,
                "--format",
                "json",
                "more words")
            .after("index", "--index", idx, docs)
            .then((dir, r) -> BadInputTexts.assertPassageSized(r.out(), 1000)),
        Case.of(
                "a 40,000-char id is reported with its line, never as Lucene's immense term",
                dir ->
                    write(
                        dir.resolve("docs/r.jsonl"),
                        BadInputTexts.record(Map.of("id", "i".repeat(40_000), "text", "Cloud."))
                            + BadInputTexts.record(Map.of("id", "ok", "text", "Cloud."))),
                "index",
                "--index",
                idx,
                docs)
            .says("r.jsonl:1", "at most 1000")
            .then(
                (dir, r) -> {
                  assertFalse((r.out() + r.err()).contains("immense"), r.out());
                  assertEquals(Set.of("ok"), BadInputTexts.languages(dir.resolve("idx")).keySet());
                }),
        // 4. Short texts get the right language, or a safe one.
        Case.of(
                "one-line English files get en or und, never an unrelated language",
                dir -> {
                  String[] lines = {
                    "data centres",
                    "Data centres use a lot of power.",
                    "Cloud spending is rising fast",
                    "Microsoft builds more data centres",
                    "Revenue grew 12 percent in the third quarter."
                  };
                  for (int i = 0; i < lines.length; i++) {
                    write(dir.resolve("docs/e" + i + ".txt"), lines[i] + "\n");
                  }
                },
                "index",
                "--index",
                idx,
                docs)
            .then(
                (dir, r) ->
                    BadInputTexts.languages(dir.resolve("idx"))
                        .forEach(
                            (id, lang) ->
                                assertTrue(Set.of("en", "und").contains(lang), id + ": " + lang))),
        Case.of(
                "\"data centres\" finds every one-line English file that says it",
                dir -> {
                  for (int i = 0; i < 12; i++) {
                    write(dir.resolve("docs/n" + i + ".txt"), "note " + i + " data centres\n");
                  }
                },
                "search",
                "--index",
                idx,
                "--format",
                "json",
                "--top",
                "50",
                "data centres")
            .after("index", "--index", idx, docs)
            .then((dir, r) -> assertEquals(12, BadInputTexts.hits(r.out()).size(), r.out())),
        Case.of(
                "a topic finds its terms' plurals verbatim in a language Loci does not analyze",
                dir ->
                    write(
                        dir.resolve("docs/r.jsonl"),
                        BadInputTexts.record(
                            Map.of(
                                "id",
                                "de1",
                                "lang",
                                "de",
                                "text",
                                "Alibaba baut zwei neue data centres in Frankfurt, sagt die"
                                    + " Firma."))),
                "search",
                "--index",
                idx,
                "--format",
                "json",
                "--topic",
                "data-centres")
            .after("index", "--index", idx, docs)
            .then((dir, r) -> assertEquals(1, BadInputTexts.hits(r.out()).size(), r.out())),
        Case.of(
                "index --lang en declares the language of text files",
                dir -> write(dir.resolve("docs/a.txt"), "data centres\n"),
                "index",
                "--index",
                idx,
                "--lang",
                "en",
                docs)
            .then(
                (dir, r) ->
                    assertTrue(
                        BadInputTexts.sourceRow(dir.resolve("idx"), "a").contains(" en   declared"),
                        BadInputTexts.sourceRow(dir.resolve("idx"), "a"))),
        Case.of(
                "index --lang it declares records without \"lang\" and leaves the others",
                dir ->
                    write(
                        dir.resolve("docs/r.jsonl"),
                        BadInputTexts.record(Map.of("id", "r1", "text", "Centri dati."))
                            + BadInputTexts.record(
                                Map.of("id", "r2", "lang", "es", "text", "Centros de datos."))),
                "index",
                "--index",
                idx,
                "--lang",
                "it",
                docs)
            .then(
                (dir, r) ->
                    assertEquals(
                        Map.of("r1", "it", "r2", "es"),
                        BadInputTexts.languages(dir.resolve("idx")))),
        Case.of(
                "index --lang English is taken as en",
                dir -> write(dir.resolve("docs/a.txt"), "Los centros de datos\n"),
                "index",
                "--index",
                idx,
                "--lang",
                "English",
                docs)
            .then(
                (dir, r) ->
                    assertEquals("en", BadInputTexts.languages(dir.resolve("idx")).get("a"))),
        Case.of(
                "index --lang klingon is a usage error naming the option",
                dir -> write(dir.resolve("docs/a.txt"), "data centres\n"),
                "index",
                "--index",
                idx,
                "--lang",
                "klingon",
                docs)
            .exits(2)
            .says("--lang", "unknown language \"klingon\"")
            .then((dir, r) -> assertFalse(Files.exists(dir.resolve("idx")), "index created")),
        Case.of(
                "\"lang\":\"english\" in a record is taken as en",
                dir ->
                    write(
                        dir.resolve("docs/r.jsonl"),
                        BadInputTexts.record(
                            Map.of("id", "r1", "lang", "english", "text", "Data centres."))),
                "index",
                "--index",
                idx,
                docs)
            .then(
                (dir, r) ->
                    assertEquals("en", BadInputTexts.languages(dir.resolve("idx")).get("r1"))),
        Case.of(
                "\"lang\":\"xx-klingon\" in a record is an error naming the line",
                dir ->
                    write(
                        dir.resolve("docs/r.jsonl"),
                        BadInputTexts.record(Map.of("id", "r1", "text", "Data centres."))
                            + BadInputTexts.record(
                                Map.of("id", "r2", "lang", "xx-klingon", "text", "Centres."))),
                "index",
                "--index",
                idx,
                docs)
            .says("r.jsonl:2", "unknown language")
            .then(
                (dir, r) ->
                    assertEquals(
                        Set.of("r1"), BadInputTexts.languages(dir.resolve("idx")).keySet())),
        // 6. Queries of any length; queries files.
        Case.of(
                "a 2,000-char query is searched",
                dir -> write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n"),
                "search",
                "--index",
                idx,
                "--format",
                "json",
                BadInputTexts.pastedArticle(2_000) + " data centres")
            .after("index", "--index", idx, docs)
            .then((dir, r) -> assertEquals(1, BadInputTexts.hits(r.out()).size(), r.out())),
        Case.of(
                "--explain says which words of a 2,000-char query were searched",
                dir -> write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n"),
                "search",
                "--index",
                idx,
                "--explain",
                BadInputTexts.pastedArticle(2_000) + " data centres")
            .after("index", "--index", idx, docs)
            .says("distinct words; searched with the 32 fewest passages contain:", "a#0"),
        Case.of(
                "a queries file that is not UTF-8 is a usage error naming it",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  Files.write(
                      dir.resolve("q.tsv"),
                      "q1\tcentros de datos en Bogot\u00e1\n"
                          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                },
                "search",
                "--index",
                idx,
                "--queries",
                "{dir}/q.tsv")
            .after("index", "--index", idx, docs)
            .exits(2)
            .says("q.tsv: not valid UTF-8"),
        Case.of(
                "a 2,000-char query in a queries file is searched with the others",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  BadInputTexts.queries(
                      dir,
                      "q1\t"
                          + BadInputTexts.pastedArticle(2_000)
                          + " data centres\nq2\tdata centres\n");
                },
                "search",
                "--index",
                idx,
                "--format",
                "trec",
                "--queries",
                "{dir}/q.tsv")
            .after("index", "--index", idx, docs)
            .then(
                (dir, r) -> {
                  assertTrue(r.out().contains("q1 Q0 a#0"), r.out());
                  assertTrue(r.out().contains("q2 Q0 a#0"), r.out());
                }),
        Case.of(
                "a bad line of a queries file is reported with file, line and qid; the rest run",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  BadInputTexts.queries(dir, "q1\tdata centres\tklingon\nq2\n\nq3\tdata centres\n");
                },
                "search",
                "--index",
                idx,
                "--format",
                "trec",
                "--queries",
                "{dir}/q.tsv")
            .after("index", "--index", idx, docs)
            .exits(1)
            .says("q.tsv:1: q1:", "q.tsv:2:", "2 of 3 queries failed")
            .then((dir, r) -> assertTrue(r.out().contains("q3 Q0 a#0"), r.out())),
        Case.of(
                "a queries file's UTF-8 byte-order mark is not part of the first qid",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  BadInputTexts.queries(dir, "\uFEFFq1\tdata centres\n");
                },
                "search",
                "--index",
                idx,
                "--format",
                "trec",
                "--queries",
                "{dir}/q.tsv")
            .after("index", "--index", idx, docs)
            .then((dir, r) -> assertTrue(r.out().startsWith("q1 Q0 a#0"), r.out())),
        Case.of(
                "duplicate qids in a queries file are an error naming both lines",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  BadInputTexts.queries(dir, "q1\tdata centres\nq2\tcloud\nq1\tmarket\n");
                },
                "search",
                "--index",
                idx,
                "--format",
                "trec",
                "--queries",
                "{dir}/q.tsv")
            .after("index", "--index", idx, docs)
            .exits(2)
            .says("q.tsv:3", "qid q1", "line 1")
            .then((dir, r) -> assertEquals("", r.out())),
        Case.of(
                "an empty queries file is a usage error",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  BadInputTexts.queries(dir, "# no queries yet\n\n");
                },
                "search",
                "--index",
                idx,
                "--queries",
                "{dir}/q.tsv")
            .after("index", "--index", idx, docs)
            .exits(2)
            .says("q.tsv", "no queries"));
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void testBadInput(Case c) throws Exception {
    c.setup().prepare(dir);
    Result last = null;
    for (int i = 0; i < c.commands().size(); i++) {
      last = run(expand(c.commands().get(i)));
      if (i < c.commands().size() - 1) {
        assertEquals(0, last.code(), "step " + i + ": " + last.err());
      }
    }
    assertEquals(
        c.exit(), last.code(), "exit code; stderr: " + last.err() + " stdout: " + last.out());
    for (String fragment : c.says()) {
      assertTrue(
          last.err().contains(fragment) || last.out().contains(fragment),
          "expected \"" + fragment + "\" in: " + last.err() + last.out());
    }
    c.check().verify(dir, last);
  }

  private String[] expand(String[] args) {
    return Arrays.stream(args).map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new);
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LociCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /** Writes a UTF-8 text file, creating its folders. */
  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
