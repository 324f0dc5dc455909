package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    return cliCases();
  }

  private static final String DOCS = "{dir}/docs";
  private static final String IDX = "{dir}/idx";

  /** Engineer A's rows: --sync, exit codes and ids, read-only commands, messages. */
  static Stream<Case> cliCases() {
    return Stream.of(
        // 1. --sync never removes a source whose file still exists
        Case.of(
                "sync: a sub-folder that cannot be read is reported and its sources are kept",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  BadInputFiles.breakFolder(dir.resolve("docs/sub"));
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync")
            .exits(ExitCodes.SKIPPED)
            .says("docs/sub", "cannot be followed", "Removed 0 sources")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "walk: a link that cannot be followed is reported and the walk goes on",
                dir -> {
                  BadInputFiles.corpus(dir);
                  BadInputFiles.loop(dir.resolve("docs/b.txt"));
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("b.txt", "cannot be followed")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "walk: a dangling link is reported and the walk goes on",
                dir -> {
                  BadInputFiles.corpus(dir);
                  Files.createSymbolicLink(dir.resolve("docs/b.txt"), dir.resolve("nowhere.txt"));
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("b.txt", "nowhere.txt")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "sync: a missing root folder is an error and removes nothing",
                dir -> BadInputFiles.indexCorpus(dir),
                "index",
                "{dir}/docs.moved",
                "--index",
                IDX,
                "--sync")
            .exits(ExitCodes.FAILURE)
            .says("docs.moved", "no such file or folder", "nothing was removed")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "sync: the records of a deleted JSON Lines file are removed",
                dir -> {
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r1\",\"text\":\""
                          + BadInputFiles.A
                          + "\"}\n"
                          + "{\"id\":\"r2\",\"text\":\""
                          + BadInputFiles.X
                          + "\"}\n");
                  BadInputFiles.indexCorpus(dir);
                  Files.delete(dir.resolve("docs/recs.jsonl"));
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync")
            .says("r1", "r2")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "sync: says what it will remove before it removes it",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  Files.delete(dir.resolve("docs/sub/x.txt"));
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync")
            .says("Removing 1 source whose file is gone: sub/x")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a")),
        Case.of(
                "sync --dry-run lists what would be removed and changes nothing",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  Files.delete(dir.resolve("docs/sub/x.txt"));
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync",
                "--dry-run")
            .says("Would remove 1 source whose file is gone: sub/x")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "--dry-run without --sync is a usage error",
                dir -> BadInputFiles.corpus(dir),
                "index",
                DOCS,
                "--index",
                IDX,
                "--dry-run")
            .exits(ExitCodes.USAGE)
            .says("--dry-run needs --sync")
            .then((d, r) -> BadInputFiles.absent(d.resolve("idx"))),
        // 5. Exit codes and ids never hide a loss
        Case.of(
                "index: every input missing exits 'nothing indexed'",
                dir -> {},
                "index",
                "{dir}/nothere",
                "--index",
                IDX)
            .exits(ExitCodes.NOTHING_INDEXED)
            .says("no such file or folder", "Nothing indexed"),
        Case.of(
                "index: every file skipped exits 'nothing indexed'",
                dir -> Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'}),
                "index",
                "{dir}/bin.txt",
                "--index",
                IDX)
            .exits(ExitCodes.NOTHING_INDEXED)
            .says("NUL byte"),
        Case.of(
                "index: some inputs skipped exits 'some inputs skipped'",
                dir -> {
                  BadInputFiles.corpus(dir);
                  Files.write(dir.resolve("docs/bin.txt"), new byte[] {'a', 0, 'b'});
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("Skipped 1")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "index: two folders' README.md share an id: an error naming both and the fix",
                dir -> {
                  write(dir.resolve("one/README.md"), BadInputFiles.A);
                  write(dir.resolve("two/README.md"), BadInputFiles.X);
                },
                "index",
                "{dir}/one",
                "{dir}/two",
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("one/README.md", "two/README.md", "'README'", "--id-prefix"),
        Case.of(
                "index --id-prefix gives two folders' files distinct ids",
                dir -> {
                  write(dir.resolve("one/README.md"), BadInputFiles.A);
                  write(dir.resolve("two/README.md"), BadInputFiles.X);
                },
                "index",
                "{dir}/two",
                "--index",
                IDX,
                "--id-prefix",
                "two/")
            .after("index", "{dir}/one", "--index", IDX, "--id-prefix", "one/")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "one/README", "two/README")),
        Case.of(
                "index: an id reused from another file is reported as a replacement",
                dir -> {
                  write(dir.resolve("one/x.txt"), BadInputFiles.A);
                  write(dir.resolve("two/x.txt"), BadInputFiles.X);
                },
                "index",
                "{dir}/two",
                "--index",
                IDX)
            .after("index", "{dir}/one", "--index", IDX)
            .says("Replaced 1 source read from another file", "one/x.txt", "two/x.txt"),
        Case.of(
                "index: one file named two ways stays one source",
                dir -> BadInputFiles.indexCorpus(dir),
                "index",
                "{dir}/docs/sub/x.txt",
                "--index",
                IDX)
            .says("already indexed as 'sub/x'")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "index: one file given twice in one run is read once",
                dir -> BadInputFiles.corpus(dir),
                "index",
                DOCS,
                "{dir}/docs/sub/../sub/x.txt",
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("given twice")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        // 7. Read-only commands do not write
        Case.of(
                "search --index of a missing folder creates nothing",
                dir -> {},
                "search",
                "--index",
                "{dir}/a/b/c",
                "data")
            .exits(ExitCodes.FAILURE)
            .says("no Loci index at")
            .then((d, r) -> BadInputFiles.absent(d.resolve("a"))),
        Case.of(
                "sources --delete on a missing index creates nothing",
                dir -> {},
                "sources",
                "--index",
                "{dir}/typo",
                "--delete",
                "x")
            .exits(ExitCodes.FAILURE)
            .says("no Loci index at")
            .then((d, r) -> BadInputFiles.absent(d.resolve("typo"))),
        Case.of(
                "sources on a missing index creates nothing",
                dir -> {},
                "sources",
                "--index",
                "{dir}/typo")
            .exits(ExitCodes.FAILURE)
            .says("no Loci index at")
            .then((d, r) -> BadInputFiles.absent(d.resolve("typo"))),
        Case.of(
                "sources --delete of an unknown id changes nothing",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  BadInputFiles.noteCommit(dir.resolve("idx"));
                },
                "sources",
                "--index",
                IDX,
                "--delete",
                "typo")
            .exits(ExitCodes.FAILURE)
            .says("no source 'typo'")
            .then((d, r) -> BadInputFiles.sameCommit(d.resolve("idx"))),
        Case.of(
                "search --index naming a file says it is not an index folder",
                dir -> write(dir.resolve("passwd"), "root:x:0:0"),
                "search",
                "--index",
                "{dir}/passwd",
                "data")
            .exits(ExitCodes.FAILURE)
            .says("passwd is a file, not an index folder"),
        // 8. Messages a user can act on
        Case.of(
                "--index naming a file says it is not a folder",
                dir -> {
                  BadInputFiles.corpus(dir);
                  write(dir.resolve("passwd"), "root:x:0:0");
                },
                "index",
                DOCS,
                "--index",
                "{dir}/passwd")
            .exits(ExitCodes.FAILURE)
            .says("passwd", "is a file, not an index folder"),
        Case.of(
                "an index folder whose write lock cannot be created says so, not 'no such file'",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  BadInputFiles.lockUncreatable(dir.resolve("idx"));
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.FAILURE)
            .says("cannot write to the index folder", "read-only")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "--index under a file says the folder cannot be created, and why",
                dir -> {
                  BadInputFiles.corpus(dir);
                  write(dir.resolve("passwd"), "root:x:0:0");
                },
                "index",
                DOCS,
                "--index",
                "{dir}/passwd/idx")
            .exits(ExitCodes.FAILURE)
            .says("cannot create the index folder", "passwd", "not a folder"),
        Case.of(
                "a UTF-16 (little-endian) file is named as such, not as binary",
                dir -> BadInputFiles.utf16(dir.resolve("docs/u16.txt"), false),
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.NOTHING_INDEXED)
            .says("u16.txt", "UTF-16", "convert it to UTF-8"),
        Case.of(
                "a UTF-16 (big-endian) file is named as such, not as binary",
                dir -> BadInputFiles.utf16(dir.resolve("docs/u16.txt"), true),
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.NOTHING_INDEXED)
            .says("u16.txt", "UTF-16", "convert it to UTF-8"),
        Case.of(
                "a typo'd option gets a suggestion",
                dir -> BadInputFiles.corpus(dir),
                "index",
                DOCS,
                "--index",
                IDX,
                "--synk")
            .exits(ExitCodes.USAGE)
            .says("'--synk'", "Did you mean: --sync?"),
        Case.of(
                "walk: a link to a folder inside a folder is reported, not passed over in silence",
                dir -> {
                  BadInputFiles.corpus(dir);
                  write(dir.resolve("elsewhere/b.txt"), BadInputFiles.X);
                  Files.createSymbolicLink(dir.resolve("docs/linked"), dir.resolve("elsewhere"));
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("docs/linked", "a link to a folder")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of("a typo'd command gets a suggestion", dir -> {}, "serch", "data centres")
            .exits(ExitCodes.USAGE)
            .says("loci: error:", "Did you mean", "search"),
        Case.of(
                "--top 0 names the option",
                dir -> BadInputFiles.indexCorpus(dir),
                "search",
                "--index",
                IDX,
                "--top",
                "0",
                "data")
            .exits(ExitCodes.USAGE)
            .says("--top must be at least 1"),
        Case.of(
                "--offset -1 names the option",
                dir -> BadInputFiles.indexCorpus(dir),
                "search",
                "--index",
                IDX,
                "--offset",
                "-1",
                "data")
            .exits(ExitCodes.USAGE)
            .says("--offset must be at least 0"),
        Case.of(
                "a 40,000-char id is reported in a short line",
                dir ->
                    write(
                        dir.resolve("docs/recs.jsonl"),
                        "{\"id\":\""
                            + "x".repeat(40_000)
                            + "\",\"text\":\""
                            + BadInputFiles.A
                            + "\"}\n"),
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.NOTHING_INDEXED)
            .says("recs.jsonl:1", "40000 chars")
            .then((d, r) -> BadInputFiles.linesAtMost(r, 400)),
        Case.of(
                "a truncated index file names the index and how to rebuild it",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  BadInputFiles.truncateLargest(dir.resolve("idx"));
                },
                "search",
                "--index",
                IDX,
                "data")
            .exits(ExitCodes.FAILURE)
            .says("damaged", "idx", "loci index"),
        Case.of(
                "search of an index with no sources yet says so",
                dir -> Loci.open(dir.resolve("idx")).close(),
                "search",
                "--index",
                IDX,
                "data")
            .says("no sources yet", "loci index"));
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
