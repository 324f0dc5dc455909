package io.github.loci.benchmarks;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.SourceReader;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Start-up: {@code bench/run cold [--index DIR] [--runs N] [QUERY]}. Indexes the seed sources
 * (corpus/seeds) into DIR when it holds no index, then times, one new process per run, {@code
 * ./loci search --index DIR QUERY} from the command to its first result line, against a bare-Lucene
 * command line ({@link BareSearch}) started the same way (the same JVM flags, class-data sharing
 * included, its own archive), and {@code ./loci demo} from start to end. One untimed run of each
 * first builds the CLI jar if needed and creates the class-data archives. Medians of N runs, of the
 * wall time and of the CPU time (user and system, all threads) of each search, start to end.
 */
final class ColdStartBenchmark {
  private ColdStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of("target/cold-seed-index");
    int runs = 7;
    String query = "data centres";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--index" -> index = Path.of(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> query = args[i];
      }
    }
    if (!(Files.isDirectory(index) && DirectoryReader.indexExists(FSDirectory.open(index)))) {
      try (Loci loci = Loci.open(index)) {
        loci.index(SourceReader.read(Path.of("corpus/seeds")));
      }
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Path archive = Path.of("target/bare-search.jsa").toAbsolutePath();
    List<String> loci =
        List.of("./loci", "search", "--index", index.toString(), query, "--no-color");
    List<String> bare =
        List.of(
            java,
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseSerialGC",
            // as ./loci runs a single search: C1 alone
            "-XX:TieredStopAtLevel=1",
            "-XX:+AutoCreateSharedArchive",
            "-XX:SharedArchiveFile=" + archive,
            "-cp",
            bareClassPath(),
            BareSearch.class.getName(),
            index.toString(),
            query);
    List<String> demo = List.of("./loci", "demo", "--no-color");
    // The bare CLI's class path is copied anew by every bench/run (target/bench-lib), and a JVM
    // refuses an archive made for older copies of its jars without writing a new one: the bare CLI
    // then ran without class-data sharing, 0.59 s against 0.34 s with it. Its archive is made anew.
    Files.deleteIfExists(archive);
    // Untimed: builds the jar if it is stale, creates the archives.
    time(loci, true);
    time(bare, true);
    time(demo, false);
    double[] lociTimes = new double[runs];
    double[] bareTimes = new double[runs];
    double[] demoTimes = new double[runs];
    double[] lociCpu = new double[runs];
    double[] bareCpu = new double[runs];
    for (int r = 0; r < runs; r++) {
      Run run = time(loci, true);
      lociTimes[r] = run.seconds();
      lociCpu[r] = run.cpu();
      run = time(bare, true);
      bareTimes[r] = run.seconds();
      bareCpu[r] = run.cpu();
      demoTimes[r] = time(demo, false).seconds();
    }
    double l = median(lociTimes);
    double b = median(bareTimes);
    System.out.printf(
        Locale.ROOT,
        "command to first result, median of %d: loci search %.2f s, bare Lucene %.2f s (%.2fx)%n",
        runs,
        l,
        b,
        l / b);
    // CPU time moves less than wall time on a shared machine: a busy core stretches the wall
    // time of whichever process waits for it, not the work it does.
    System.out.printf(
        Locale.ROOT,
        "CPU time (user + system, every thread and child process, start to end), median of %d:"
            + " loci search %.2f s, bare Lucene %.2f s (%.2fx)%n",
        runs,
        median(lociCpu),
        median(bareCpu),
        median(lociCpu) / median(bareCpu));
    System.out.printf(
        Locale.ROOT,
        "./loci demo, start to end, median of %d: %.2f s (min %.2f, max %.2f)%n",
        runs,
        median(demoTimes),
        Arrays.stream(demoTimes).min().orElseThrow(),
        Arrays.stream(demoTimes).max().orElseThrow());
  }

  /**
   * The bare CLI's class path: its class in a jar of its own, then the jars on this JVM's class
   * path (class-data sharing refuses class folders).
   */
  private static String bareClassPath() throws IOException {
    Path jar = Path.of("target/bare-search.jar").toAbsolutePath();
    String entry = BareSearch.class.getName().replace('.', '/') + ".class";
    try (InputStream in = BareSearch.class.getClassLoader().getResourceAsStream(entry);
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    StringBuilder path = new StringBuilder(jar.toString());
    for (String part : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (part.endsWith(".jar")) {
        path.append(File.pathSeparator).append(Path.of(part).toAbsolutePath());
      }
    }
    return path.toString();
  }

  /**
   * A timed run.
   *
   * @param seconds wall time until the first result line, or until the end
   * @param cpu user and system CPU seconds of the command and its children, start to end
   */
  private record Run(double seconds, double cpu) {}

  /**
   * Runs a command; returns the seconds until its first result line (a line starting with " 1.")
   * when {@code firstResult}, else until it ends, and the CPU time it took. The command runs under
   * a {@code bash} that reports its children's CPU time ({@code times}) into a file, the same
   * wrapper for every command.
   */
  private static Run time(List<String> command, boolean firstResult) throws IOException {
    Path times = Files.createTempFile(Path.of("target"), "cold-times", ".txt");
    List<String> wrapped = new ArrayList<>();
    wrapped.addAll(
        List.of(
            "bash", "-c", "\"$@\"; status=$?; times >\"$LOCI_COLD_TIMES\"; exit $status", "bash"));
    wrapped.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(wrapped);
    builder.environment().put("LOCI_COLD_TIMES", times.toAbsolutePath().toString());
    builder.redirectError(
        ProcessBuilder.Redirect.appendTo(Path.of("target/cold-stderr.log").toFile()));
    long t0 = System.nanoTime();
    Process process = builder.start();
    double seconds = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (firstResult && seconds < 0 && line.startsWith(" 1.")) {
          seconds = (System.nanoTime() - t0) / 1e9;
        }
      }
    }
    try {
      int status = process.waitFor();
      if (status != 0) {
        throw new IOException(command + " exited with " + status);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (seconds < 0) {
      if (firstResult) {
        throw new IOException(command + " printed no result");
      }
      seconds = (System.nanoTime() - t0) / 1e9;
    }
    List<String> lines = Files.readAllLines(times);
    Files.delete(times);
    // bash's `times`: its own user and system time, then its children's ("0m1.234s 0m0.120s").
    if (lines.size() < 2) {
      throw new IOException(command + ": no CPU times reported: " + lines);
    }
    double cpu = 0;
    for (String time : lines.get(1).strip().replace(',', '.').split("\\s+")) {
      int m = time.indexOf('m');
      cpu +=
          Integer.parseInt(time.substring(0, m)) * 60.0
              + Double.parseDouble(time.substring(m + 1, time.length() - 1));
    }
    return new Run(seconds, cpu);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
