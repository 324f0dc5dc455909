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
 * command line ({@link BareSearch}) started the same way (the same JVM flags, class data included:
 * on JDK 25 an AOT cache of its own, as {@code .mvn/class-data.sh} gives ./loci), and {@code ./loci
 * demo} from start to end. Untimed runs first build the CLI jar if needed and make the class data
 * of both command lines. Medians of N runs, of the wall time and of the CPU time (user and system,
 * all threads) of each search, start to end.
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
    List<String> loci =
        List.of("./loci", "search", "--index", index.toString(), query, "--no-color");
    // The bare CLI starts as ./loci starts a short command (.mvn/class-data.sh): C1 alone, no
    // vector module, and its own class data: on JDK 25 or newer an AOT cache recorded by a first
    // run, else a dynamic archive. Both are made anew: bench/run copies the class path anew
    // (target/bench-lib), and a JVM ignores class data made for older copies of its jars (the bare
    // CLI then ran without it, 0.59 s against 0.34 s with it).
    boolean aot = Runtime.version().feature() >= 25;
    Path cache =
        Path.of(aot ? "target/bare-search.aot" : "target/bare-search.jsa").toAbsolutePath();
    Path recording = Path.of("target/bare-search.aotconf").toAbsolutePath();
    Files.deleteIfExists(cache);
    Files.deleteIfExists(recording);
    List<String> jvm =
        List.of(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseSerialGC",
            "-XX:+DisplayVMOutputToStderr",
            "-XX:TieredStopAtLevel=1",
            "-Xlog:aot*=off",
            "-Xlog:cds*=off");
    List<String> app =
        List.of("-cp", bareClassPath(), BareSearch.class.getName(), index.toString(), query);
    List<String> bare =
        concat(
            jvm,
            // AOTMode=on: a cache the JVM cannot map fails the run instead of timing it without.
            aot
                ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache)
                : List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + cache),
            app);
    List<String> demo = List.of("./loci", "demo", "--no-color");
    // Untimed: builds the jar if it is stale, creates the class data of both CLIs.
    time(loci, true);
    if (aot) {
      time(
          concat(jvm, List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + recording), app),
          true);
      time(
          concat(
              jvm,
              List.of(
                  "-XX:AOTMode=create",
                  "-XX:AOTConfiguration=" + recording,
                  "-XX:AOTCache=" + cache),
              app.subList(0, 3)),
          false);
      Files.delete(recording);
    }
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

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return all;
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

  /**
   * The middle value (the upper of the two middle ones for an even count); also bench/run
   * latency's.
   */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
