package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.index.IndexProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The redrawn progress line stays within the terminal's width, so that it redraws in place. */
class ProgressPrinterTest {
  private static final IndexProgress LONG_RUN =
      new IndexProgress(
          1_234_567,
          45_678,
          9_876_543,
          1_234,
          2_345_678_901L,
          OptionalLong.of(9_876_543_210L),
          12,
          Duration.ofSeconds(4_000),
          false);

  @Test
  void theLineFitsTheTerminalDroppingTheBarFirst() {
    String full = ProgressPrinter.line(LONG_RUN, true);
    assertTrue(full.length() > 120, full);
    String wide = ProgressPrinter.fitted(LONG_RUN, full.length() + 1);
    assertEquals(full, wide);
    String barless = ProgressPrinter.line(LONG_RUN, false);
    assertEquals(barless, ProgressPrinter.fitted(LONG_RUN, barless.length() + 1));
    String narrow = ProgressPrinter.fitted(LONG_RUN, 80);
    assertEquals(79, narrow.length(), narrow);
    assertFalse(narrow.startsWith("["), narrow);
    assertTrue(narrow.endsWith("…"), narrow);
  }

  @Test
  void eachRedrawStaysOnOneLineOfAnEightyColumnTerminal() {
    StringWriter out = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(out), true, 80);
    printer.progress(LONG_RUN);
    printer.progress(LONG_RUN);
    for (String redraw : out.toString().split("\r")) {
      assertTrue(redraw.replace("\u001b[K", "").length() <= 79, redraw);
    }
  }

  @Test
  void oneSourceAndOnePassageAreSingular() {
    IndexProgress one =
        new IndexProgress(1, 0, 1, 0, 0, OptionalLong.empty(), 1, Duration.ofSeconds(1), true);
    String line = ProgressPrinter.line(one, false);
    assertTrue(line.startsWith("1 source, 1 passage, "), line);
    assertTrue(
        ProgressPrinter.line(LONG_RUN, false)
            .contains("% 1,234,567 sources (45,678 unchanged), 9,876,543 passages"));
  }
}
