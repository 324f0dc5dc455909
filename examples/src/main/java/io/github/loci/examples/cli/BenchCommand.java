package io.github.loci.examples.cli;

import io.github.loci.core.eval.Metric;
import io.github.loci.examples.bench.StockPipeline;
import io.github.loci.examples.bench.Xquad;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code loci bench}: retrieval benchmarks. */
@Command(
    mixinStandardHelpOptions = true,
    name = "bench",
    description = "Retrieval benchmarks.",
    subcommands = {BenchCommand.XquadCommand.class})
final class BenchCommand implements Runnable {
  @ParentCommand LociCli root;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        root.spec.commandLine().getSubcommands().get("bench"), "a benchmark is required: xquad");
  }

  /** {@code loci bench xquad}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "xquad",
      description = {
        "The answer-passage task on XQuAD: paragraphs are sources, questions are queries, a passage"
            + " is relevant when it covers at least half of the answer. Runs as a user does:"
            + " no language declared for sources or questions (--declared declares both). Prints"
            + " MRR@10, Recall@1/10/100 and the mean length of the returned passages."
      })
  static final class XquadCommand implements Callable<Integer> {
    @ParentCommand BenchCommand bench;

    @Option(
        names = "--lang",
        split = ",",
        paramLabel = "L",
        description = "Monolingual runs, of en, es, vi (default: all three, unless --cross).")
    List<String> langs = new ArrayList<>();

    @Option(
        names = "--cross",
        split = ",",
        paramLabel = "Q-P",
        description = "Cross-lingual runs: questions in Q over passages in P, e.g. en-es,en-vi.")
    List<String> cross = new ArrayList<>();

    @Option(
        names = "--compare",
        description =
            "For each run, first the stock Lucene pipeline (ICU sentences, windows of 2 sentences"
                + " with stride 1, each stock analyzer, BM25 1.2/0.75, the question's tokens as a"
                + " bag of words), then rows for (a) Loci's analyzers, (b) Lucene's"
                + " StandardAnalyzer, (c) Lucene's language analyzer (Loci's passages, BM25 1.2/0.75"
                + " and query construction), then Loci's full configuration.")
    boolean compare;

    @Option(
        names = "--declared",
        description =
            "Declare every source's and question's language (by default Loci detects the sources'"
                + " language and the questions have none, as on the user's path).")
    boolean declared;

    @Option(
        names = "--strip-diacritics",
        description = "Remove the questions' diacritics (Vietnamese typed without them).")
    boolean strip;

    @Option(
        names = "--no-translate",
        description = "Search the questions' words as typed, without the lexicon's translations.")
    boolean noTranslate;

    @Option(
        names = "--bm25",
        split = ",",
        paramLabel = "K1,B",
        description = "BM25 parameters for the full configuration (default: Loci's).")
    List<Float> bm25 = new ArrayList<>();

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "The XQuAD folder (default: benchmarks/data/xquad of the Loci checkout).")
    Path data;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = bench.root.spec.commandLine().getOut();
      Path dir = data != null ? data : defaultData();
      List<String[]> runs = new ArrayList<>();
      List<String> mono = langs.isEmpty() && cross.isEmpty() ? List.of("en", "es", "vi") : langs;
      for (String lang : mono) {
        runs.add(new String[] {check(lang), lang});
      }
      for (String pair : cross) {
        String[] qp = pair.split("-");
        if (qp.length != 2) {
          throw new IllegalArgumentException("--cross takes Q-P pairs such as en-es: " + pair);
        }
        runs.add(new String[] {check(qp[0]), check(qp[1])});
      }
      Xquad.Config full = Xquad.Config.FULL;
      if (!bm25.isEmpty()) {
        if (bm25.size() != 2) {
          throw new IllegalArgumentException("--bm25 takes K1,B, e.g. 0.9,0.4");
        }
        full =
            new Xquad.Config(
                "Loci, BM25 " + bm25.get(0) + "," + bm25.get(1),
                full.profile(),
                true,
                bm25.get(0),
                bm25.get(1));
      }
      List<Xquad.Config> configs =
          compare
              ? List.of(
                  Xquad.Config.LOCI_ANALYZERS, Xquad.Config.STANDARD, Xquad.Config.STOCK, full)
              : List.of(full);
      out.println(
          "| run | configuration | questions | MRR@10 | Recall@1 | Recall@10 | Recall@100"
              + " | passage chars | seconds |");
      out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      Xquad.Mode mode = new Xquad.Mode(declared, strip, !noTranslate);
      String suffix = (strip ? " (no diacritics)" : "") + (declared ? ", languages declared" : "");
      for (String[] run : runs) {
        if (compare) {
          for (StockPipeline.Stock stock : StockPipeline.analyzers(run[1])) {
            Xquad.Result r = StockPipeline.run(dir, run[0], run[1], stock, mode.stripDiacritics());
            print(out, r, suffix, "stock: " + stock.name() + ", 2-sentence windows");
          }
        }
        for (Xquad.Config config : configs) {
          Xquad.Result r = Xquad.run(dir, run[0], run[1], config, mode);
          print(out, r, suffix, config.name() + (noTranslate ? ", no translation" : ""));
        }
      }
      return 0;
    }

    private static void print(PrintWriter out, Xquad.Result r, String suffix, String config) {
      StringBuilder row =
          new StringBuilder("| " + r.name() + suffix)
              .append(" | ")
              .append(config)
              .append(" | ")
              .append(r.evaluation().evaluated());
      for (Metric m : Xquad.METRICS) {
        row.append(String.format(Locale.ROOT, " | %.4f", r.evaluation().mean(m)));
      }
      row.append(String.format(Locale.ROOT, " | %.0f | %.1f |", r.meanPassageChars(), r.seconds()));
      out.println(row);
      out.flush();
    }

    private static String check(String lang) {
      if (!List.of("en", "es", "vi").contains(lang)) {
        throw new IllegalArgumentException("XQuAD languages here are en, es and vi, not " + lang);
      }
      return lang;
    }

    static Path defaultData() {
      String home = System.getProperty("loci.home");
      Path base = home == null ? Path.of("") : Path.of(home);
      return base.resolve("benchmarks").resolve("data").resolve("xquad");
    }
  }
}
