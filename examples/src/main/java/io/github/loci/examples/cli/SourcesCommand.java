package io.github.loci.examples.cli;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code loci sources}: list or delete indexed sources. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "List the indexed sources, or delete one.")
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand LociCli root;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path index;

  @Option(
      names = "--delete",
      paramLabel = "ID",
      description = "Delete this source and its passages.")
  String delete;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = root.spec.commandLine().getOut();
    // Opened read-only first: a typo'd folder or id creates and changes nothing.
    try (Loci loci = root.open(index, true)) {
      if (delete != null) {
        if (loci.sourceText(delete).isEmpty()) {
          throw new IOException("no source " + Source.shown(delete) + " in " + index);
        }
      }
    }
    if (delete != null) {
      try (Loci loci = root.open(index, false)) {
        if (!loci.delete(delete)) {
          throw new IOException("no source " + Source.shown(delete) + " in " + index);
        }
      }
      out.println("Deleted " + TerminalText.line(delete));
      return 0;
    }
    try (Loci loci = root.open(index, true)) {
      out.printf(
          Locale.ROOT,
          "%-28s %-4s %-9s %8s %7s  %s%n",
          "ID",
          "LANG",
          "",
          "PASSAGES",
          "CHARS",
          "TITLE");
      // One line per source as it is read: an archive's listing needs no memory of the others.
      int[] count = {0};
      try {
        loci.forEachSource(
            s -> {
              if (out.checkError()) {
                // The reader has gone (loci sources | head): listing on would be for nobody.
                throw new ReaderGone();
              }
              out.printf(
                  Locale.ROOT,
                  "%-28s %-4s %-9s %8d %7d  %s%n",
                  TerminalText.line(s.id()),
                  s.lang(),
                  s.detected()
                      ? String.format(Locale.ROOT, "det %.2f", s.confidence())
                      : "declared",
                  s.passages(),
                  s.chars(),
                  TerminalText.line(s.title()));
              count[0]++;
            });
      } catch (ReaderGone e) {
        return 0;
      }
      out.println(ProgressPrinter.count(count[0], "source"));
      return 0;
    }
  }

  /** Ends a listing whose output nobody reads any more. */
  private static final class ReaderGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReaderGone() {
      super(null, null, false, false);
    }
  }
}
