package io.github.loci.examples.cli;

import io.github.loci.core.Loci;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.IngestException;
import io.github.loci.core.ingest.LanguageCodes;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.ingest.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code loci index}: read files and folders into an on-disk index. */
@Command(
    mixinStandardHelpOptions = true,
    name = "index",
    description = {
      "Index text files (.txt .text .md), JSON Lines files (.jsonl .ndjson) and folders of them.",
      "Unchanged sources are left as they are; changed ones are replaced; bad ones are reported and"
          + " passed over."
    })
final class IndexCommand implements Callable<Integer> {
  @ParentCommand LociCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to index.")
  List<Path> paths;

  @Option(
      names = "--index",
      required = true,
      paramLabel = "DIR",
      description = "The index folder (created if missing).")
  Path index;

  @Option(
      names = "--sync",
      description = "Also remove indexed sources whose files under PATH are gone.")
  boolean sync;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description =
          "The language of the sources that declare none (text files, records without \"lang\"),"
              + " e.g. en; default: detected.")
  String lang;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = root.spec.commandLine().getOut();
    if (threads < 1) {
      throw new CommandLine.ParameterException(
          root.spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    if (lang != null) {
      try {
        LanguageCodes.normalize(lang);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
      }
    }
    ProgressPrinter progress = new ProgressPrinter(out, ProgressPrinter.stdoutIsTerminal());
    try (Loci loci = root.builder(index, false).threads(threads).build();
        SourceFeed feed =
            lang == null ? SourceReader.open(paths) : SourceReader.open(paths).withLanguage(lang)) {
      IndexReport report;
      try {
        report = loci.index(feed, progress);
      } catch (OutOfMemoryError e) {
        throw new IOException(
            "out of memory (the heap is "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB): raise it with ./loci --max-heap SIZE or LOCI_OPTS=-XmxSIZE, or use fewer"
                + " --threads; the sources committed so far are kept",
            e);
      } finally {
        progress.finish();
      }
      List<String> removed = sync ? loci.removeMissingFiles(paths) : List.of();
      printReport(out, report, removed, sync);
      return 0;
    }
  }

  static void printReport(PrintWriter out, IndexReport report, List<String> removed, boolean sync) {
    out.printf(
        Locale.ROOT,
        "Indexed %d sources (%d added, %d replaced, %d unchanged) into %d new passages in %.1f s"
            + " (%d commit%s)%n",
        report.sources(),
        report.added(),
        report.replaced(),
        report.unchanged(),
        report.passagesWritten(),
        report.elapsed().toMillis() / 1000.0,
        report.commits(),
        report.commits() == 1 ? "" : "s");
    if (report.unchanged() > 0) {
      out.printf(
          Locale.ROOT,
          "Resumed: %d sources were already indexed with the same content and left as they are%n",
          report.unchanged());
    }
    if (!report.languages().isEmpty()) {
      StringBuilder langs = new StringBuilder("Languages:");
      report.languages().forEach((lang, n) -> langs.append(' ').append(lang).append(' ').append(n));
      out.println(
          langs
              + " ("
              + report.detected()
              + " detected, "
              + (report.sources() - report.detected())
              + " declared)");
    }
    if (sync) {
      out.println(
          "Removed "
              + removed.size()
              + " sources whose files are gone"
              + (removed.isEmpty() ? "" : ": " + String.join(", ", removed)));
    }
    if (report.skippedCount() > 0) {
      out.println("Skipped " + report.skippedCount() + ":");
      for (IngestException e : report.skipped()) {
        out.println("  " + e.getMessage());
      }
      if (report.skippedCount() > report.skipped().size()) {
        out.println("  … and " + (report.skippedCount() - report.skipped().size()) + " more");
      }
    }
  }
}
