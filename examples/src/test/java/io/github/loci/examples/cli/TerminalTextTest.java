package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTextTest {
  @TempDir Path dir;

  @Test
  void testControlsBecomeReplacementCharsOneForOne() {
    String text = "a\u001b[31mb\u0007c\td\ne\u007f\u0085f";
    String safe = TerminalText.safe(text);
    assertEquals("a\uFFFD[31mb\uFFFDc\td\ne\uFFFD\uFFFDf", safe);
    assertEquals(text.length(), safe.length(), "offsets hold");
    // A right-to-left override would show "Report \u202Egnp.exe" as "Report exe.png".
    assertEquals("Report \uFFFDgnp.exe\uFFFD", TerminalText.line("Report \u202Egnp.exe\u2069"));
    assertSame("مرحبا \u200F", TerminalText.safe("مرحبا \u200F"));
    String plain = "Tiếng Việt, “quotes” and tabs\tstay";
    assertSame(plain, TerminalText.safe(plain));
    assertSame(plain, TerminalText.line(plain));
    // A one-line field (a record's title) cannot go back to the start of its line or add one.
    assertEquals("Real\uFFFDFAKE\uFFFD1. x\uFFFDy", TerminalText.line("Real\rFAKE\n1. x\u2028y"));
  }

  @Test
  void testTextOutputNeverPassesASourcesControlsToTheTerminal() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("escape.txt"),
        "Cloud \u001b[31mservers\u001b[0m are here \u0007 in Frankfurt.\n"
            + "Alibaba opened a data centre there. It is \u009B\u2028the largest\u2029one.");
    Path index = dir.resolve("index");
    LociCliTest.Result indexed =
        LociCliTest.run("index", corpus.toString(), "--index", index.toString());
    assertEquals(0, indexed.code(), indexed.out() + indexed.err());
    LociCliTest.Result found =
        LociCliTest.run("search", "--index", index.toString(), "cloud", "servers");
    assertEquals(0, found.code(), found.err());
    LociCliTest.Result listed = LociCliTest.run("sources", "--index", index.toString());
    for (String out : new String[] {found.out(), listed.out()}) {
      assertFalse(out.contains("\u001b") || out.contains("\u0007"), out);
    }
    assertTrue(found.out().contains("⟦Cloud⟧ \uFFFD[31mservers\uFFFD[0m are"), found.out());
    assertTrue(listed.out().contains("Cloud \uFFFD[31mservers"), listed.out());
    // JSON keeps the text as it is, escaped.
    LociCliTest.Result json =
        LociCliTest.run("search", "--index", index.toString(), "--format", "json", "cloud");
    assertTrue(json.out().contains("Cloud \\u001B[31mservers"), json.out());
    // And the C1 controls and Unicode's line separators, which readers of JSON Lines take for the
    // end of a line.
    LociCliTest.Result largest =
        LociCliTest.run("search", "--index", index.toString(), "--format", "json", "largest");
    assertTrue(largest.out().contains("It is \\u009b\\u2028the largest\\u2029one."), largest.out());
    assertFalse(
        largest.out().contains("\u009B")
            || largest.out().contains("\u2028")
            || largest.out().contains("\u2029"),
        largest.out());
  }
}
