package io.github.loci.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.index.Archive;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.MatchSpan;
import io.github.loci.core.search.SearchRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten minutes (or {@code -Dloci.soak.seconds=N}) of indexing, replacing, deleting and searching
 * from four threads through the Java API, on an index on disk. Each thread picks an operation at
 * random; operations on one source are serialized (as an application would), so the index's final
 * content is known. Counts errors and hits whose spans do not cite the source exactly; both must be
 * 0. Runs with {@code ./mvnw verify -Psoak -pl analyzers,core -Dtest=SoakTest}.
 */
@Tag("soak")
class SoakTest {
  private static final int IDS = 400;
  private static final int THREADS = 4;
  private static final List<String> QUERIES =
      List.of(
          "data centres",
          "investments",
          "market share",
          "cloud",
          "trung tâm dữ liệu",
          "inversiones en la nube",
          "server farm",
          "quota di mercato",
          "\"Microsoft\"",
          "Germania");

  @TempDir Path dir;

  /** Every text each id was ever given, to check a hit against whichever version it came from. */
  private final Map<String, Set<String>> versions = new ConcurrentHashMap<>();

  /** The text each id has now (absent: deleted or never indexed), under the id's lock. */
  private final Map<String, String> live = new ConcurrentHashMap<>();

  private final ReentrantLock[] locks = new ReentrantLock[IDS];
  private final List<Source> texts = Archive.sources(IDS * 3);

  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  @Test
  void testMixedWorkFromFourThreadsHasNoErrorAndNoWrongSpan() throws Exception {
    for (int i = 0; i < IDS; i++) {
      locks[i] = new ReentrantLock();
    }
    long seconds = Long.getLong("loci.soak.seconds", 600);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    try (Loci loci = Loci.builder().directory(dir.resolve("index")).threads(2).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(20261206L + t);
        workers.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    step(loci, random);
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
      pool.shutdown();
      finalContentIsKnown(loci);
    }
    Map<String, Long> figures = new TreeMap<>();
    counts.forEach((k, v) -> figures.put(k, v.get()));
    System.out.println("soak " + seconds + " s: " + figures + ", problems " + problems.size());
    assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
  }

  private void step(Loci loci, Random random) {
    int op = random.nextInt(100);
    String kind = op < 55 ? "search" : op < 75 ? "index" : op < 90 ? "replace" : "delete";
    try {
      switch (kind) {
        case "search" -> search(loci, QUERIES.get(random.nextInt(QUERIES.size())));
        case "delete" -> delete(loci, random.nextInt(IDS));
        default -> index(loci, random, kind.equals("replace"));
      }
      count(kind);
    } catch (Exception | AssertionError e) {
      count("errors");
      problems.add(kind + ": " + e);
    }
  }

  /** Indexes a batch of up to 8 ids, each with a text it did not have (replace: ids it has). */
  private void index(Loci loci, Random random, boolean replace) throws Exception {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int id = random.nextInt(IDS);
      if (!ids.contains(id) && (!replace || live.containsKey(id(id)))) {
        ids.add(id);
      }
    }
    Collections.sort(ids); // locks in one order: no deadlock
    ids.forEach(i -> locks[i].lock());
    try {
      List<Source> batch = new ArrayList<>();
      for (int i : ids) {
        String text =
            texts.get(random.nextInt(texts.size())).text()
                + "\n\nVersion "
                + random.nextInt(1000)
                + ".";
        versions.computeIfAbsent(id(i), k -> ConcurrentHashMap.newKeySet()).add(text);
        batch.add(Source.of(id(i), "Soak " + i, text));
      }
      loci.index(batch);
      for (Source s : batch) {
        live.put(s.id(), s.text());
      }
      counts.computeIfAbsent("sources written", k -> new AtomicLong()).addAndGet(batch.size());
    } finally {
      ids.forEach(i -> locks[i].unlock());
    }
  }

  private void delete(Loci loci, int i) throws Exception {
    locks[i].lock();
    try {
      boolean deleted = loci.delete(id(i));
      if (deleted != (live.remove(id(i)) != null)) {
        throw new AssertionError("delete(" + id(i) + ") said " + deleted);
      }
    } finally {
      locks[i].unlock();
    }
  }

  /** Searches, and checks that each hit cites some version of its source exactly. */
  private void search(Loci loci, String query) throws Exception {
    for (Hit hit : loci.search(SearchRequest.builder().query(query).limit(10).build()).hits()) {
      count("hits checked");
      String why = wrongSpan(hit);
      if (why != null) {
        count("wrong spans");
        problems.add("\"" + query + "\" " + hit.passageId() + ": " + why);
      }
    }
  }

  private String wrongSpan(Hit hit) {
    if (hit.end() - hit.start() != hit.text().length()) {
      return "[" + hit.start() + ", " + hit.end() + ") is not the text's length";
    }
    boolean cited = false;
    for (String version : versions.getOrDefault(hit.sourceId(), Set.of())) {
      cited |=
          hit.end() <= version.length()
              && version.substring(hit.start(), hit.end()).equals(hit.text());
    }
    if (!cited) {
      return "the text is not the source's at [" + hit.start() + ", " + hit.end() + ")";
    }
    int after = 0;
    for (MatchSpan m : hit.matches()) {
      if (m.start() < after || m.end() > hit.text().length()) {
        return "match [" + m.start() + ", " + m.end() + ") out of order or outside the passage";
      }
      after = m.end();
    }
    for (Amount a : hit.amounts()) {
      if (a.start() < 0 || a.end() > hit.text().length()) {
        return "amount [" + a.start() + ", " + a.end() + ") outside the passage";
      }
    }
    return null;
  }

  /** After the run: the index holds exactly the live ids, each with its last text. */
  private void finalContentIsKnown(Loci loci) throws Exception {
    List<String> indexed = new ArrayList<>();
    loci.sources().forEach(s -> indexed.add(s.id()));
    Collections.sort(indexed);
    List<String> expected = new ArrayList<>(live.keySet());
    Collections.sort(expected);
    assertEquals(expected, indexed, "the sources the index holds");
    for (String id : expected) {
      assertEquals(live.get(id), loci.sourceText(id).orElseThrow(), id);
    }
    counts.computeIfAbsent("sources at the end", k -> new AtomicLong()).set(expected.size());
  }

  private void count(String what) {
    counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  private static String id(int i) {
    return String.format(java.util.Locale.ROOT, "soak-%03d", i);
  }
}
