package io.github.loci.benchmarks;

import java.util.Arrays;

/** Entry point of the benchmark harnesses: {@code bench/run NAME [ARGS]}. */
public final class Bench {
  private Bench() {}

  /**
   * Runs a benchmark.
   *
   * @param args the benchmark's name, then its arguments
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    String name = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (name) {
      case "europarl" -> EuroparlBenchmark.main(rest);
      case "scale" -> ScaleBenchmark.main(rest);
      case "latency" -> LatencyBenchmark.main(rest);
      case "cold" -> ColdStartBenchmark.main(rest);
      case "langid" -> io.github.loci.benchmarks.langid.LangIdComparison.main(rest);
      case "jmh" -> io.github.loci.benchmarks.jmh.AnalyzerThroughputBenchmark.main(rest);
      default -> {
        System.err.println(
            "usage: bench/run europarl [--limit N] | bench/run scale [--copies K] [--threads N]"
                + " | bench/run latency --index DIR [--copies K]"
                + " | bench/run cold [--index DIR] [--runs N] [QUERY] | bench/run langid"
                + " | bench/run jmh [JMH options, e.g. -p lang=vi]");
        System.exit(2);
      }
    }
  }
}
