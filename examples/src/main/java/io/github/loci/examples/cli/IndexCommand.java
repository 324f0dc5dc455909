package io.github.loci.examples.cli;

import io.github.loci.core.Loci;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.IngestException;
import io.github.loci.core.ingest.LanguageCodes;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.opensearch.client.RemoteLoci;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
          + " passed over.",
      "Exit codes: 0 done, 1 failure, 2 usage error, 3 some inputs skipped, 4 nothing indexed."
    })
final class IndexCommand implements Callable<Integer> {
  @ParentCommand LociCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to index.")
  List<Path> paths;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index folder (created if missing).")
  Path index;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Index into OpenSearch (with the loci-opensearch plugin) instead of a folder: node URLs,"
              + " comma-separated, such as http://localhost:9200. Needs --index-name.")
  String opensearch;

  @Option(
      names = "--index-name",
      paramLabel = "NAME",
      description =
          "The OpenSearch index, with --opensearch (created with Loci's template if missing).")
  String indexName;

  @Option(
      names = "--shards",
      paramLabel = "N",
      description = "With --opensearch, primary shards of a new index (default: ${DEFAULT-VALUE}).")
  int shards = 1;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "With --opensearch, replicas of a new index (default: ${DEFAULT-VALUE}).")
  int replicas = 1;

  @Option(
      names = "--sync",
      description =
          "Also remove indexed sources whose files under PATH are gone (text files, and JSON Lines"
              + " files with their records), and the records a JSON Lines file no longer holds"
              + " (when it was read without a problem). A file that cannot be read is kept; a PATH"
              + " that does not exist is an error.")
  boolean sync;

  @Option(
      names = "--dry-run",
      description = "With --sync: list the sources that would be removed, and change nothing.")
  boolean dryRun;

  @Option(
      names = "--id-prefix",
      paramLabel = "PREFIX",
      description =
          "Put PREFIX before every id read (e.g. news/), so that the files of several folders do"
              + " not share ids.")
  String idPrefix = "";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The ids a report lists in full; the rest are counted. */
  private static final int IDS_LISTED = 20;

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
    CommandLine cli = spec.commandLine(); // usage errors point to `loci index --help`
    if (threads < 1 || threads > Loci.MAX_THREADS) {
      throw new CommandLine.ParameterException(
          cli, "--threads must be from 1 to " + Loci.MAX_THREADS + ", not " + threads);
    }
    if (!idPrefix.equals(idPrefix.stripLeading())) {
      // Every id would start with white space, and every source be refused on its own.
      throw new CommandLine.ParameterException(
          cli, "--id-prefix must not start with white space: '" + idPrefix + "'");
    }
    if (lang != null) {
      try {
        LanguageCodes.normalize(lang);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
      }
    }
    if (opensearch != null) {
      if (index != null || indexName == null || sync || dryRun) {
        throw new CommandLine.ParameterException(
            cli, "--opensearch needs --index-name NAME, and no --index, --sync or --dry-run");
      }
      if (spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
        throw new CommandLine.ParameterException(
            cli, "--threads is for an embedded index: with --opensearch, one thread sends batches");
      }
      if (shards < 1 || replicas < 0) {
        throw new CommandLine.ParameterException(
            cli,
            "--shards must be at least 1 and --replicas at least 0, not "
                + shards
                + " and "
                + replicas);
      }
      LociCli.checkIndexName(cli, indexName);
      try (RemoteLoci remote =
          RemoteLoci.connect(opensearch, indexName, root.topics(), root.lexicon())) {
        return OpenSearchIndexRun.run(remote, feed(), shards, replicas, out, cli.getErr());
      }
    }
    if (index == null) {
      throw new CommandLine.ParameterException(
          cli, "give the index: --index DIR, or --opensearch URL --index-name NAME");
    }
    if (dryRun && !sync) {
      throw new CommandLine.ParameterException(
          cli, "--dry-run needs --sync (it lists what --sync would remove)");
    }
    if (sync) {
      for (Path path : paths) {
        // A link whose file is gone is a path that exists: its source is the one to remove.
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException(
              path
                  + ": no such file or folder; with --sync nothing was indexed and nothing was"
                  + " removed (a missing PATH would remove every source read from it)");
        }
      }
    }
    if (dryRun) {
      try (Loci loci = root.open(index, true);
          SourceFeed feed = SourceReader.openKeepingRecordIds(paths, idPrefix, true)) {
        List<String> gone = loci.missingFiles(paths);
        // The JSON Lines files are read through (nothing is indexed, and text files are not
        // read) to know their records' ids.
        while (feed.next() != null) {
          // reading only
        }
        List<String> dropped = loci.missingRecords(feed.recordsFilesRead());
        out.println("Would remove " + sources(gone) + (gone.isEmpty() ? "" : ": " + list(gone)));
        if (!dropped.isEmpty()) {
          out.println("Would remove " + records(dropped) + ": " + list(dropped));
        }
        out.println("Dry run: nothing was indexed or removed");
        return ExitCodes.OK;
      }
    }
    ProgressPrinter progress = new ProgressPrinter(out, ProgressPrinter.stdoutIsTerminal());
    // Declared first, closed last: a signal's hook waits until the index is closed.
    try (StopOnSignal signal = StopOnSignal.install();
        Loci loci = root.builder(index, false).threads(threads).build();
        SourceFeed feed = feed()) {
      IndexReport report;
      try {
        report = loci.index(feed, signal.around(progress));
      } catch (OutOfMemoryError e) {
        throw new IOException(
            LociCli.outOfMemory()
                + ", or use fewer --threads; the sources committed so far are kept",
            e);
      } finally {
        progress.finish();
      }
      if (signal.requested()) {
        out.printf(
            Locale.ROOT,
            "Stopped by a signal: %d sources are committed; run the same command again to"
                + " continue%n",
            report.sources());
        out.flush();
        return ExitCodes.STOPPED;
      }
      List<String> removed = List.of();
      List<String> dropped = List.of();
      if (sync) {
        removed = loci.missingFiles(paths);
        // A file that is gone holds no record, so the two lists never share an id.
        dropped = loci.missingRecords(feed.recordsFilesRead());
        if (!removed.isEmpty()) {
          out.println("Removing " + sources(removed) + ": " + list(removed));
        }
        if (!dropped.isEmpty()) {
          out.println("Removing " + records(dropped) + ": " + list(dropped));
        }
        out.flush();
        List<String> all = new java.util.ArrayList<>(removed);
        all.addAll(dropped);
        if (!all.isEmpty()) {
          loci.delete(all);
        }
      }
      printReport(out, report, removed, dropped, sync, feed.passedOver());
      if (report.sources() == 0 && removed.isEmpty() && dropped.isEmpty()) {
        out.println("Nothing indexed: every input was missing or skipped");
        return ExitCodes.NOTHING_INDEXED;
      }
      return report.skippedCount() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
    }
  }

  /**
   * The sources PATH names, with {@code --id-prefix} and {@code --lang} applied; with {@code
   * --sync}, keeping the ids of the JSON Lines files read, to remove the records they lost.
   */
  private SourceFeed feed() throws IOException {
    SourceFeed feed =
        sync
            ? SourceReader.openKeepingRecordIds(paths, idPrefix)
            : SourceReader.open(paths, idPrefix);
    return lang == null ? feed : feed.withLanguage(lang);
  }

  /** "1 source whose file is gone", "2 sources whose files are gone". */
  private static String sources(List<String> ids) {
    return ids.size() == 1
        ? "1 source whose file is gone"
        : ids.size() + " sources whose files are gone";
  }

  /** "1 record no longer in its JSON Lines file", "2 records no longer in their …". */
  private static String records(List<String> ids) {
    return ids.size() == 1
        ? "1 record no longer in its JSON Lines file"
        : ids.size() + " records no longer in their JSON Lines files";
  }

  /** Ids for a report line: the first few, each shortened, and how many more. */
  static String list(List<String> ids) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < Math.min(ids.size(), IDS_LISTED); i++) {
      String id = ids.get(i);
      line.append(i == 0 ? "" : ", ")
          .append(TerminalText.line(id.length() <= 80 ? id : Source.shown(id)));
    }
    if (ids.size() > IDS_LISTED) {
      line.append(" … and ").append(ids.size() - IDS_LISTED).append(" more");
    }
    return line.toString();
  }

  static void printReport(
      PrintWriter out,
      IndexReport report,
      List<String> removed,
      List<String> dropped,
      boolean sync,
      Map<String, Long> passedOver) {
    out.printf(
        Locale.ROOT,
        "Indexed %s (%,d added, %,d replaced, %,d unchanged) into %s in %.1f s (%d commit%s)%n",
        ProgressPrinter.count(report.sources(), "source"),
        report.added(),
        report.replaced(),
        report.unchanged(),
        ProgressPrinter.count(report.passagesWritten(), "new passage"),
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
          "Removed " + sources(removed) + (dropped.isEmpty() ? "" : " and " + records(dropped)));
    }
    if (report.relocatedCount() > 0) {
      long n = report.relocatedCount();
      out.println(
          "Replaced "
              + (n == 1 ? "1 source" : n + " sources")
              + " read from another file before (the same id for another file replaces the"
              + " source; --id-prefix keeps both):");
      List<IndexReport.Relocation> shown = report.relocated();
      for (IndexReport.Relocation r : shown.subList(0, Math.min(shown.size(), IDS_LISTED))) {
        out.println(
            "  "
                + TerminalText.line(Source.shown(r.id()))
                + ": "
                + TerminalText.line(r.after())
                + ", before: "
                + TerminalText.line(r.before()));
      }
      more(out, n, Math.min(shown.size(), IDS_LISTED));
    }
    if (report.knownFileCount() > 0) {
      long n = report.knownFileCount();
      out.println(
          (n == 1 ? "1 file" : n + " files")
              + " already indexed under another id (named in another way before: one file is one"
              + " source, and keeps its id):");
      List<IndexReport.KnownFile> shown = report.knownFiles();
      for (IndexReport.KnownFile f : shown.subList(0, Math.min(shown.size(), IDS_LISTED))) {
        out.println(
            "  "
                + TerminalText.line(f.location())
                + ": kept as "
                + TerminalText.line(Source.shown(f.id()))
                + ", not "
                + TerminalText.line(Source.shown(f.givenId())));
      }
      more(out, n, Math.min(shown.size(), IDS_LISTED));
    }
    if (!passedOver.isEmpty()) {
      List<String> kinds = new java.util.ArrayList<>();
      passedOver.forEach((kind, n) -> kinds.add(passedOver(kind, n)));
      out.println(
          "Passed over in folders, as not sources: "
              + String.join(", ", kinds)
              + " (Loci reads "
              + SourceReader.FILE_TYPES
              + ")");
    }
    if (report.skippedCount() > 0) {
      out.println("Skipped " + report.skippedCount() + ":");
      for (IngestException e : report.skipped()) {
        out.println("  " + TerminalText.line(e.getMessage()));
      }
      if (report.skippedCount() > report.skipped().size()) {
        out.println("  … and " + (report.skippedCount() - report.skipped().size()) + " more");
      }
      if (report.skipped().stream().anyMatch(e -> e instanceof IngestException.DuplicateId)) {
        out.println(
            "  (an id given twice: a run indexes the first source of an id; for records, give"
                + " each its own id; for files of several folders, index each folder on its own"
                + " with an --id-prefix, e.g. --id-prefix one/, so that they keep distinct ids; a"
                + " file's id leaves out its extension, so rename one of two files whose names"
                + " differ only there, such as notes.md and notes.txt)");
      }
    }
  }

  /** "3 .pdf files", "1 file without an extension", "2 index folders". */
  private static String passedOver(String kind, long n) {
    String files = n == 1 ? " file" : " files";
    if (kind.startsWith(".")) {
      return n + " " + TerminalText.line(kind) + files;
    }
    if (kind.equals("no extension")) {
      return n + files + " without an extension";
    }
    return n + " " + kind + (n == 1 ? "" : "s");
  }

  /** " … and N more" under a list that shows {@code shown} of {@code total}. */
  private static void more(PrintWriter out, long total, int shown) {
    if (total > shown) {
      out.println("  … and " + (total - shown) + " more");
    }
  }
}
