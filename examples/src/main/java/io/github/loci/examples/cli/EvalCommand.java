package io.github.loci.examples.cli;

import io.github.loci.core.eval.Evaluation;
import io.github.loci.core.eval.Evaluator;
import io.github.loci.core.eval.Metric;
import io.github.loci.core.eval.Qrels;
import io.github.loci.core.eval.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code loci eval}: trec_eval's measures, in Java. */
@Command(
    mixinStandardHelpOptions = true,
    name = "eval",
    description = {
      "Evaluate a TREC run against TREC qrels, with trec_eval's definitions and tie rule.",
      "Output: metric TAB qid|all TAB value, as trec_eval prints it. A query the qrels judge but"
          + " give no relevant document counts, with 0 for every metric (num_q_no_rel); one the"
          + " qrels lack is left out (num_q_not_judged), as is a judged one the run lacks"
          + " (num_q_not_run), unless --complete."
    })
final class EvalCommand implements Callable<Integer> {
  @ParentCommand LociCli root;

  @Option(
      names = "--qrels",
      required = true,
      paramLabel = "FILE",
      description = "qid iter docid grade")
  Path qrels;

  @Option(
      names = "--run",
      required = true,
      paramLabel = "FILE",
      description = "qid Q0 docid rank score tag")
  Path run;

  @Option(
      names = "--metrics",
      split = ",",
      paramLabel = "M",
      description = "P@k, Recall@k, MRR@k, nDCG@k, MAP, Success@k (default: ${DEFAULT-VALUE}).")
  List<String> metrics =
      List.of("P@10", "Recall@10", "Recall@100", "MRR@10", "nDCG@10", "MAP", "Success@10");

  @Option(names = "--per-query", description = "Also print each query's values.")
  boolean perQuery;

  @Option(
      names = {"--complete", "-c"},
      description =
          "Average over every judged query: one the run lacks (a search with no hits writes no"
              + " line) counts, with 0 for every metric (trec_eval -c).")
  boolean complete;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      description =
          "score (trec_eval: score descending, ties by docid descending) or rank (the rank column).")
  Run.Order order = Run.Order.SCORE;

  @Override
  public Integer call() throws IOException {
    if (root.topicsFile != null || root.lexiconFile != null) {
      throw new CommandLine.ParameterException(
          root.spec.commandLine(), "eval reads no topics or lexicon: drop --topics and --lexicon");
    }
    List<Metric> parsed = metrics.stream().map(Metric::parse).distinct().toList();
    Run ranked = Run.read(run);
    if (ranked.queries().isEmpty()) {
      // Every metric would be 0 for no query: a run file left empty is a mistake, not a result.
      throw new IOException(run + ": no run lines (qid Q0 docid rank score tag)");
    }
    Qrels judged = Qrels.read(qrels);
    if (judged.queries().isEmpty()) {
      throw new IOException(qrels + ": no judgment lines (qid iter docid grade)");
    }
    if (ranked.queries().stream().noneMatch(judged.queries()::contains)) {
      // As trec_eval: means over no query are no result ("q1" is not "1").
      throw new IOException(
          "no query of "
              + run
              + " is judged in "
              + qrels
              + " (run: "
              + sample(ranked.queries())
              + "; qrels: "
              + sample(judged.queries())
              + ")");
    }
    Evaluation e = Evaluator.evaluate(judged, ranked, parsed, order, complete);
    PrintWriter out = root.spec.commandLine().getOut();
    if (perQuery) {
      for (Map.Entry<String, Map<Metric, Double>> q : e.perQuery().entrySet()) {
        for (Metric m : parsed) {
          out.println(line(m.toString(), q.getKey(), q.getValue().get(m)));
        }
      }
    }
    for (Metric m : parsed) {
      out.println(line(m.toString(), "all", e.mean(m)));
    }
    count(out, "num_q", e.evaluated());
    count(out, "num_q_no_rel", e.withoutRelevant().size());
    count(out, "num_q_not_judged", e.notJudged().size());
    count(out, "num_q_not_run", e.missingFromRun().size());
    if (!complete && !e.missingFromRun().isEmpty()) {
      root.spec
          .commandLine()
          .getErr()
          .println(
              "loci eval: "
                  + e.missingFromRun().size()
                  + " judged "
                  + (e.missingFromRun().size() == 1 ? "query is" : "queries are")
                  + " not in the run and left out of the means (as trec_eval without -c);"
                  + " --complete counts them as 0");
    }
    return 0;
  }

  private static void count(PrintWriter out, String name, int value) {
    out.printf(Locale.ROOT, "%-14s\tall\t%d%n", name, value);
  }

  /** Up to three query ids, for a message. */
  private static String sample(java.util.Set<String> qids) {
    List<String> first = qids.stream().limit(3).toList();
    return String.join(", ", first) + (qids.size() > 3 ? ", …" : "");
  }

  /**
   * A value to four decimals as trec_eval prints it: C's printf rounds the double's exact binary
   * value, half to even, where Java's %.4f rounds its shortest decimal form half up (1/32 is
   * 0.0312, not 0.0313).
   */
  static String line(String metric, String qid, double value) {
    String rounded = new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    return String.format(Locale.ROOT, "%-14s\t%s\t%s", metric, qid, rounded);
  }
}
