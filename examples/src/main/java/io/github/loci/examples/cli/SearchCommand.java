package io.github.loci.examples.cli;

import io.github.loci.core.Loci;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.opensearch.client.RemoteLoci;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code loci search}: one query, a topic, or a batch of queries. */
@Command(
    mixinStandardHelpOptions = true,
    name = "search",
    description = "Search an index: free text in any language, a topic, or a TSV batch of queries.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand LociCli root;

  @Option(names = "--index", paramLabel = "DIR", description = "The index folder.")
  Path index;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Search an OpenSearch index (with the loci-opensearch plugin) instead of a folder: node"
              + " URLs, comma-separated, such as http://localhost:9200. Needs --index-name.")
  String opensearch;

  @Option(
      names = "--index-name",
      paramLabel = "NAME",
      description = "The OpenSearch index to search, with --opensearch.")
  String indexName;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  static final class What {
    @Parameters(
        arity = "1..*",
        paramLabel = "QUERY",
        description = "Free text; \"quoted words\" are a phrase.")
    List<String> query;

    @Option(
        names = "--topic",
        paramLabel = "ID",
        description = "Search a topic (see `loci topics`).")
    String topic;

    @Option(
        names = "--queries",
        paramLabel = "FILE.tsv",
        description = "Queries, one per line: qid<TAB>query[<TAB>lang]; # starts a comment.")
    Path queries;
  }

  @Mixin SearchOptions options;

  @Override
  public Integer call() throws IOException {
    CommandLine command = root.spec.commandLine();
    if (opensearch != null) {
      if (indexName != null) {
        LociCli.checkIndexName(command, indexName);
      }
      if (index != null || indexName == null) {
        throw new CommandLine.ParameterException(
            command, "--opensearch needs --index-name NAME, and no --index");
      }
      try (RemoteLoci remote =
          RemoteLoci.connect(opensearch, indexName, root.topics(), root.lexicon())) {
        return run(remote::search, options, what, command.getOut(), command.getErr());
      }
    }
    if (index == null) {
      throw new CommandLine.ParameterException(
          command, "give the index: --index DIR, or --opensearch URL --index-name NAME");
    }
    try (Loci loci = root.open(index, true)) {
      if (loci.sourceCount() == 0) {
        root.spec
            .commandLine()
            .getErr()
            .println(
                "loci: note: the index at "
                    + index
                    + " has no sources yet: is its first `loci index` still running? Search again"
                    + " when it has committed (every 30 s), or index sources into it.");
      }
      // A --source id the index does not hold matches nothing: say so rather than answer "0
      // matching passages" alone.
      for (String id : options.sourceIds()) {
        if (loci.sourceText(id).isEmpty()) {
          root.spec
              .commandLine()
              .getErr()
              .println(
                  "loci: note: no source '"
                      + TerminalText.line(id)
                      + "' in the index at "
                      + index
                      + " (`loci sources --index "
                      + index
                      + "` lists their ids)");
        }
      }
      return run(
          loci::search,
          options,
          what,
          root.spec.commandLine().getOut(),
          root.spec.commandLine().getErr());
    }
  }

  /** The line a batch's problem names ({@code file:line: …}), or 0 when it names none. */
  private static long lineOf(String problem, String prefix) {
    int at = problem.startsWith(prefix) ? prefix.length() : -1;
    long line = 0;
    for (int i = at; i >= 0 && i < problem.length() && Character.isDigit(problem.charAt(i)); i++) {
      line = 10 * line + (problem.charAt(i) - '0');
    }
    return line;
  }

  /** Where a search runs: an embedded index, or an OpenSearch index. */
  interface Searcher {
    SearchResult search(SearchRequest request) throws IOException;
  }

  static int run(Searcher loci, SearchOptions options, What what, PrintWriter out, PrintWriter err)
      throws IOException {
    HitPrinter printer = options.printer(out, err);
    if (what.queries != null) {
      QueriesFile file = QueriesFile.read(what.queries);
      List<String> failed = new ArrayList<>(file.problems());
      BatchProgress progress = new BatchProgress(err, file.queries().size(), System::nanoTime);
      int done = 0;
      for (QueriesFile.Query q : file.queries()) {
        progress.done(done++);
        try {
          SearchRequest request =
              options.request(q.text(), null, q.lang() != null ? q.lang() : options.lang);
          printer.print(q.qid(), q.text(), request, loci.search(request));
        } catch (IllegalArgumentException | IllegalStateException e) {
          failed.add(q.where() + ": " + q.qid() + ": " + LociCli.describe(e));
        } catch (io.github.loci.opensearch.client.OpenSearchRequestException e) {
          // A query OpenSearch refuses for what it asks (400) fails alone, as Loci's own refusals
          // do; a cluster that fails (5xx) or cannot be reached stops the batch.
          if (!e.refusedRequest()) {
            throw e;
          }
          failed.add(q.where() + ": " + q.qid() + ": " + LociCli.describe(e));
        }
      }
      out.flush();
      // In the file's order: its malformed lines were found before any query ran.
      String prefix = what.queries + ":";
      failed.sort(Comparator.comparingLong(problem -> lineOf(problem, prefix)));
      for (String problem : failed) {
        err.println("loci: error: " + TerminalText.line(problem));
      }
      if (!failed.isEmpty()) {
        err.println(
            "loci: error: "
                + failed.size()
                + " of "
                + (file.queries().size() + file.problems().size())
                + " queries failed; the others ran");
        return 1;
      }
      return 0;
    }
    String query = what.query == null ? "" : String.join(" ", what.query);
    SearchRequest request = options.request(query, what.topic, options.lang);
    printer.print(
        null, what.topic != null ? "topic " + what.topic : query, request, loci.search(request));
    return 0;
  }

  /** Options shared by {@code search} and {@code demo}. */
  static final class SearchOptions {
    @Option(
        names = "--lang",
        paramLabel = "L",
        description =
            "The query's language (es, it, en or vi, as a code, a tag such as es-MX or a name such"
                + " as spanish): weighs it higher, excludes none.")
    String lang;

    @Option(
        names = "--in",
        split = ",",
        paramLabel = "LANGS",
        description = "Only passages in these languages, e.g. --in es,it.")
    List<String> in = List.of();

    @Option(
        names = "--source",
        split = ",",
        paramLabel = "IDS",
        description =
            "Only these sources: ids, comma-separated; quote an id that holds a comma"
                + " ('\"a,b\",c').")
    List<String> sources = List.of();

    /**
     * The --source ids: picocli does not split a quoted id at its commas, and keeps its quotes,
     * which are taken off here.
     */
    List<String> sourceIds() {
      return sources.stream()
          .map(
              id ->
                  id.length() >= 2 && id.startsWith("\"") && id.endsWith("\"")
                      ? id.substring(1, id.length() - 1)
                      : id)
          .toList();
    }

    @Option(
        names = "--top",
        paramLabel = "N",
        description = "Number of hits (default: 10; the demo: 5).")
    int top = 10;

    @Option(
        names = "--offset",
        paramLabel = "N",
        description = "Hits to pass over first (default: 0).")
    int offset;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text, json (JSON Lines) or trec (default: text).")
    HitPrinter.Format format = HitPrinter.Format.TEXT;

    @Option(
        names = "--tag",
        paramLabel = "TAG",
        description = "Run tag in trec output (default: ${DEFAULT-VALUE}).")
    String tag = "loci";

    @Option(names = "--no-color", description = "Mark matches with ⟦ ⟧ even on a terminal.")
    boolean noColor;

    @Option(
        names = "--explain",
        description =
            "Print the expanded query: the concepts found in it with the terms searched in each"
                + " language, and per hit which concept and term matched.")
    boolean explain;

    @Option(
        names = "--no-translate",
        description = "Search the words as typed, without translating them through the lexicon.")
    boolean noTranslate;

    @Option(
        names = "--min-amount",
        paramLabel = "VALUE",
        description =
            "Only passages that state a sum of money of at least VALUE (e.g. 1e9), in the"
                + " amount's own currency units.")
    Double minAmount;

    @Option(
        names = "--with",
        split = ",",
        paramLabel = "KIND",
        description = "Only passages that state an amount of one of these kinds: money, percent.")
    List<AmountKind> with = List.of();

    @Option(
        names = "--sort",
        paramLabel = "ORDER",
        description = "relevance or amount (largest sum of money first) (default: relevance).")
    SearchRequest.Order sort = SearchRequest.Order.RELEVANCE;

    @Option(
        names = "--exact-count",
        description =
            "Count every matching passage (slower on a large index); by default the count is exact"
                + " up to 1,000 and printed as a lower bound beyond (\"1,277+\").")
    boolean exactCount;

    SearchRequest request(String query, String topic, String queryLanguage) {
      if (top < 1) {
        throw new IllegalArgumentException("--top must be at least 1, not " + top);
      }
      if (offset < 0) {
        throw new IllegalArgumentException("--offset must be at least 0, not " + offset);
      }
      if ((long) offset + top > SearchRequest.MAX_WINDOW) {
        throw new IllegalArgumentException(
            String.format(
                java.util.Locale.ROOT,
                "--offset plus --top must be at most %,d, not %d + %d",
                SearchRequest.MAX_WINDOW,
                offset,
                top));
      }
      if (tag.isBlank()) {
        throw new IllegalArgumentException("--tag must not be blank: a TREC run's last column");
      }
      SearchRequest.Builder builder =
          SearchRequest.builder()
              .query(query)
              .topic(topic)
              .queryLanguage(queryLanguage)
              .languages(Set.copyOf(in))
              .sources(Set.copyOf(sourceIds()))
              .limit(top)
              .offset(offset)
              .translate(!noTranslate)
              .withAmounts(Set.copyOf(with))
              .order(sort)
              .exactCount(exactCount);
      if (minAmount != null) {
        builder.minAmount(minAmount);
      }
      return builder.build();
    }

    HitPrinter printer(java.io.PrintWriter out, java.io.PrintWriter err) {
      return new HitPrinter(out, err, format, tag, !noColor && isTerminal(), explain);
    }

    private static boolean isTerminal() {
      java.io.Console console = System.console();
      if (console == null || System.getenv("NO_COLOR") != null) {
        return false;
      }
      try {
        // Since Java 22 a console exists when output is redirected too; isTerminal() tells.
        return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
      } catch (ReflectiveOperationException e) {
        return true; // Java 21: a console exists only on a terminal
      }
    }
  }
}
