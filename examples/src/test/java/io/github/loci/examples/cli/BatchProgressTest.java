package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BatchProgressTest {
  private long now;

  @Test
  void testALineAtMostEveryTenSecondsWithTheRateAndTheTimeLeft() {
    StringWriter text = new StringWriter();
    BatchProgress progress = new BatchProgress(new PrintWriter(text), 1_000, () -> now);
    now = 9_000_000_000L;
    progress.done(90);
    assertEquals("", text.toString());
    now = 10_000_000_000L;
    progress.done(100);
    assertEquals(
        "loci: searched 100 of 1,000 queries (10.0 a second, about 1:30 left)\n", text.toString());
    now = 15_000_000_000L;
    progress.done(150);
    now = 20_000_000_000L;
    progress.done(200);
    assertEquals(2, text.toString().lines().count());
    assertEquals(
        "loci: searched 200 of 1,000 queries (10.0 a second, about 1:20 left)",
        text.toString().lines().toList().get(1));
  }

  @Test
  void testABatchDoneSaysNothing() {
    StringWriter text = new StringWriter();
    BatchProgress progress = new BatchProgress(new PrintWriter(text), 5, () -> now);
    now = 60_000_000_000L;
    progress.done(5);
    assertEquals("", text.toString());
  }
}
