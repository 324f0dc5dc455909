package io.github.loci.benchmarks.langid;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares language identifiers for Loci. Without arguments runs every configuration, each in its
 * own JVM with -Xmx512m (Lingua keeps its models in static maps, so configurations must not share a
 * JVM), retrying with a larger heap when one does not fit, then prints the tables. "--child CONFIG
 * OUTFILE" runs one.
 *
 * <p>System properties: langid.xquad, langid.udhr, langid.seeds (data directories), langid.out
 * (results dir), langid.configs (comma separated subset), langid.heap (default 512m),
 * langid.bigheap (default 3g).
 */
public final class LangIdComparison {

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("--child")) {
      child(args[1], Path.of(args[2]));
      return;
    }
    orchestrate();
  }

  // ====================================================================== child: one configuration

  static Path dir(String prop, String def) {
    return Path.of(System.getProperty(prop, def));
  }

  static void child(String config, Path outFile) throws Exception {
    Map<String, String> res = new LinkedHashMap<>();
    Map<String, Integer> europarlDocs = new TreeMap<>();
    List<Data.Sample> samples =
        Data.loadAll(
            dir("langid.xquad", "benchmarks/data/xquad"),
            dir("langid.udhr", "target/udhr/package/declaration"),
            dir("langid.seeds", "corpus/seeds"),
            europarlDocs);
    res.put("config", config);
    res.put("maxHeapMB", String.valueOf(Runtime.getRuntime().maxMemory() >> 20));
    res.put("europarl.docsPerSilverLabel", europarlDocs.toString());
    Map<String, Integer> counts = new TreeMap<>();
    for (Data.Sample s : samples)
      counts.merge(s.group() + "/" + s.kind() + "/" + s.lang(), 1, Integer::sum);
    res.put("datasetCounts", counts.toString());

    long base = usedHeapAfterGc();
    long t0 = System.nanoTime();
    Detectors.Detector det = Detectors.build(config);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long afterBuild = usedHeapAfterGc();
    res.put("loadMs", String.valueOf(loadMs));
    res.put("heapAfterBuildMB", mb(afterBuild - base));

    // ---- accuracy
    Map<String, int[]> acc = new TreeMap<>(); // key -> {correct, total}
    Map<String, int[]> fals = new TreeMap<>(); // key -> {falseTarget, total}
    Map<String, Integer> confusions = new TreeMap<>();
    Map<String, Integer> targetErrors = new TreeMap<>();
    StringBuilder seedLog = new StringBuilder();
    double[] thresholds = {0.1, 0.2, 0.3, 0.5};
    Map<String, int[]> thr =
        new TreeMap<>(); // kind.t -> {targetsOk, targetsOkAboveT, others, falseAboveT}
    for (Data.Sample s : samples) {
      Detectors.Guess g = det.detect(s.text());
      for (double t : thresholds) {
        int[] c =
            thr.computeIfAbsent(
                (s.kind().equals("sentence") ? "S" : "P") + "@" + t, x -> new int[6]);
        if (Data.TARGETS.contains(s.lang())) {
          c[0]++;
          if (g.code().equals(s.lang()) && g.confidence() >= t) c[1]++;
        } else if (!s.group().equals("udhr-minor")) {
          c[2]++;
          if (Data.FALSE_TARGETS.contains(g.code()) && g.confidence() >= t) c[3]++;
        } else {
          c[4]++;
          if (Data.FALSE_TARGETS.contains(g.code()) && g.confidence() >= t) c[5]++;
        }
      }
      String kind =
          s.kind().equals("document")
              ? "paragraph"
              : s.kind(); // seeds documents pool with paragraphs
      String group = s.group();
      if (Data.TARGETS.contains(s.lang())) {
        boolean ok = g.code().equals(s.lang());
        for (String k : List.of(kind + "." + s.lang(), group + "." + s.kind() + "." + s.lang())) {
          int[] c = acc.computeIfAbsent(k, x -> new int[2]);
          c[1]++;
          if (ok) c[0]++;
        }
        if (!ok) targetErrors.merge(s.lang() + "->" + g.code(), 1, Integer::sum);
        if (group.equals("seeds") && s.kind().equals("document")) {
          seedLog
              .append(s.lang())
              .append("->")
              .append(g.code())
              .append(String.format(Locale.ROOT, "(%.2f) ", g.confidence()));
        }
      } else {
        boolean bad = Data.FALSE_TARGETS.contains(g.code());
        for (String k : List.of(group + "." + kind, "all." + kind)) {
          int[] c = fals.computeIfAbsent(k, x -> new int[2]);
          c[1]++;
          if (bad) c[0]++;
        }
        if (bad) confusions.merge(s.lang() + "->" + g.code(), 1, Integer::sum);
      }
    }
    acc.forEach((k, v) -> res.put("acc." + k, v[0] + "/" + v[1]));
    fals.forEach((k, v) -> res.put("false." + k, v[0] + "/" + v[1]));
    res.put("falseConfusions", top(confusions, 12));
    thr.forEach(
        (k, v) ->
            res.put(
                "thr." + k,
                String.format(
                    Locale.ROOT,
                    "acc %.1f%% false %.2f%% minorFalse %.1f%%",
                    100.0 * v[1] / v[0],
                    100.0 * v[3] / v[2],
                    100.0 * v[5] / v[4])));
    res.put("targetErrors", top(targetErrors, 12));
    res.put("seedDocs", seedLog.toString().strip());
    res.put("heapAfterEvalMB", mb(usedHeapAfterGc() - base));

    // ---- speed (single thread)
    List<String> sents =
        samples.stream().filter(s -> s.kind().equals("sentence")).map(Data.Sample::text).toList();
    List<String> paras =
        samples.stream().filter(s -> s.kind().equals("paragraph")).map(Data.Sample::text).toList();
    res.put(
        "avgSentenceChars",
        String.valueOf((int) sents.stream().mapToInt(String::length).average().orElse(0)));
    res.put(
        "avgParagraphChars",
        String.valueOf((int) paras.stream().mapToInt(String::length).average().orElse(0)));
    throughput(det, sents, 2_000); // warm-up
    throughput(det, paras, 2_000);
    res.put("sentencesPerSec", String.format(Locale.ROOT, "%.0f", throughput(det, sents, 5_000)));
    res.put("paragraphsPerSec", String.format(Locale.ROOT, "%.0f", throughput(det, paras, 5_000)));
    java.lang.ref.Reference.reachabilityFence(det);

    Files.writeString(
        outFile,
        res.entrySet().stream()
            .map(e -> e.getKey() + "\t" + e.getValue())
            .collect(Collectors.joining("\n", "", "\n")));
  }

  static int sink;

  static double throughput(Detectors.Detector det, List<String> texts, long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    long start = System.nanoTime();
    int n = 0;
    while (System.nanoTime() < end) {
      sink += det.detect(texts.get(n % texts.size())).code().hashCode();
      n++;
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  static long usedHeapAfterGc() throws InterruptedException {
    var mem = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }

  static String top(Map<String, Integer> m, int n) {
    return m.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(n)
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  // ====================================================================== orchestrator

  static void orchestrate() throws Exception {
    Path out = Path.of(System.getProperty("langid.out", "target/langid"));
    Files.createDirectories(out);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    String heap = System.getProperty("langid.heap", "512m");
    String bigHeap = System.getProperty("langid.bigheap", "3g");
    String[] configs =
        System.getProperty("langid.configs", String.join(",", Detectors.CONFIGS)).split(",");
    List<String> props = new ArrayList<>();
    for (String p : List.of("langid.xquad", "langid.udhr", "langid.seeds", "langid.nfc")) {
      if (System.getProperty(p) != null) props.add("-D" + p + "=" + System.getProperty(p));
    }
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    for (String c : configs) {
      Path f = out.resolve(c + ".tsv");
      Files.deleteIfExists(f);
      String fitted = heap;
      int rc = run(java, heap, cp, props, c, f, out);
      if (rc != 0 || !Files.exists(f)) {
        System.err.println(
            "["
                + c
                + "] failed with -Xmx"
                + heap
                + " (rc="
                + rc
                + "), retrying with -Xmx"
                + bigHeap);
        fitted = "NO (OOM at " + heap + ")";
        rc = run(java, bigHeap, cp, props, c, f, out);
        if (rc != 0) fitted = "NO (fails even at " + bigHeap + ")";
      }
      Map<String, String> r = new LinkedHashMap<>();
      if (Files.exists(f)) {
        for (String l : Files.readAllLines(f)) {
          int t = l.indexOf('\t');
          if (t > 0) r.put(l.substring(0, t), l.substring(t + 1));
        }
      }
      r.put("fits", fitted.equals(heap) ? "yes (" + heap + ")" : fitted);
      all.put(c, r);
    }
    report(all, cp);
  }

  static int run(
      String java, String heap, String cp, List<String> props, String config, Path f, Path out)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(java, "-Xmx" + heap, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"));
    cmd.addAll(props);
    cmd.addAll(
        List.of("-cp", cp, LangIdComparison.class.getName(), "--child", config, f.toString()));
    System.err.println("[" + config + "] " + String.join(" ", cmd).replace(cp, "<cp>"));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(out.resolve(config + "-" + heap + ".log").toFile())
            .start();
    return p.waitFor();
  }

  static String pct(String frac) {
    if (frac == null) return "-";
    String[] p = frac.split("/");
    double a = Double.parseDouble(p[0]), b = Double.parseDouble(p[1]);
    return b == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100 * a / b);
  }

  static void report(Map<String, Map<String, String>> all, String cp) {
    StringBuilder b = new StringBuilder();
    Map<String, String> any =
        all.values().stream()
            .filter(m -> m.containsKey("datasetCounts"))
            .findFirst()
            .orElse(Map.of());
    b.append("Data: ").append(any.get("datasetCounts")).append('\n');
    b.append("Europarl docs per silver label: ")
        .append(any.get("europarl.docsPerSilverLabel"))
        .append('\n');
    b.append("avg chars: sentence ")
        .append(any.get("avgSentenceChars"))
        .append(", paragraph ")
        .append(any.get("avgParagraphChars"))
        .append("\n\n");

    b.append("Accuracy % on es/it/en/vi (pooled xquad+udhr+europarl+seeds)\n");
    b.append(
        String.format(
            "%-18s | %6s %6s %6s %6s | %6s %6s %6s %6s | %s%n",
            "config", "S-es", "S-it", "S-en", "S-vi", "P-es", "P-it", "P-en", "P-vi", "seed docs"));
    for (var e : all.entrySet()) {
      var r = e.getValue();
      b.append(
          String.format(
              "%-18s | %6s %6s %6s %6s | %6s %6s %6s %6s | %s%n",
              e.getKey(),
              pct(r.get("acc.sentence.es")),
              pct(r.get("acc.sentence.it")),
              pct(r.get("acc.sentence.en")),
              pct(r.get("acc.sentence.vi")),
              pct(r.get("acc.paragraph.es")),
              pct(r.get("acc.paragraph.it")),
              pct(r.get("acc.paragraph.en")),
              pct(r.get("acc.paragraph.vi")),
              r.get("seedDocs")));
    }
    b.append("\nFalse es/it/en % on other languages (S=sentence, P=paragraph)\n");
    b.append(
        String.format(
            "%-18s | %8s %8s | %8s %8s | %8s %8s%n",
            "config", "EP-S", "EP-P", "UDHR-S", "UDHR-P", "minor-S", "minor-P"));
    for (var e : all.entrySet()) {
      var r = e.getValue();
      b.append(
          String.format(
              "%-18s | %8s %8s | %8s %8s | %8s %8s%n",
              e.getKey(),
              pct(r.get("false.europarl.sentence")),
              pct(r.get("false.europarl.paragraph")),
              pct(r.get("false.udhr.sentence")),
              pct(r.get("false.udhr.paragraph")),
              pct(r.get("false.udhr-minor.sentence")),
              pct(r.get("false.udhr-minor.paragraph"))));
    }
    b.append("\nResources (single thread; heap = used heap after GC minus baseline)\n");
    b.append(
        String.format(
            "%-18s | %7s | %9s | %9s | %-18s | %7s | %7s | %7s%n",
            "config",
            "load ms",
            "heap bld",
            "heap eval",
            "runs in -Xmx512m",
            "sent/s",
            "para/s",
            "jar MB"));
    Map<String, Long> jars = jarSizes(cp);
    long opennlpJar =
        jars.entrySet().stream()
            .filter(x -> x.getKey().startsWith("opennlp") || x.getKey().startsWith("slf4j-api"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    long linguaJar =
        jars.entrySet().stream()
            .filter(
                x ->
                    List.of("lingua", "kotlin", "moshi", "okio", "fastutil", "annotations-13")
                        .stream()
                        .anyMatch(x.getKey()::startsWith))
            .mapToLong(Map.Entry::getValue)
            .sum();
    for (var e : all.entrySet()) {
      var r = e.getValue();
      long jar = e.getKey().startsWith("opennlp") ? opennlpJar : linguaJar;
      b.append(
          String.format(
              "%-18s | %7s | %9s | %9s | %-18s | %7s | %7s | %7.1f%n",
              e.getKey(),
              r.get("loadMs"),
              r.get("heapAfterBuildMB"),
              r.get("heapAfterEvalMB"),
              r.get("fits"),
              r.get("sentencesPerSec"),
              r.get("paragraphsPerSec"),
              jar / 1048576.0));
    }
    b.append("\nJars: ")
        .append(
            jars.entrySet().stream()
                .map(x -> x.getKey() + "=" + mb(x.getValue()))
                .collect(Collectors.joining(" ")))
        .append('\n');
    b.append("\nErrors per config (target label->predicted; false es/it/en label->predicted)\n");
    for (var e : all.entrySet()) {
      b.append(e.getKey())
          .append(": targets[")
          .append(e.getValue().get("targetErrors"))
          .append("] false[")
          .append(e.getValue().get("falseConfusions"))
          .append("]\n");
    }
    b.append(
        "\nWith a confidence threshold t (answer 'other' below t): target accuracy / false es-it-en on"
            + " europarl+udhr others (S=sentences, P=paragraphs+docs)\n");
    for (var e : all.entrySet()) {
      b.append(String.format("%-18s", e.getKey()));
      e.getValue()
          .forEach(
              (k, v) -> {
                if (k.startsWith("thr."))
                  b.append(" | ").append(k.substring(4)).append(' ').append(v);
              });
      b.append('\n');
    }
    b.append("\nPer data set accuracy on targets\n");
    for (var e : all.entrySet()) {
      b.append(e.getKey()).append(':');
      e.getValue()
          .forEach(
              (k, v) -> {
                if (k.startsWith("acc.") && k.split("\\.").length == 4)
                  b.append(' ')
                      .append(k.substring(4))
                      .append('=')
                      .append(pct(v))
                      .append("%(")
                      .append(v.split("/")[1])
                      .append(')');
              });
      b.append('\n');
    }
    System.out.print(b);
    try {
      Files.writeString(
          Path.of(System.getProperty("langid.out", "target/langid"), "report.txt"), b);
    } catch (IOException ex) {
      throw new RuntimeException(ex);
    }
  }

  static Map<String, Long> jarSizes(String cp) {
    Map<String, Long> m = new TreeMap<>();
    for (String e : cp.split(File.pathSeparator)) {
      File f = new File(e);
      if (f.isFile() && f.getName().endsWith(".jar")) m.put(f.getName(), f.length());
    }
    return m;
  }

  private LangIdComparison() {}
}
