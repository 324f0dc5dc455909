package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Searches from several threads at once, and pages, give what one search at a time gives. */
class ConcurrentSearchTest {
  private static Loci loci;

  @BeforeAll
  static void index() throws Exception {
    loci = Loci.inMemory();
    loci.index(Seeds.all());
  }

  @AfterAll
  static void close() throws Exception {
    loci.close();
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> requests = new ArrayList<>();
    for (Topic topic : Topics.builtIn().all()) {
      requests.add(SearchRequest.builder().topic(topic.id()).limit(10).build());
    }
    for (String q :
        List.of(
            "data centres",
            "nuevos centros de datos",
            "Alibaba investments in Europe",
            "thị phần điện toán đám mây",
            "\"server farm\" Germania")) {
      requests.add(SearchRequest.builder().query(q).limit(10).build());
    }
    return requests;
  }

  /** What a result says: each hit's passage, score and citation spans. */
  private static List<String> summary(SearchResult result) {
    List<String> out = new ArrayList<>();
    out.add(result.totalMatches() + " " + result.query());
    for (Hit hit : result.hits()) {
      out.add(hit.rank() + " " + hit.passageId() + " " + hit.score() + " " + hit.matches());
    }
    return out;
  }

  @Test
  void searchesFromFourThreadsAtOnceGiveTheSameResultsAsOneAtATime() throws Exception {
    List<SearchRequest> requests = requests();
    List<List<String>> expected = new ArrayList<>();
    for (SearchRequest request : requests) {
      expected.add(summary(loci.search(request)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<List<String>> got = new ArrayList<>();
                  for (int round = 0; round < 5; round++) {
                    for (SearchRequest request : requests) {
                      got.add(summary(loci.search(request)));
                    }
                  }
                  return got;
                }));
      }
      for (Future<List<List<String>>> future : futures) {
        List<List<String>> got = future.get();
        for (int i = 0; i < got.size(); i++) {
          assertEquals(expected.get(i % requests.size()), got.get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aPageIsTheSameSliceOfTheRankingAsInOneLongerPage() throws Exception {
    for (String q : List.of("Alibaba", "Alibaba cloud Amazon", "nube Alibaba")) {
      // Deep enough that overlap removal must look past the first candidates it collected.
      List<Hit> all = loci.search(SearchRequest.builder().query(q).limit(40).build()).hits();
      assertTrue(all.size() > 10, q + ": " + all.size());
      for (int offset : new int[] {0, 5, 10, 25}) {
        List<Hit> page =
            loci.search(SearchRequest.builder().query(q).offset(offset).limit(5).build()).hits();
        List<Hit> slice =
            all.subList(Math.min(offset, all.size()), Math.min(offset + 5, all.size()));
        assertEquals(
            slice.stream().map(h -> h.passageId() + " " + h.score() + " " + h.matches()).toList(),
            page.stream().map(h -> h.passageId() + " " + h.score() + " " + h.matches()).toList(),
            q + " offset " + offset);
      }
    }
  }
}
