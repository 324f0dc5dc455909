package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.Seeds;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlap removal collects candidates once, and goes on after the last one only when too few are
 * left: a searcher that collects one candidate per hit (so that it must go on whenever a passage
 * overlaps) ranks exactly as one that collects plenty.
 */
class OnePassTest {
  private static List<String> ranking(SearchResult result) {
    return result.hits().stream()
        .map(h -> h.rank() + " " + h.passageId() + " " + h.score() + " " + h.matches())
        .toList();
  }

  @Test
  void goingOnAfterTheLastCandidateRanksAsOnePassDoes(@TempDir Path dir) throws Exception {
    try (Loci loci = Loci.open(dir)) {
      loci.index(Seeds.all());
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        Analysis analysis = new Analysis()) {
      LanguageScaledSearcher searcher = new LanguageScaledSearcher(reader);
      searcher.setSimilarity(new BM25Similarity(Loci.DEFAULT_K1, Loci.DEFAULT_B));
      ConceptMatcher concepts = new ConceptMatcher(Lexicon.builtIn(), analysis);
      PassageSearcher plenty = new PassageSearcher(analysis, Topics.builtIn(), concepts);
      PassageSearcher scarce = new PassageSearcher(analysis, Topics.builtIn(), concepts, 1, 1);
      int overlapped = 0;
      for (String q : List.of("Alibaba", "data centres", "nube Alibaba", "investments")) {
        for (int[] page : new int[][] {{0, 5}, {0, 20}, {7, 6}, {30, 10}}) {
          SearchRequest request =
              SearchRequest.builder().query(q).offset(page[0]).limit(page[1]).build();
          SearchResult expected = plenty.search(searcher, request);
          SearchResult got = scarce.search(searcher, request);
          assertEquals(ranking(expected), ranking(got), q + " " + page[0] + "+" + page[1]);
          assertEquals(expected.totalMatches(), got.totalMatches());
          overlapped += expected.totalMatches() > expected.hits().size() + page[0] ? 1 : 0;
        }
      }
      assertTrue(overlapped > 0, "no page left candidates aside");
    }
  }
}
