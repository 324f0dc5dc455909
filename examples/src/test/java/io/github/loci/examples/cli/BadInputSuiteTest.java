package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    return Stream.of(
        Case.of("unknown command", dir -> {}, "serch", "data centres")
            .exits(2)
            .says("loci: error:"));
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
