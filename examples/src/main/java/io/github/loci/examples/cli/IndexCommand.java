package io.github.loci.examples.cli;

import io.github.loci.core.IndexReport;
import io.github.loci.core.Loci;
import io.github.loci.core.ingest.IngestException;
import io.github.loci.core.ingest.IngestResult;
import io.github.loci.core.ingest.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() throws IOException {
    PrintWriter out = root.spec.commandLine().getOut();
    IngestResult read = SourceReader.read(paths);
    try (Loci loci = root.open(index, false)) {
      IndexReport report = loci.index(read);
      List<String> removed = sync ? loci.removeMissingFiles(paths) : List.of();
      printReport(out, report, removed, sync);
      return 0;
    }
  }

  static void printReport(PrintWriter out, IndexReport report, List<String> removed, boolean sync) {
    out.printf(
        Locale.ROOT,
        "Indexed %d sources (%d added, %d replaced, %d unchanged) into %d new passages in %.1f s%n",
        report.outcomes().size(),
        report.count(IndexReport.Status.ADDED),
        report.count(IndexReport.Status.REPLACED),
        report.count(IndexReport.Status.UNCHANGED),
        report.passagesWritten(),
        report.elapsed().toMillis() / 1000.0);
    if (!report.languages().isEmpty()) {
      StringBuilder langs = new StringBuilder("Languages:");
      report.languages().forEach((lang, n) -> langs.append(' ').append(lang).append(' ').append(n));
      long detected = report.outcomes().stream().filter(IndexReport.Outcome::detected).count();
      out.println(
          langs
              + " ("
              + detected
              + " detected, "
              + (report.outcomes().size() - detected)
              + " declared)");
    }
    if (sync) {
      out.println(
          "Removed "
              + removed.size()
              + " sources whose files are gone"
              + (removed.isEmpty() ? "" : ": " + String.join(", ", removed)));
    }
    if (!report.skipped().isEmpty()) {
      out.println("Skipped " + report.skipped().size() + ":");
      for (IngestException e : report.skipped()) {
        out.println("  " + e.getMessage());
      }
    }
  }
}
