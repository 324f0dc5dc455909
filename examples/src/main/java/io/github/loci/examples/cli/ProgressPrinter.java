package io.github.loci.examples.cli;

import io.github.loci.core.index.IndexListener;
import io.github.loci.core.index.IndexProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows an indexing run's progress: on a terminal, one line redrawn in place (a bar when the total
 * size is known, then sources, passages, MB, rate and time left); elsewhere, a plain line after
 * each commit and at most every {@value #PLAIN_EVERY_SECONDS} seconds, for logs.
 */
final class ProgressPrinter implements IndexListener {
  static final int PLAIN_EVERY_SECONDS = 10;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter out;
  private final boolean terminal;
  private long lastPlainNanos = System.nanoTime();
  private boolean drawn;

  private final int columns;

  ProgressPrinter(PrintWriter out, boolean terminal) {
    this(out, terminal, terminalColumns());
  }

  /**
   * A printer for a terminal of a width.
   *
   * @param columns the terminal's width, in chars
   */
  ProgressPrinter(PrintWriter out, boolean terminal, int columns) {
    this.out = out;
    this.terminal = terminal;
    this.columns = columns;
  }

  @Override
  public void progress(IndexProgress p) {
    if (terminal) {
      out.print("\r" + fitted(p, columns) + "\u001b[K");
      out.flush();
      drawn = true;
      return;
    }
    long now = System.nanoTime();
    if (p.committed() || now - lastPlainNanos >= PLAIN_EVERY_SECONDS * 1_000_000_000L) {
      lastPlainNanos = now;
      out.println((p.committed() ? "committed: " : "indexing: ") + line(p, false));
      out.flush();
    }
  }

  /** Ends the redrawn line, so that what follows starts on a line of its own. */
  void finish() {
    if (drawn) {
      out.println();
      out.flush();
      drawn = false;
    }
  }

  /**
   * The redrawn line within a terminal's width, less one column (a line that fills it wraps, and
   * each redraw then starts a new line): without the bar if need be, then cut.
   */
  static String fitted(IndexProgress p, int columns) {
    int room = Math.max(20, columns - 1);
    String line = line(p, true);
    if (line.length() > room) {
      line = line(p, false);
    }
    return line.length() > room ? line.substring(0, room - 1) + "…" : line;
  }

  /**
   * The terminal's width: {@code COLUMNS}, or {@code LOCI_COLUMNS}, which the {@code loci} launcher
   * sets (a shell does not export {@code COLUMNS}); 80 when neither says.
   */
  static int terminalColumns() {
    for (String name : new String[] {"COLUMNS", "LOCI_COLUMNS"}) {
      String value = System.getenv(name);
      if (value != null && value.strip().matches("[0-9]{1,4}")) {
        int columns = Integer.parseInt(value.strip());
        if (columns > 0) {
          return columns;
        }
      }
    }
    return 80;
  }

  static String line(IndexProgress p, boolean bar) {
    StringBuilder s = new StringBuilder();
    double seconds = Math.max(1e-3, p.elapsed().toNanos() / 1e9);
    double mb = p.bytesRead() / 1e6;
    if (p.totalBytes().isPresent() && p.totalBytes().getAsLong() > 0) {
      double share = Math.min(1, p.bytesRead() / (double) p.totalBytes().getAsLong());
      if (bar) {
        int filled = (int) Math.round(share * BAR_WIDTH);
        s.append('[')
            .append("=".repeat(filled))
            .append(" ".repeat(BAR_WIDTH - filled))
            .append("] ");
      }
      s.append(String.format(Locale.ROOT, "%3.0f%% ", share * 100));
    }
    s.append(count(p.sources(), "source"));
    if (p.unchanged() > 0) {
      s.append(String.format(Locale.ROOT, " (%,d unchanged)", p.unchanged()));
    }
    s.append(", ").append(count(p.passages(), "passage"));
    if (p.bytesRead() > 0) {
      s.append(String.format(Locale.ROOT, ", %.1f", mb));
      p.totalBytes().ifPresent(t -> s.append(String.format(Locale.ROOT, "/%.1f", t / 1e6)));
      s.append(String.format(Locale.ROOT, " MB, %.2f MB/s", mb / seconds));
    } else {
      s.append(String.format(Locale.ROOT, ", %.0f sources/s", p.sources() / seconds));
    }
    if (p.skipped() > 0) {
      s.append(String.format(Locale.ROOT, ", %,d skipped", p.skipped()));
    }
    s.append(", ").append(clock(p.elapsed()));
    p.remaining().ifPresent(r -> s.append(", ETA ").append(clock(r)));
    return s.toString();
  }

  /** A count and its noun, in the plural unless it is 1: "1 source", "1,204 sources". */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
  }

  static String clock(Duration d) {
    long total = d.toSeconds();
    return total >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
        : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
  }

  /** Whether standard output is a terminal (not a pipe or a file). */
  static boolean stdoutIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ gives a Console even when redirected, and says whether it is a terminal.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a Console only when both standard streams are a terminal
    }
  }
}
