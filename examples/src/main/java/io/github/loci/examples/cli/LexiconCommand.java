package io.github.loci.examples.cli;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.LanguageDetector;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.core.lexicon.Concept;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.lexicon.LexiconFormatException;
import io.github.loci.examples.bench.Xquad;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code loci lexicon}: check a lexicon file, show concepts, measure coverage. */
@Command(
    mixinStandardHelpOptions = true,
    name = "lexicon",
    description = "The multilingual concept lexicon: check files, show concepts, measure coverage.",
    subcommands = {
      LexiconCommand.Check.class,
      LexiconCommand.Show.class,
      LexiconCommand.Coverage.class
    })
final class LexiconCommand implements Runnable {
  @ParentCommand LociCli root;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        root.spec.commandLine().getSubcommands().get("lexicon"),
        "a subcommand is required: check, show or coverage");
  }

  /** {@code loci lexicon check FILE...}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "check",
      description =
          "Validate lexicon files (the built-in one, with --lexicon FILE, when none is given):"
              + " format, ids, terms, and that no term is only function words. Errors name the"
              + " file and line.")
  static final class Check implements Callable<Integer> {
    @ParentCommand LexiconCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Lexicon files (TSV).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      PrintWriter out = parent.root.spec.commandLine().getOut();
      // Every file, every bad line: a file with a fault on line 2 says nothing of line 3, nor of
      // the next file, when only the first is told.
      List<LexiconFormatException> problems = new ArrayList<>();
      try (Analysis analysis = new Analysis()) {
        for (Path file : files) {
          List<LexiconFormatException> bad = Lexicon.problems(file);
          if (bad.isEmpty()) {
            // Its terms as the query analyzers see them: the first that is only function words.
            try {
              new ConceptMatcher(Lexicon.load(file), analysis);
            } catch (LexiconFormatException e) {
              bad = List.of(e);
            }
          }
          problems.addAll(bad);
        }
      }
      if (!problems.isEmpty()) {
        PrintWriter err = parent.root.spec.commandLine().getErr();
        problems.forEach(p -> err.println("loci: error: " + TerminalText.line(p.getMessage())));
        err.println(
            "loci: error: "
                + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " in "
                + problems.stream().map(LexiconFormatException::file).distinct().count()
                + " of "
                + files.size()
                + " file(s)");
        err.flush();
        return ExitCodes.FAILURE;
      }
      Lexicon lexicon = files.isEmpty() ? parent.root.lexicon() : Lexicon.empty();
      for (Path file : files) {
        lexicon = lexicon.with(Lexicon.load(file));
      }
      try (Analysis analysis = new Analysis()) {
        new ConceptMatcher(lexicon, analysis);
      }
      // The user's own concepts: the files given, or else the --lexicon file.
      Path extension = parent.root.lexiconFile;
      Lexicon own = !files.isEmpty() ? lexicon : parent.root.extension();
      if (own.size() > 0) {
        List<String> replaced =
            own.concepts().stream()
                .map(Concept::id)
                .filter(id -> Lexicon.builtIn().get(id).isPresent())
                .toList();
        if (!replaced.isEmpty()) {
          out.println(
              "note: with --lexicon these replace built-in concepts of the same id: "
                  + String.join(", ", replaced));
        }
      }
      Map<String, Integer> domains = new TreeMap<>();
      lexicon.concepts().forEach(c -> domains.merge(c.domain(), 1, Integer::sum));
      out.println(
          (!files.isEmpty()
                  ? files.size() + " file(s)"
                  : extension != null ? "built-in lexicon with " + extension : "built-in lexicon")
              + ": "
              + lexicon.size()
              + " concepts, no problems; by domain: "
              + domains);
      return 0;
    }
  }

  /** {@code loci lexicon show WORDS}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "show",
      description = "Show the concepts a text names (or a concept by id) with their terms.")
  static final class Show implements Callable<Integer> {
    @ParentCommand LexiconCommand parent;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words, or a concept id.")
    List<String> words;

    @Option(names = "--lang", paramLabel = "L", description = "The text's language.")
    String lang;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = parent.root.spec.commandLine().getOut();
      if (lang != null && Language.forCode(lang).isEmpty()) {
        // As search's --lang: a language the matcher has no analyzer for is a usage error.
        throw new IllegalArgumentException(
            "--lang: '" + lang + "' is not one of the lexicon's languages: es, it, en, vi");
      }
      Lexicon lexicon = parent.root.lexicon();
      String text = String.join(" ", words);
      List<Concept> shown = new ArrayList<>();
      lexicon.get(text).ifPresent(shown::add);
      try (Analysis analysis = new Analysis()) {
        ConceptMatcher matcher = new ConceptMatcher(lexicon, analysis);
        for (ConceptMatcher.Match m :
            matcher.find(text, Optional.ofNullable(lang).flatMap(Language::forCode))) {
          out.println("“" + m.text() + "” (" + m.languageCodes() + "): " + m.concepts());
          m.concepts().forEach(id -> shown.add(lexicon.get(id).orElseThrow()));
        }
      }
      if (shown.isEmpty()) {
        out.println("no concept of the lexicon in: " + text);
        return 1;
      }
      for (Concept c : shown.stream().distinct().toList()) {
        out.println(c.id() + "  (" + c.domain() + ", " + c.origin() + ")");
        c.terms()
            .forEach((l, terms) -> out.println("  " + l.code() + ": " + String.join(" | ", terms)));
      }
      return 0;
    }
  }

  /** {@code loci lexicon coverage}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "coverage",
      description =
          "The share of content words (the query analyzer's tokens, numbers left out) that lexicon"
              + " terms cover, per language: in the seed sources, and in the XQuAD questions.")
  static final class Coverage implements Callable<Integer> {
    @ParentCommand LexiconCommand parent;

    @Option(
        names = "--seeds",
        paramLabel = "DIR",
        description = "A folder of seed sources (default: the seeds bundled for `loci demo`).")
    Path seeds;

    @Option(
        names = "--xquad",
        paramLabel = "DIR",
        description = "The XQuAD folder (default: benchmarks/data/xquad of the Loci checkout).")
    Path xquad;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = parent.root.spec.commandLine().getOut();
      // Paths given that hold nothing to measure would give an empty table and exit 0.
      if (seeds != null && !Files.exists(seeds)) {
        throw new IOException("no such file: " + seeds);
      }
      if (xquad != null && !Files.isRegularFile(xquad.resolve("xquad.en.json"))) {
        throw new IOException(xquad + ": no XQuAD files here (xquad.en.json, xquad.es.json, …)");
      }
      List<Source> seedSources =
          seeds != null ? SourceReader.read(seeds).sources() : DemoCommand.bundledSeeds();
      Path xquadDir = xquad != null ? xquad : BenchCommand.XquadCommand.defaultData();
      Lexicon lexicon = parent.root.lexicon();
      try (Analysis analysis = new Analysis()) {
        ConceptMatcher matcher = new ConceptMatcher(lexicon, analysis);
        out.println("| text | language | content words | covered | share |");
        out.println("| --- | --- | ---: | ---: | ---: |");
        Map<Language, ConceptMatcher.Coverage> bySeedLanguage = new EnumMap<>(Language.class);
        LanguageDetector detector = LanguageDetectors.defaultDetector();
        Map<String, Integer> otherLanguages = new TreeMap<>();
        for (Source source : seedSources) {
          String code = source.language().orElseGet(() -> detector.detect(source.text()).code());
          Optional<Language> language = Language.forCode(code);
          if (language.isEmpty()) {
            // The lexicon has terms in Loci's languages only: such a source has none to cover.
            otherLanguages.merge(code, 1, Integer::sum);
            continue;
          }
          bySeedLanguage.merge(
              language.get(),
              matcher.coverage(source.text(), language.get()),
              ConceptMatcher.Coverage::plus);
        }
        bySeedLanguage.forEach((l, c) -> row(out, "seed sources", l, c));
        if (!otherLanguages.isEmpty()) {
          parent
              .root
              .spec
              .commandLine()
              .getErr()
              .println(
                  "loci: left out, in languages the lexicon has no terms for: "
                      + String.join(
                          ", ",
                          otherLanguages.entrySet().stream()
                              .map(e -> e.getKey() + " " + e.getValue())
                              .toList()));
        }
        for (String code : List.of("en", "es", "vi")) {
          Path file = xquadDir.resolve("xquad." + code + ".json");
          if (!Files.isRegularFile(file)) {
            continue;
          }
          Language language = Language.forCode(code).orElseThrow();
          ConceptMatcher.Coverage total = new ConceptMatcher.Coverage(0, 0);
          for (String question : Xquad.questions(xquadDir, code)) {
            total = total.plus(matcher.coverage(question, language));
          }
          row(out, "XQuAD questions", language, total);
        }
      }
      return 0;
    }

    private static void row(
        PrintWriter out, String text, Language language, ConceptMatcher.Coverage c) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d | %d | %.1f%% |%n",
          text,
          language.code(),
          c.words(),
          c.covered(),
          100 * c.share());
    }
  }
}
