package io.github.loci.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.Loci;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.ingest.SourceReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code bench/run scale [--copies K] [--threads N] [--warmup SOURCES] [--repeat R] [--keep DIR]}:
 * indexing at archive scale. Writes the Europarl line documents K times as JSON Lines (one file per
 * copy, distinct ids, no language declared), then, in this JVM (run with {@code -Xmx512m}), indexes
 * them on disk three times: bare Lucene (StandardAnalyzer, one thread, one document per source
 * line, as {@code bench/run europarl}), Loci with one thread, and Loci with N threads (default: one
 * per core). For each it prints wall time, MB/s of JSON Lines, documents or passages, the peak heap
 * used, and the peak live heap (the most heap left in use after a garbage collection), and the
 * ratios of time to bare Lucene's. With {@code --repeat R} the three run R rounds in turn and each
 * one's fastest round is reported (its heap figures with it), so that a busy moment of a shared
 * machine does not fall on one indexer only. "Thread s" is the CPU time of the thread that called
 * the indexer: for a one-thread run, the indexing itself without the compilers, the collector and
 * the merges, and the steadiest figure on a shared machine (what other machines' work steals is not
 * counted).
 */
final class ScaleBenchmark {
  private ScaleBenchmark() {}

  /** One indexer's figures. */
  private record Row(
      String name,
      double seconds,
      double cpuSeconds,
      double threadCpuSeconds,
      long docs,
      long peakUsed,
      long peakLive) {}

