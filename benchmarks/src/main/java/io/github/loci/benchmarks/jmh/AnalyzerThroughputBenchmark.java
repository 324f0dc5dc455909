package io.github.loci.benchmarks.jmh;

import io.github.loci.analyzers.Language;
import io.github.loci.analyzers.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Analyzer throughput: for each language (es, it, en, vi), the seed article of that language is
 * tokenized whole, once per operation, by Loci's analyzer for the language ({@code loci}), Loci's
 * language-neutral analyzer ({@code neutral}) and Lucene's {@link StandardAnalyzer} ({@code
 * lucene-standard}); for Vietnamese also the analyzers of Loci's further fields ({@code
 * loci-folded}, {@code loci-pairs}, {@code loci-folded-pairs}), each of which indexes the text once
 * more. Run it from the repository root with {@code bench/run jmh [JMH options]}; it prints JMH's
 * results, then a table with characters per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerThroughputBenchmark {
  /** Seed articles, relative to the repository root (the working directory). */
  static final String SEEDS = "corpus/seeds/";

  static final String FIELD = "body";

  static final List<String> LANGS = List.of("es", "it", "en", "vi");

  static final List<String> ANALYZERS = List.of("loci", "neutral", "lucene-standard");

  /** The analyzers of Loci's further Vietnamese fields (vi only). */
  static final List<String> VI_FIELDS = List.of("loci-folded", "loci-pairs", "loci-folded-pairs");

  /**
   * Which analyzer: Loci's for the language, Loci's neutral one, or Lucene's standard one; with
   * {@code -p lang=vi} also {@code loci-folded}, {@code loci-pairs} or {@code loci-folded-pairs}
   * (by default a run of their own on vi).
   */
  @Param({"loci", "neutral", "lucene-standard"})
  public String analyzer;

  /** The language of the text (and of Loci's analyzer). */
  @Param({"es", "it", "en", "vi"})
  public String lang;

  private Analyzer instance;
  private String text;

  /** Reads the text and builds the analyzer, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    text = readSeed(lang);
    instance = newAnalyzer(analyzer, lang);
  }

  /** Closes the analyzer. */
  @TearDown(Level.Trial)
  public void tearDown() {
    instance.close();
  }

  /**
   * Tokenizes the whole text once.
   *
   * @param bh consumes the total length of the terms (JMH consumes the returned count)
   * @return the number of tokens
   * @throws IOException never, the text is in memory
   */
  @Benchmark
  public int tokenize(Blackhole bh) throws IOException {
    return countTokens(instance, text, bh);
  }

  static int countTokens(Analyzer analyzer, String text, Blackhole bh) throws IOException {
    int tokens = 0;
    int termChars = 0;
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens++;
        termChars += term.length();
      }
      ts.end();
    }
    if (bh != null) {
      bh.consume(termChars);
    }
    return tokens;
  }

  static Language language(String lang) {
    return switch (lang) {
      case "es" -> Language.ES;
      case "it" -> Language.IT;
      case "en" -> Language.EN;
      case "vi" -> Language.VI;
      default -> throw new IllegalArgumentException("unknown language: " + lang);
    };
  }

  static String seedFile(String lang) {
    return switch (lang) {
      case "es" -> "000_1e5a2fdc30525381.txt";
      case "it" -> "002_2ccd2605af7e1f30.txt";
      case "en" -> "003_f424e079fc36e9ef.txt";
      case "vi" -> "004_8c28eac8c3f95717.txt";
      default -> throw new IllegalArgumentException("unknown language: " + lang);
    };
  }

  static String readSeed(String lang) {
    Path path = Path.of(SEEDS, seedFile(lang));
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "seed article for '"
              + lang
              + "' not found: "
              + path.toAbsolutePath()
              + " (run the benchmark from the repository root, e.g. with bench/run jmh)");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
    }
  }

  static Analyzer newAnalyzer(String analyzer, String lang) {
    return switch (analyzer) {
      case "loci" -> LanguageAnalyzers.forLanguage(language(lang));
      case "neutral" -> LanguageAnalyzers.neutral();
      case "lucene-standard" -> new StandardAnalyzer();
      case "loci-folded" ->
          LanguageAnalyzers.folded(language(lang)).orElseThrow(() -> noField(analyzer, lang));
      case "loci-pairs" ->
          LanguageAnalyzers.pairs(language(lang)).orElseThrow(() -> noField(analyzer, lang));
      case "loci-folded-pairs" ->
          LanguageAnalyzers.foldedPairs(language(lang)).orElseThrow(() -> noField(analyzer, lang));
      default -> throw new IllegalArgumentException("unknown analyzer: " + analyzer);
    };
  }

  private static IllegalArgumentException noField(String analyzer, String lang) {
    return new IllegalArgumentException(
        "analyzer " + analyzer + " is a field Loci has for vi only, not for " + lang);
  }

  /**
   * Runs the benchmark with JMH (1 fork, 2 warm-up and 3 measurement iterations of 1 s, unless the
   * arguments say otherwise), then prints characters per second.
   *
   * @param args JMH command-line options, e.g. {@code -p lang=vi} or {@code -f 2}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("bench/run jmh: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (cli.shouldHelp()) {
      cli.showHelp();
      return;
    }
    // Fail early, with a clear message, if the texts are not where the forks will look for them;
    // and count the tokens per operation for the table now, with the classes the forks will use.
    Map<String, int[]> sizes = new HashMap<>();
    for (String lang : LANGS) {
      String text = readSeed(lang);
      List<String> analyzers = new ArrayList<>(ANALYZERS);
      if (lang.equals("vi")) {
        analyzers.addAll(VI_FIELDS);
      }
      for (String analyzer : analyzers) {
        try (Analyzer a = newAnalyzer(analyzer, lang)) {
          sizes.put(
              analyzer + "/" + lang,
              new int[] {
                text.length(),
                text.getBytes(StandardCharsets.UTF_8).length,
                countTokens(a, text, null)
              });
        }
      }
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(AnalyzerThroughputBenchmark.class.getName() + ".tokenize");
    }
    if (!cli.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!cli.getWarmupIterations().hasValue()) {
      options.warmupIterations(2);
    }
    if (!cli.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(1));
    }
    if (!cli.getMeasurementIterations().hasValue()) {
      options.measurementIterations(3);
    }
    if (!cli.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(1));
    }
    if (!cli.getJvmArgsAppend().hasValue() && Runtime.version().feature() >= 24) {
      // JMH 1.37 uses sun.misc.Unsafe, which JDK 24+ warns about in every fork.
      options.jvmArgsAppend("--sun-misc-unsafe-memory-access=allow");
    }
    List<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
    boolean chosen = cli.getParameter("analyzer").hasValue() || cli.getParameter("lang").hasValue();
    if (!chosen) {
      // The further Vietnamese fields exist for vi only: a run of their own.
      options.param("analyzer", VI_FIELDS.toArray(String[]::new)).param("lang", "vi");
      results.addAll(new Runner(options.build()).run());
    }
    printTable(results, sizes);
  }

  private static int order(String analyzer) {
    int i = ANALYZERS.indexOf(analyzer);
    return i >= 0 ? i : ANALYZERS.size() + VI_FIELDS.indexOf(analyzer);
  }

  private static void printTable(Collection<RunResult> results, Map<String, int[]> sizes) {
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(
        Comparator.comparingInt((RunResult r) -> LANGS.indexOf(r.getParams().getParam("lang")))
            .thenComparingInt(r -> order(r.getParams().getParam("analyzer"))));
    System.out.println();
    System.out.println("Analyzer throughput (whole seed article per op; 1 MB = 10^6)");
    String header =
        String.format(
            Locale.ROOT,
            "%-18s %-4s %7s %9s %9s %14s %10s %12s",
            "analyzer",
            "lang",
            "chars",
            "utf8-B",
            "tokens/op",
            "ops/s",
            "Mchars/s",
            "UTF-8 MB/s");
    System.out.println(header);
    System.out.println("-".repeat(header.length()));
    for (RunResult r : sorted) {
      String analyzer = r.getParams().getParam("analyzer");
      String lang = r.getParams().getParam("lang");
      int[] size = sizes.get(analyzer + "/" + lang);
      int chars = size[0];
      int bytes = size[1];
      int tokens = size[2];
      Result<?> primary = r.getPrimaryResult();
      double ops = primary.getScore();
      double err = primary.getScoreError();
      String opsText =
          Double.isNaN(err)
              ? String.format(Locale.ROOT, "%.0f", ops)
              : String.format(Locale.ROOT, "%.0f ± %.0f", ops, err);
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-18s %-4s %7d %9d %9d %14s %10.2f %12.2f",
              analyzer,
              lang,
              chars,
              bytes,
              tokens,
              opsText,
              ops * chars / 1e6,
              ops * bytes / 1e6));
    }
  }
}
