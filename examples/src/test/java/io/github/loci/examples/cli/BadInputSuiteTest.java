package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    return Stream.concat(cliCases(), limitCases());
  }

  private static final String DOCS = "{dir}/docs";
  private static final String IDX = "{dir}/idx";

  /** Engineer A's rows: --sync, exit codes and ids, read-only commands, messages. */
  static Stream<Case> cliCases() {
    return Stream.of(
        Case.of(
                "ids: two files whose names differ only in extension share an id, and the message"
                    + " says to rename one",
                dir -> {
                  java.nio.file.Files.createDirectories(dir.resolve("docs"));
                  java.nio.file.Files.writeString(
                      dir.resolve("docs/notes.md"), "Notes about cloud computing in Spain.");
                  java.nio.file.Files.writeString(
                      dir.resolve("docs/notes.txt"), "Notes about data centres in Italy.");
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says(
                "notes.txt: source id 'notes' is also the id of", "such as notes.md and notes.txt")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "notes")),
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
                "sync: a run that only removes sources exits 0, without 'Nothing indexed'",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  Files.delete(dir.resolve("docs/a.txt"));
                  Files.delete(dir.resolve("docs/sub/x.txt"));
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync")
            .exits(ExitCodes.OK)
            .says("Removing 2 sources whose files are gone: a, sub/x")
            .then(
                (d, r) -> {
                  assertFalse(r.out().contains("Nothing indexed"), r.out());
                  BadInputFiles.holds(d.resolve("idx"));
                }),
        Case.of(
                "walk: a link to a file the run reads itself is read once, by the file's name",
                dir -> {
                  BadInputFiles.corpus(dir);
                  Files.createSymbolicLink(dir.resolve("docs/link.txt"), Path.of("a.txt"));
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("link.txt", "a link to a file this run reads itself")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "walk: a link to a file outside the run is read, under the link's name",
                dir -> {
                  BadInputFiles.corpus(dir);
                  write(dir.resolve("elsewhere/notes"), BadInputFiles.X);
                  Files.createSymbolicLink(
                      dir.resolve("docs/notes.txt"), dir.resolve("elsewhere/notes"));
                },
                "index",
                DOCS,
                "--index",
                IDX)
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "notes", "sub/x")),
        Case.of(
                "a file given as a link is named and read by the link's name",
                dir -> {
                  write(dir.resolve("elsewhere/notes"), BadInputFiles.X);
                  Files.createDirectories(dir.resolve("docs"));
                  Files.createSymbolicLink(
                      dir.resolve("docs/notes.txt"), dir.resolve("elsewhere/notes"));
                },
                "index",
                "{dir}/docs/notes.txt",
                "--index",
                IDX)
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "notes")),
        Case.of(
                "a file given as a link and through its folder is read once",
                dir -> {
                  BadInputFiles.corpus(dir);
                  Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("docs/a.txt"));
                },
                "index",
                DOCS,
                "{dir}/b.txt",
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("the same file as an earlier input of this run (given twice)")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "a file indexed before, given again as a link, keeps its id",
                dir -> {
                  BadInputFiles.indexCorpus(dir);
                  Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("docs/a.txt"));
                },
                "index",
                "{dir}/b.txt",
                "--index",
                IDX)
            .says("1 unchanged")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "a JSON Lines file given as itself and as a link is read once",
                dir -> {
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r1\",\"text\":\"" + BadInputFiles.A + "\"}\n");
                  Files.createSymbolicLink(
                      dir.resolve("alias.jsonl"), dir.resolve("docs/recs.jsonl"));
                },
                "index",
                "{dir}/docs/recs.jsonl",
                "{dir}/alias.jsonl",
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("the same file as an earlier input of this run (given twice)")
            .then(
                (d, r) -> {
                  assertFalse(r.out().contains("is also the id of"), r.out());
                  BadInputFiles.holds(d.resolve("idx"), "r1");
                }),
        Case.of(
                "eval --complete: no query of the run judged is an error too",
                dir -> {
                  write(dir.resolve("q.txt"), "1 0 a 1\n");
                  write(dir.resolve("r.txt"), "q1 Q0 a 1 3.0 t\n");
                },
                "eval",
                "--qrels",
                "{dir}/q.txt",
                "--run",
                "{dir}/r.txt",
                "--complete")
            .exits(1)
            .says("no query of"),
        Case.of(
                "a JSON Lines file given twice is read once",
                dir ->
                    write(
                        dir.resolve("docs/recs.jsonl"),
                        "{\"id\":\"r1\",\"text\":\""
                            + BadInputFiles.A
                            + "\"}\n{\"id\":\"r2\",\"text\":\""
                            + BadInputFiles.X
                            + "\"}\n"),
                "index",
                "{dir}/docs/recs.jsonl",
                "{dir}/docs/../docs/recs.jsonl",
                "--index",
                IDX)
            .exits(ExitCodes.SKIPPED)
            .says("recs.jsonl: the same file as an earlier input of this run (given twice)")
            .then(
                (d, r) -> {
                  assertFalse(r.out().contains("is also the id of"), r.out());
                  BadInputFiles.holds(d.resolve("idx"), "r1", "r2");
                }),
        Case.of(
                "sync: a record deleted from a JSON Lines file that is still there is removed",
                dir -> {
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r1\",\"text\":\""
                          + BadInputFiles.A
                          + "\"}\n{\"id\":\"r2\",\"text\":\""
                          + BadInputFiles.X
                          + "\"}\n");
                  BadInputFiles.indexCorpus(dir);
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r2\",\"text\":\"" + BadInputFiles.X + "\"}\n");
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync")
            .says(
                "Removing 1 record no longer in its JSON Lines file: r1",
                "Removed 0 sources whose files are gone and 1 record no longer in its JSON Lines"
                    + " file")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "r2", "sub/x")),
        Case.of(
                "sync: a JSON Lines file with a malformed line keeps the records indexed from it",
                dir -> {
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r1\",\"text\":\""
                          + BadInputFiles.A
                          + "\"}\n{\"id\":\"r2\",\"text\":\""
                          + BadInputFiles.X
                          + "\"}\n");
                  BadInputFiles.indexCorpus(dir);
                  // r1's line broken: it may still be r1, so r1 stays.
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r1\",\"text\n{\"id\":\"r2\",\"text\":\""
                          + BadInputFiles.X
                          + "\"}\n");
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync")
            .exits(ExitCodes.SKIPPED)
            .says("recs.jsonl:1", "Removed 0 sources whose files are gone")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "r1", "r2", "sub/x")),
        Case.of(
                "sync --dry-run lists the records a JSON Lines file lost, and removes nothing",
                dir -> {
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r1\",\"text\":\""
                          + BadInputFiles.A
                          + "\"}\n{\"id\":\"r2\",\"text\":\""
                          + BadInputFiles.X
                          + "\"}\n");
                  BadInputFiles.indexCorpus(dir);
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r2\",\"text\":\"" + BadInputFiles.X + "\"}\n");
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync",
                "--dry-run")
            .says("Would remove 1 record no longer in its JSON Lines file: r1", "Dry run")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "r1", "r2", "sub/x")),
        Case.of(
                "sync: a file given as a link whose file is gone is removed by syncing the link",
                dir -> {
                  write(dir.resolve("other/a.txt"), BadInputFiles.A);
                  Files.createDirectories(dir.resolve("docs"));
                  Files.createSymbolicLink(dir.resolve("docs/b.txt"), dir.resolve("other/a.txt"));
                  BadInputSuiteTest.Result r =
                      run(
                          "index",
                          dir.resolve("docs/b.txt").toString(),
                          "--index",
                          dir.resolve("idx").toString());
                  assertEquals(0, r.code(), r.err() + r.out());
                  Files.delete(dir.resolve("other/a.txt"));
                },
                "index",
                "{dir}/docs/b.txt",
                "--index",
                IDX,
                "--sync")
            .exits(ExitCodes.SKIPPED)
            .says("Removing 1 source whose file is gone: b")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"))),
        Case.of(
                "sync: an emptied JSON Lines file holds no record: its records are removed",
                dir -> {
                  write(
                      dir.resolve("docs/recs.jsonl"),
                      "{\"id\":\"r1\",\"text\":\"" + BadInputFiles.A + "\"}\n");
                  BadInputFiles.indexCorpus(dir);
                  write(dir.resolve("docs/recs.jsonl"), "\n");
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync")
            .exits(ExitCodes.SKIPPED)
            .says("Removing 1 record no longer in its JSON Lines file: r1")
            .then((d, r) -> BadInputFiles.holds(d.resolve("idx"), "a", "sub/x")),
        Case.of(
                "sync --dry-run does not list a record moved to another JSON Lines file",
                dir -> {
                  write(
                      dir.resolve("docs/a.jsonl"),
                      "{\"id\":\"r1\",\"text\":\""
                          + BadInputFiles.A
                          + "\"}\n{\"id\":\"r2\",\"text\":\""
                          + BadInputFiles.X
                          + "\"}\n");
                  BadInputFiles.indexCorpus(dir);
                  write(
                      dir.resolve("docs/a.jsonl"),
                      "{\"id\":\"r1\",\"text\":\"" + BadInputFiles.A + "\"}\n");
                  write(
                      dir.resolve("docs/b.jsonl"),
                      "{\"id\":\"r2\",\"text\":\"" + BadInputFiles.X + "\"}\n");
                },
                "index",
                DOCS,
                "--index",
                IDX,
                "--sync",
                "--dry-run")
            .then(
                (d, r) -> {
                  assertFalse(r.out().contains("record no longer"), r.out());
                  BadInputFiles.holds(d.resolve("idx"), "a", "r1", "r2", "sub/x");
                }),
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
                "index: past 20 replaced sources, the report counts the rest",
                dir -> {
                  for (int i = 0; i < 25; i++) {
                    write(dir.resolve("one/x" + i + ".txt"), BadInputFiles.A);
                    write(dir.resolve("two/x" + i + ".txt"), BadInputFiles.X);
                  }
                },
                "index",
                "{dir}/two",
                "--index",
                IDX)
            .after("index", "{dir}/one", "--index", IDX)
            .says("Replaced 25 sources read from another file", "… and 5 more"),
        Case.of(
                "index: a folder's files of other types are counted as passed over, not skipped",
                dir -> {
                  write(dir.resolve("docs/a.txt"), BadInputFiles.A);
                  write(dir.resolve("docs/b.pdf"), "%PDF-1.4");
                  write(dir.resolve("docs/sub/c.PDF"), "%PDF-1.4");
                },
                "index",
                "{dir}/docs",
                "--index",
                IDX)
            .says("Passed over in folders, as not sources: 2 .pdf files")
            .then((d, r) -> assertFalse(r.out().contains("Skipped"), r.out())),
        Case.of(
                "index: the index inside the folder it reads is passed over, run after run",
                dir -> write(dir.resolve("docs/a.txt"), BadInputFiles.A),
                "index",
                "{dir}/docs",
                "--index",
                "{dir}/docs/idx")
            .after("index", "{dir}/docs", "--index", "{dir}/docs/idx")
            .says("1 unchanged", "1 index folder")
            .then((d, r) -> assertFalse(r.out().contains("Skipped"), r.out())),
        Case.of(
                "index: a file name's control chars never reach the terminal in the report",
                dir -> {
                  write(dir.resolve("docs/a.txt"), BadInputFiles.A);
                  write(dir.resolve("docs/red\u001b[31mname.txt"), "");
                },
                "index",
                "{dir}/docs",
                "--index",
                IDX)
            .exits(3)
            .says("red\uFFFD[31mname.txt")
            .then((d, r) -> assertFalse(r.out().contains("\u001b"), r.out())),
        Case.of(
                "index: one file named two ways stays one source",
                dir -> BadInputFiles.indexCorpus(dir),
                "index",
                "{dir}/docs/sub/x.txt",
                "--index",
                IDX)
            .says("already indexed under another id", "kept as 'sub/x'")
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
            .exits(ExitCodes.SKIPPED)
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
            .exits(ExitCodes.SKIPPED)
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
                "a queries file that is not UTF-8 is a usage error naming it, its line and byte",
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
            .says("q.tsv:1 (byte 28): not valid UTF-8"),
        Case.of(
                "a --source id the index does not hold is named; the search still runs",
                dir -> write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n"),
                "search",
                "--index",
                idx,
                "--source",
                "a,nosuch",
                "data centres")
            .after("index", "--index", idx, docs)
            .exits(0)
            .says("no source 'nosuch' in the index")
            .then((dir, r) -> assertFalse(r.err().contains("no source 'a'"), r.err())),
        Case.of(
                "a quoted --source id keeps its comma",
                dir -> {
                  write(dir.resolve("docs/a,b.txt"), "Alibaba opens data centres in Europe.\n");
                  write(dir.resolve("docs/c.txt"), "Amazon opens data centres in Chile.\n");
                },
                "search",
                "--index",
                idx,
                "--source",
                "\"a,b\"",
                "data centres")
            .after("index", "--index", idx, docs)
            .exits(0)
            .says("1 matching passage")
            .then((dir, r) -> assertFalse(r.err().contains("no source"), r.err())),
        Case.of(
                "a folder given as the queries file is named",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  Files.createDirectories(dir.resolve("qs"));
                },
                "search",
                "--index",
                idx,
                "--queries",
                "{dir}/qs")
            .after("index", "--index", idx, docs)
            .exits(1)
            .says("qs: is a folder, not a file"),
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
            .then(
                (dir, r) -> {
                  assertTrue(r.out().contains("q3 Q0 a#0"), r.out());
                  // In the file's order, though line 2 was found malformed before line 1 ran.
                  assertTrue(
                      r.err().indexOf("q.tsv:1: q1:") < r.err().indexOf("q.tsv:2:"), r.err());
                }),
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
            .says("q.tsv", "no queries"),
        Case.of(
                "a qid starting with # is reported, since run and qrels files read it as a comment",
                dir -> {
                  write(dir.resolve("docs/a.txt"), "Alibaba opens data centres in Europe.\n");
                  BadInputTexts.queries(dir, " #8\tdata centres\nq2\tdata centres\n");
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
            .says("q.tsv:1: a qid may not start with #")
            .then((dir, r) -> assertTrue(r.out().startsWith("q2 Q0 a#0"), r.out())),
        Case.of(
                "eval: a run that is not UTF-8 is an error naming it, its line and byte",
                dir -> {
                  write(dir.resolve("q.txt"), "1 0 a 1\n");
                  Files.write(
                      dir.resolve("r.txt"),
                      "1 Q0 caf\u00e9 1 3.0 t\n".getBytes(StandardCharsets.ISO_8859_1));
                },
                "eval",
                "--qrels",
                "{dir}/q.txt",
                "--run",
                "{dir}/r.txt")
            .exits(1)
            .says("r.txt:1: not UTF-8 text (a bad byte at offset 8)"),
        Case.of(
                "eval: no query of the run judged is an error naming both files, not a mean of 0",
                dir -> {
                  write(dir.resolve("q.txt"), "1 0 a 1\n");
                  write(dir.resolve("r.txt"), "q1 Q0 a 1 3.0 t\n");
                },
                "eval",
                "--qrels",
                "{dir}/q.txt",
                "--run",
                "{dir}/r.txt")
            .exits(1)
            .says("no query of", "r.txt is judged in", "q.txt (run: q1; qrels: 1)")
            .then((dir, r) -> assertEquals("", r.out())),
        Case.of(
                "eval: a metric given twice is printed once and its mean is not doubled",
                dir -> {
                  write(dir.resolve("q.txt"), "1 0 a 1\n2 0 b 1\n");
                  write(dir.resolve("r.txt"), "1 Q0 a 1 3.0 t\n2 Q0 c 1 3.0 t\n");
                },
                "eval",
                "--qrels",
                "{dir}/q.txt",
                "--run",
                "{dir}/r.txt",
                "--metrics",
                "P@1,p@1")
            .then(
                (dir, r) ->
                    assertEquals(
                        1, r.out().lines().filter(l -> l.startsWith("P@1 ")).count(), r.out()))
            .says(EvalCommand.line("P@1", "all", 0.5)),
        Case.of(
                "eval: --complete counts a judged query the run lacks, which is otherwise noted",
                dir -> {
                  write(dir.resolve("q.txt"), "1 0 a 1\n2 0 b 1\n");
                  write(dir.resolve("r.txt"), "1 Q0 a 1 3.0 t\n");
                },
                "eval",
                "--qrels",
                "{dir}/q.txt",
                "--run",
                "{dir}/r.txt",
                "--metrics",
                "P@1",
                "--complete")
            .after("eval", "--qrels", "{dir}/q.txt", "--run", "{dir}/r.txt")
            .says(EvalCommand.line("P@1", "all", 0.5), String.format("%-14s\tall\t2", "num_q"))
            .then((dir, r) -> assertEquals("", r.err())),
        Case.of(
                "eval: without --complete a judged query the run lacks is left out, with a note",
                dir -> {
                  write(dir.resolve("q.txt"), "1 0 a 1\n2 0 b 1\n");
                  write(dir.resolve("r.txt"), "1 Q0 a 1 3.0 t\n");
                },
                "eval",
                "--qrels",
                "{dir}/q.txt",
                "--run",
                "{dir}/r.txt",
                "--metrics",
                "P@1")
            .says(
                EvalCommand.line("P@1", "all", 1),
                "1 judged query is not in the run and left out of the means"),
        Case.of(
                "eval reads no topics or lexicon: --topics is a usage error",
                dir -> {
                  write(dir.resolve("q.txt"), "1 0 a 1\n");
                  write(dir.resolve("r.txt"), "1 Q0 a 1 3.0 t\n");
                },
                "--topics",
                "{dir}/missing.json",
                "eval",
                "--qrels",
                "{dir}/q.txt",
                "--run",
                "{dir}/r.txt")
            .exits(2)
            .says("eval reads no topics or lexicon"));
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