  public static void main(String[] args) throws Exception {
    int copies = 1;
    int threads = Runtime.getRuntime().availableProcessors();
    Path keep = null;
    String only = "lucene,loci-1,loci-n";
    int warmup = 3000;
    int repeat = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--copies" -> copies = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--keep" -> keep = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "usage: bench/run scale [--copies K] [--threads N] [--warmup SOURCES] [--repeat R]"
                    + " [--keep DIR]"
                    + " [--only lucene,loci-1,loci-n]");
      }
    }
    Path corpus = Path.of("target", "scale", "corpus");
    long t0 = System.nanoTime();
    List<Path> files = EuroparlCorpus.write(corpus, copies, Integer.MAX_VALUE);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(
        Locale.ROOT,
        "corpus: Europarl x %d, %d JSON Lines files, %.1f MB (ready in %.1f s)%n",
        copies,
        files.size(),
        bytes / 1e6,
        (System.nanoTime() - t0) / 1e9);
    Path work = keep != null ? keep : Files.createTempDirectory("loci-scale");
    int workers = threads;
    HeapWatch heap = new HeapWatch();
    List<Row> rows = new ArrayList<>();
    List<String> run = List.of(only.split(","));
    try {
      if (warmup > 0) {
        // JIT compilation and the language model's loading happen here, not in a timed run.
        Path sample = work.resolve("warmup.jsonl");
        try (Stream<String> lines = Files.lines(files.get(0))) {
          Files.write(sample, lines.limit(warmup).toList());
        }
        long t = System.nanoTime();
        lucene(List.of(sample), fresh(work, "warmup-lucene"));
        loci(List.of(sample), fresh(work, "warmup-loci-1"), 1);
        loci(List.of(sample), fresh(work, "warmup-loci-n"), workers);
        System.out.printf(
            Locale.ROOT,
            "warm-up: %d sources, each indexer, %.1f s%n",
            warmup,
            (System.nanoTime() - t) / 1e9);
      }
      // Rounds in turn (Lucene, Loci 1, Loci N, Lucene, …), so that the machine's load falls on
      // each indexer alike; each indexer's fastest round is reported.
      for (int round = 0; round < repeat; round++) {
        for (int i = 0; i < run.size(); i++) {
          Row row =
              switch (run.get(i)) {
                case "lucene" ->
                    measure(
                        heap,
                        "Lucene StandardAnalyzer, 1 thread",
                        () -> lucene(files, fresh(work, "lucene")));
                case "loci-1" ->
                    measure(heap, "Loci, 1 thread", () -> loci(files, fresh(work, "loci-1"), 1));
                case "loci-n" ->
                    measure(
                        heap,
                        "Loci, " + workers + " threads",
                        () -> loci(files, fresh(work, "loci-n"), workers));
                default -> throw new IllegalArgumentException("unknown indexer: " + run.get(i));
              };
          if (round == 0) {
            rows.add(row);
          } else if (row.seconds() < rows.get(i).seconds()) {
            rows.set(i, row);
          }
        }
      }
    } finally {
      heap.stop();
      if (keep == null) {
        delete(work);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-36s %9s %9s %9s %10s %8s %10s %10s %8s %8s %8s%n",
        "indexer (same JVM, same files)",
        "seconds",
        "CPU s",
        "thread s",
        "docs",
        "MB/s",
        "peak heap",
        "peak live",
        "x Lucene",
        "CPU x",
        "thread x");
    int at = run.indexOf("lucene");
    double lucene = at >= 0 ? rows.get(at).seconds() : Double.NaN;
    double luceneCpu = at >= 0 ? rows.get(at).cpuSeconds() : Double.NaN;
    double luceneThread = at >= 0 ? rows.get(at).threadCpuSeconds() : Double.NaN;
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "%-36s %9.1f %9.1f %9.1f %10d %8.2f %7d MB %7d MB %8.2f %8.2f %8.2f%n",
          r.name(),
          r.seconds(),
          r.cpuSeconds(),
          r.threadCpuSeconds(),
          r.docs(),
          bytes / 1e6 / r.seconds(),
          r.peakUsed() >> 20,
          r.peakLive() >> 20,
          r.seconds() / lucene,
          r.cpuSeconds() / luceneCpu,
          r.threadCpuSeconds() / luceneThread);
    }
    System.out.printf(
        Locale.ROOT,
        "(docs: Lucene documents = sources; Loci = passages.) max heap %d MB, %d cores, java %s%n",
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
  }

  private interface Job {
    long run() throws IOException;
  }

  private static Row measure(HeapWatch heap, String name, Job job) throws IOException {
    System.gc();
    heap.reset();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    long threadStart = THREADS.getCurrentThreadCpuTime();
    long docs = job.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    double thread = (THREADS.getCurrentThreadCpuTime() - threadStart) / 1e9;
    Row row = new Row(name, seconds, cpu, thread, docs, heap.peakUsed(), heap.peakLive());
    System.out.printf(Locale.ROOT, "%s: %.1f s, %.1f s CPU, %d docs%n", name, seconds, cpu, docs);
    return row;
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  /** CPU time of this process, all threads (GC and merges included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long lucene(List<Path> files, Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    long docs = 0;
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Path file : files) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode node = json.readTree(line);
            Document doc = new Document();
            doc.add(new StringField("id", node.get("id").asText(), Field.Store.YES));
            doc.add(new TextField("text", node.get("text").asText(), Field.Store.YES));
            writer.addDocument(doc);
            docs++;
          }
        }
      }
      writer.commit();
    }
    return docs;
  }

  private static long loci(List<Path> files, Path dir, int threads) throws IOException {
    IndexReport report;
    try (Loci loci = Loci.builder().directory(dir).threads(threads).build();
        SourceFeed feed = SourceReader.open(files)) {
      report = loci.index(feed, p -> {});
    }
    if (report.skippedCount() > 0) {
      throw new IOException("sources skipped: " + report.skipped());
    }
    System.out.printf(
        Locale.ROOT,
        "  %d sources, %d commits, languages: %s%n",
        report.sources(),
        report.commits(),
        top(report));
    return report.passagesWritten();
  }

  private static String top(IndexReport report) {
    StringBuilder out = new StringBuilder();
    report.languages().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(8)
        .forEach(e -> out.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
    return out + "… (" + report.languages().size() + " codes)";
  }

  private static Path fresh(Path work, String name) throws IOException {
    Path dir = work.resolve(name);
    delete(dir);
    return dir;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * Peak heap: the most used at any time (pools' peak usage), and the most still in use after a
   * collection (sampled every 50 ms from the pools' collection usage), which is what a run needs.
   */
  static final class HeapWatch {
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    private long gcCount;

    HeapWatch() {
      sampler =
          new Thread(
              () -> {
                while (running) {
                  long count = collections();
                  if (count != gcCount) {
                    gcCount = count;
                    long live = 0;
                    for (MemoryPoolMXBean pool : heapPools()) {
                      MemoryUsage after = pool.getCollectionUsage();
                      live += after == null ? 0 : after.getUsed();
                    }
                    peakLive.accumulateAndGet(live, Math::max);
                  }
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-watch");
      sampler.setDaemon(true);
      sampler.start();
    }

    void reset() {
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      peakLive.set(0);
    }

    long peakUsed() {
      long peak = 0;
      for (MemoryPoolMXBean pool : heapPools()) {
        peak += pool.getPeakUsage().getUsed();
      }
      return peak;
    }

    long peakLive() {
      return peakLive.get();
    }

    void stop() {
      running = false;
      sampler.interrupt();
    }

    private static long collections() {
      long n = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        n += Math.max(0, gc.getCollectionCount());
      }
      return n;
    }

    private static List<MemoryPoolMXBean> heapPools() {
      return ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
    }
  }
}
