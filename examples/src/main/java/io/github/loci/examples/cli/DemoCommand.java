package io.github.loci.examples.cli;

import io.github.loci.core.Loci;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code loci demo}: the bundled seed sources, indexed in memory, and one query. */
@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    description =
        "Index the five bundled seed articles (es, it, en, vi) in memory and search them.")
final class DemoCommand implements Callable<Integer> {
  static final String SEEDS = "io/github/loci/examples/seeds/";

  @ParentCommand LociCli root;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "What to find (default: \"data centres\").")
  List<String> query = new ArrayList<>();

  @Mixin SearchCommand.SearchOptions options;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = root.spec.commandLine().getOut();
    if (!root.spec.commandLine().getParseResult().subcommand().hasMatchedOption("--top")) {
      options.top = 5;
    }
    List<Source> seeds = bundledSeeds();
    try (Loci loci = Loci.builder().lexicon(root.lexicon()).topics(root.topics()).build()) {
      IndexReport report = loci.index(seeds);
      if (!report.skipped().isEmpty()) {
        // The seeds are the jar's own: one left out is a fault of the run (the heap, say), and a
        // demo on the others would mislead.
        throw new IOException(
            "a bundled seed could not be indexed: " + report.skipped().get(0).getMessage());
      }
      if (options.format == HitPrinter.Format.TEXT) {
        StringBuilder langs = new StringBuilder();
        report
            .languages()
            .forEach(
                (l, n) ->
                    langs.append(langs.isEmpty() ? "" : ", ").append(l).append(' ').append(n));
        out.printf(
            Locale.ROOT,
            "Loci demo: %d bundled seed sources (%s; languages detected) indexed in memory as %d"
                + " passages in %.1f s.%n%n",
            report.sources(),
            langs,
            report.passagesWritten(),
            report.elapsed().toMillis() / 1000.0);
      }
      SearchCommand.What what = new SearchCommand.What();
      what.query = query.isEmpty() ? List.of("data centres") : query;
      return SearchCommand.run(loci::search, options, what, out, root.spec.commandLine().getErr());
    }
  }

  /** The seed files bundled in this jar (or classes folder), in name order. */
  static List<Source> bundledSeeds() throws IOException {
    List<String> names = new ArrayList<>();
    try {
      Path location =
          Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(SEEDS))) {
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt"))
              .forEach(names::add);
        }
      } else {
        // The jar's central directory lists the entries: no need to read 36 MB of classes.
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(n -> n.startsWith(SEEDS) && n.endsWith(".txt"))
              .forEach(n -> names.add(n.substring(SEEDS.length())));
        }
      }
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the bundled seeds", e);
    }
    names.sort(null);
    if (names.isEmpty()) {
      throw new UncheckedIOException(
          new IOException("no bundled seeds in the jar (a packaging bug)"));
    }
    List<Source> sources = new ArrayList<>();
    for (String name : names) {
      try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(SEEDS + name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String id = name.substring(0, name.length() - ".txt".length());
        sources.add(SourceReader.fromText(id, text));
      }
    }
    return sources;
  }
}
