package io.github.loci.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.analyzers.Language;
import io.github.loci.core.Loci;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.IndexListener;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.core.lexicon.Concept;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.PassageSearcher;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topic;
import io.github.loci.core.search.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

/**
 * Search latency at scale: {@code bench/run latency --index DIR [--copies K]}. Builds a Loci index
 * of the Europarl line documents repeated K times (13 by default, about a million passages) in DIR
 * with the Loci API when DIR holds no index, and reuses it on later runs. Then, in one JVM and
 * after a warm-up, it times three query sets one query at a time (top 10): the twelve built-in
 * topics named in en, es, it and vi; free text of 2-4 words drawn from the corpus with a fixed
 * seed; and the XQuAD English questions. Beside each Loci search it times, on the same index and in
 * the same run, two bare-Lucene references under BM25 on a plain {@link IndexSearcher}: R-same, the
 * clauses of Loci's plan as plain term and phrase queries ({@link PassageSearcher#referenceQuery});
 * and R-typed, the typed words alone on the neutral field. Last, it measures the free-text set's
 * throughput with one and with two searching threads.
 */
final class LatencyBenchmark {
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private LatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    if (!options.containsKey("--index")) {
      System.err.println(
          "usage: bench/run latency --index DIR [--copies K] [--corpus DIR] [--free N]"
              + " [--seed S] [--rounds R] [--xquad FILE] [--no-exact] [--sets topics,free,xquad]"
              + " [--no-throughput]");
      System.exit(2);
    }
    Path index = Path.of(options.get("--index"));
    int copies = Integer.parseInt(options.getOrDefault("--copies", "13"));
    Path corpus = Path.of(options.getOrDefault("--corpus", "target/europarl-corpus"));
    int freeCount = Integer.parseInt(options.getOrDefault("--free", "1000"));
    long seed = Long.parseLong(options.getOrDefault("--seed", "11"));
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));
    // --no-exact: Loci as users run it only (for a profile), without the exact-count column.
    boolean exactToo = !options.containsKey("--no-exact");
    Path xquad = Path.of(options.getOrDefault("--xquad", "benchmarks/data/xquad/xquad.en.json"));
    // --sets: only some of the query sets (for a profile of one set), by their first word.
    List<String> only =
        Arrays.asList(options.getOrDefault("--sets", "topics,free,xquad").split(","));
    boolean throughputToo = !options.containsKey("--no-throughput");

    List<Path> files = EuroparlCorpus.write(corpus, copies, Integer.MAX_VALUE);
    build(index, files);

    Map<String, List<String>> sets = new LinkedHashMap<>();
    if (only.contains("topics")) {
      sets.put("topics", topicQueries());
    }
    if (only.contains("free")) {
      sets.put("free text", freeText(files.get(0), freeCount, seed));
    }
    if (only.contains("xquad")) {
      sets.put("xquad en", xquadQuestions(xquad));
    }

    try (Loci loci = Loci.builder().directory(index).readOnly(true).build();
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
        Analysis analysis = new Analysis()) {
      IndexSearcher plain = new IndexSearcher(reader);
      plain.setSimilarity(new BM25Similarity(Loci.DEFAULT_K1, Loci.DEFAULT_B));
      PassageSearcher planner = new PassageSearcher(analysis, Topics.builtIn(), loci.concepts());
      System.out.printf(
          Locale.ROOT,
          "index %s: %,d documents (passages and sources), %d copies of Europarl%n",
          index,
          reader.numDocs(),
          copies);
      Map<String, Runner> runners = new LinkedHashMap<>();
      Map<String, List<Query>> same = new LinkedHashMap<>();
      Map<String, List<Query>> typed = new LinkedHashMap<>();
      for (var set : sets.entrySet()) {
        same.put(
            set.getKey(),
            set.getValue().stream()
                .map(q -> GroupAsLeaf.groupsAsLeaves(planner.referenceQuery(request(q))))
                .toList());
        typed.put(set.getKey(), set.getValue().stream().map(q -> typedQuery(analysis, q)).toList());
      }
      // Warm-up: every query of every set through all three, twice.
      for (int round = 0; round < 2; round++) {
        for (var set : sets.entrySet()) {
          for (int i = 0; i < set.getValue().size(); i++) {
            loci.search(request(set.getValue().get(i)));
            if (exactToo) {
              loci.search(exactRequest(set.getValue().get(i)));
            }
            plain.search(same.get(set.getKey()).get(i), 10);
            plain.search(typed.get(set.getKey()).get(i), 10);
          }
        }
      }
      if (exactToo) {
        checkSameHits(loci, sets);
      }
      System.out.printf(
          Locale.ROOT,
          "%n%-10s %6s | %9s %9s | %9s %9s | %9s %9s | %9s %9s | %7s %7s%n",
          "set",
          "n",
          "Loci p50",
          "p99",
          "exact p50",
          "p99",
          "R-same p50",
          "p99",
          "R-typed p50",
          "p99",
          "L/same",
          "L/typed");
      // CPU time of the searching thread beside wall time: on a machine shared with other work,
      // wall time counts the time a search waited for a core, CPU time the work it did.
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      List<String> cpuRows = new ArrayList<>();
      for (var set : sets.entrySet()) {
        List<String> queries = set.getValue();
        int n = queries.size() * rounds;
        long[] lociCpu = new long[n];
        long[] sameCpu = new long[n];
        long[] typedCpu = new long[n];
        long[] lociNanos = new long[n];
        long[] exactNanos = new long[n];
        long[] sameNanos = new long[n];
        long[] typedNanos = new long[n];
        int k = 0;
        for (int round = 0; round < rounds; round++) {
          for (int i = 0; i < queries.size(); i++, k++) {
            SearchRequest request = request(queries.get(i));
            SearchRequest exact = exactRequest(queries.get(i));
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            loci.search(request);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            plain.search(same.get(set.getKey()).get(i), 10);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            plain.search(typed.get(set.getKey()).get(i), 10);
            long t3 = System.nanoTime();
            long c3 = threads.getCurrentThreadCpuTime();
            lociCpu[k] = c1 - c0;
            sameCpu[k] = c2 - c1;
            typedCpu[k] = c3 - c2;
            if (exactToo) {
              loci.search(exact);
            }
            long t4 = System.nanoTime();
            lociNanos[k] = t1 - t0;
            sameNanos[k] = t2 - t1;
            typedNanos[k] = t3 - t2;
            exactNanos[k] = t4 - t3;
          }
        }
        double lp50 = percentile(lociNanos, 50);
        double sp50 = percentile(sameNanos, 50);
        double tp50 = percentile(typedNanos, 50);
        System.out.printf(
            Locale.ROOT,
            "%-10s %6d | %9.2f %9.2f | %9.2f %9.2f | %9.2f %9.2f | %9.2f %9.2f | %7.2f %7.2f%n",
            set.getKey(),
            queries.size(),
            lp50,
            percentile(lociNanos, 99),
            percentile(exactNanos, 50),
            percentile(exactNanos, 99),
            sp50,
            percentile(sameNanos, 99),
            tp50,
            percentile(typedNanos, 99),
            lp50 / sp50,
            lp50 / tp50);
        double lc50 = percentile(lociCpu, 50);
        cpuRows.add(
            String.format(
                Locale.ROOT,
                "%-10s %6d | %9.2f %9.2f | %9.2f %9.2f | %9.2f %9.2f | %7.2f %7.2f",
                set.getKey(),
                queries.size(),
                lc50,
                percentile(lociCpu, 99),
                percentile(sameCpu, 50),
                percentile(sameCpu, 99),
                percentile(typedCpu, 50),
                percentile(typedCpu, 99),
                lc50 / percentile(sameCpu, 50),
                lc50 / percentile(typedCpu, 50)));
      }
      System.out.println(
          "(milliseconds per query; "
              + rounds
              + " timed rounds after 2 warm-up rounds; \"exact\": Loci counting every match,"
              + " SearchRequest.exactCount(true), as before the count threshold)");
      System.out.printf(
          Locale.ROOT,
          "%n%-10s %6s | %9s %9s | %9s %9s | %9s %9s | %7s %7s%n",
          "CPU time",
          "n",
          "Loci p50",
          "p99",
          "R-same p50",
          "p99",
          "R-typed p50",
          "p99",
          "L/same",
          "L/typed");
      cpuRows.forEach(System.out::println);
      System.out.println(
          "(CPU milliseconds of the searching thread per query, same searches as above)");
      runners.put("Loci", q -> loci.search(request(q)));
      if (throughputToo && sets.containsKey("free text")) {
        throughput(runners.get("Loci"), sets.get("free text"), rounds);
      }
    }
  }

  /** One search. */
  private interface Runner {
    void run(String query) throws IOException;
  }

  /**
   * Queries per second of one thread and of two threads sharing the same list: three rounds of
   * each, in turn, and the median of each, so that a busy moment of the shared machine falls on
   * both.
   */
  private static void throughput(Runner runner, List<String> queries, int rounds) throws Exception {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      all.addAll(queries);
    }
    double[] one = new double[3];
    double[] two = new double[3];
    for (int r = 0; r < one.length; r++) {
      one[r] = perSecond(runner, all, 1);
      two[r] = perSecond(runner, all, 2);
    }
    System.out.printf(
        Locale.ROOT,
        "throughput, free text, Loci (median of 3 rounds each, in turn): 1 thread %.0f q/s, 2 threads"
            + " %.0f q/s (%.2fx; rounds %s and %s)%n",
        ColdStartBenchmark.median(one),
        ColdStartBenchmark.median(two),
        ColdStartBenchmark.median(two) / ColdStartBenchmark.median(one),
        rates(one),
        rates(two));
  }

  private static String rates(double[] values) {
    StringBuilder out = new StringBuilder();
    for (double v : values) {
      out.append(out.isEmpty() ? "" : "/").append(Math.round(v));
    }
    return out.toString();
  }

  private static double perSecond(Runner runner, List<String> queries, int threads)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < queries.size();
                      i = next.getAndIncrement()) {
                    runner.run(queries.get(i));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return queries.size() / ((System.nanoTime() - t0) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static SearchRequest request(String query) {
    return SearchRequest.builder().query(query).limit(10).build();
  }

  private static SearchRequest exactRequest(String query) {
    return SearchRequest.builder().query(query).limit(10).exactCount(true).build();
  }

  /**
   * Every query's hits (passages, scores, match spans) are the same whether Loci counts every match
   * or lets Lucene skip past the count threshold; fails naming the first query that differs.
   */
  private static void checkSameHits(Loci loci, Map<String, List<String>> sets) throws IOException {
    for (var set : sets.entrySet()) {
      int bounded = 0;
      for (String query : set.getValue()) {
        SearchResult fast = loci.search(request(query));
        SearchResult exact = loci.search(exactRequest(query));
        if (!fast.hits().equals(exact.hits())) {
          throw new IllegalStateException(
              set.getKey()
                  + ": the hits of \""
                  + query
                  + "\" differ with an exact count:\n  "
                  + exact.hits()
                  + "\n  "
                  + fast.hits());
        }
        bounded += fast.totalExact() ? 0 : 1;
      }
      System.out.printf(
          Locale.ROOT,
          "%s: the same hits with and without an exact count for all %d queries (the count a"
              + " lower bound for %d)%n",
          set.getKey(),
          set.getValue().size(),
          bounded);
    }
  }

  /** BM25 of the typed words alone on the neutral field, passages only. */
  private static Query typedQuery(Analysis analysis, String text) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int n = 0;
    for (Analysis.Token token : Analysis.tokens(analysis.neutral(), Fields.TEXT_NEUTRAL, text)) {
      words.add(new TermQuery(new Term(Fields.TEXT_NEUTRAL, token.term())), Occur.SHOULD);
      n++;
    }
    if (n == 0) {
      return new MatchNoDocsQuery();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(words.build(), Occur.MUST);
    query.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), Occur.FILTER);
    return query.build();
  }

  /** Builds the index when the folder holds none. */
  /**
   * Indexes the files, unless a run over them already completed (a marker file says so): an
   * interrupted run left its commits, and this run goes on from them.
   */
  private static void build(Path index, List<Path> files) throws IOException {
    Path complete = index.resolve("loci-latency-complete-" + files.size());
    if (Files.exists(complete)) {
      return;
    }
    System.out.printf(Locale.ROOT, "indexing %d files into %s ...%n", files.size(), index);
    long t0 = System.nanoTime();
    IndexReport report;
    try (Loci loci = Loci.open(index);
        SourceFeed feed = SourceReader.open(files)) {
      report = loci.index(feed, IndexListener.NONE);
    }
    Files.writeString(complete, "");
    System.out.printf(
        Locale.ROOT,
        "indexed %d sources (%d already there) as %,d new passages in %.0f s%n",
        report.sources(),
        report.unchanged(),
        report.passagesWritten(),
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The twelve built-in topics, each named by the first term of its first concept, in en, es, it
   * and vi in turn ("market share", "inversiones", ...): text that names only a topic searches it.
   */
  static List<String> topicQueries() {
    Lexicon lexicon = Lexicon.builtIn();
    List<String> queries = new ArrayList<>();
    List<Topic> topics = new ArrayList<>(Topics.builtIn().all());
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      Language language = Lexicon.COLUMNS.get(i % Lexicon.COLUMNS.size());
      String first = topic.concepts().keySet().iterator().next();
      Concept concept = lexicon.get(first).orElseThrow();
      List<String> terms = concept.terms(language);
      queries.add(terms.isEmpty() ? topic.label() : terms.get(0));
    }
    return queries;
  }

  /** {@code count} runs of 2-4 consecutive words from the corpus file, drawn with a fixed seed. */
  static List<String> freeText(Path jsonl, int count, long seed) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        texts.add(json.readTree(line).path("text").asText());
      }
    }
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>();
    while (queries.size() < count) {
      String text = texts.get(random.nextInt(texts.size()));
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words.add(m.group());
      }
      int length = 2 + random.nextInt(3);
      if (words.size() < length) {
        continue;
      }
      int at = random.nextInt(words.size() - length + 1);
      queries.add(String.join(" ", words.subList(at, at + length)));
    }
    return queries;
  }

  /** The questions of an XQuAD file, in order. */
  static List<String> xquadQuestions(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<String> questions = new ArrayList<>();
    for (JsonNode article : root.path("data")) {
      for (JsonNode paragraph : article.path("paragraphs")) {
        for (JsonNode qa : paragraph.path("qas")) {
          questions.add(qa.path("question").asText());
        }
      }
    }
    return questions;
  }

  static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
        options.put(args[i], flag ? "" : args[++i]);
      }
    }
    return options;
  }
}
