package io.github.loci.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.Seeds;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed sources judged for the built-in topics (corpus/judgments/seed-topics.quotes.tsv). */
class SeedJudgmentsTest {
  static final Path FILE = Path.of("..", "corpus", "judgments", "seed-topics.quotes.tsv");

  /** Each built-in topic asked in English: its label, as a user would type it. */
  static final Map<String, String> ENGLISH_QUERIES = englishQueries();

  private static Map<String, String> englishQueries() {
    Map<String, String> queries = new LinkedHashMap<>();
    Topics.builtIn().all().forEach(t -> queries.put(t.id(), t.label().toLowerCase(Locale.ROOT)));
    return queries;
  }

  private static Loci loci;
  private static SpanJudgments judgments;

  @BeforeAll
  static void setUp() throws Exception {
    loci = Loci.inMemory();
    loci.index(Seeds.all());
    judgments = read();
  }

  /** The seed judgments, their quotes resolved against the seed sources. */
  static SpanJudgments read() throws java.io.IOException {
    Map<String, String> texts =
        Seeds.all().stream().collect(Collectors.toMap(Source::id, Source::text));
    return SpanJudgments.readQuotes(FILE, id -> Optional.ofNullable(texts.get(id)));
  }

  @AfterAll
  static void tearDown() throws Exception {
    loci.close();
  }

  static Map<String, SearchResult> runTopics(int k) throws Exception {
    Map<String, SearchResult> results = new LinkedHashMap<>();
    for (String qid : ENGLISH_QUERIES.keySet()) {
      results.put(
          qid,
          loci.search(SearchRequest.builder().query(ENGLISH_QUERIES.get(qid)).limit(k).build()));
    }
    return results;
  }

  @Test
  void testEveryBuiltInTopicIsJudged() {
    assertEquals(ENGLISH_QUERIES.keySet(), judgments.queries());
  }

  /**
   * The cross-lingual promise, per topic: asked in English, the top 10 holds evidence (a passage
   * covering a grade-2 span, the evidence itself) in every language that has some.
   */
  @Test
  void testEveryTopicAskedInEnglishFindsEvidenceInEveryLanguageThatHasIt() throws Exception {
    Map<String, String> langOf = new LinkedHashMap<>();
    for (var s : loci.sources()) {
      langOf.put(s.id(), s.lang());
    }
    List<String> missing = new java.util.ArrayList<>();
    for (var entry : runTopics(10).entrySet()) {
      String qid = entry.getKey();
      List<EvidenceSpan> evidence =
          judgments.forQuery(qid).stream().filter(e -> e.grade() >= 2).toList();
      Set<String> languages =
          evidence.stream().map(e -> langOf.get(e.sourceId())).collect(Collectors.toSet());
      for (String lang : languages) {
        boolean found =
            entry.getValue().hits().stream()
                .filter(h -> h.lang().equals(lang))
                .map(RetrievedPassage::of)
                .anyMatch(p -> evidence.stream().anyMatch(e -> e.coveredBy(p)));
        if (!found) {
          missing.add(qid + " (" + ENGLISH_QUERIES.get(qid) + "): no " + lang + " evidence");
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void testEnglishTopicQueriesMeetPinnedQuality() throws Exception {
    Map<String, List<RetrievedPassage>> ranked = Runs.retrieved(runTopics(10));
    Evaluation measured =
        judgments.evaluate(ranked, List.of(Metric.parse("nDCG@10"), Metric.parse("Recall@10")));
    System.out.printf(
        java.util.Locale.ROOT,
        "Seed topics nDCG@10 %.4f, Recall@10 %.4f%n",
        measured.mean(Metric.parse("nDCG@10")),
        measured.mean(Metric.parse("Recall@10")));
    LociAssertions.assertNdcgAtLeast(judgments, ranked, 10, NDCG_AT_10);
    LociAssertions.assertAtLeast(judgments, ranked, Metric.parse("Recall@10"), RECALL_AT_10);
  }

  /**
   * Pinned just below what was measured when the twelve topics were judged (mean nDCG@10 0.700,
   * Recall@10 0.775 over the built-in topics asked in English; 0.696 and 0.775 since BM25's k1 is
   * 0.7 and Vietnamese has pair fields; 0.709 and 0.801 since passages are two-sentence windows,
   * issue #13): a change that loses quality fails here.
   */
  static final double NDCG_AT_10 = 0.70;

  static final double RECALL_AT_10 = 0.79;

  @Test
  void testEvidenceAssertionPassesAndFailsWithTheRankedList() throws Exception {
    Hit hit =
        LociAssertions.assertEvidenceInTopK(
            loci, "data centres", Seeds.seed(3).id(), "16 operational data centers", 5);
    assertTrue(hit.text().contains("16 operational data centers"));
    AssertionError tooDeep =
        assertThrows(
            AssertionError.class,
            () ->
                LociAssertions.assertEvidenceInTopK(
                    loci, "Alibaba", Seeds.seed(4).id(), "Tham khảo: techcrunch", 1));
    assertTrue(tooDeep.getMessage().contains("not within the top 1"), tooDeep.getMessage());
    assertTrue(tooDeep.getMessage().contains("  1. "), "shows the ranked list");
    AssertionError absent =
        assertThrows(
            AssertionError.class,
            () ->
                LociAssertions.assertEvidenceInTopK(
                    loci, "Alibaba", Seeds.seed(4).id(), "no such words", 1));
    assertTrue(absent.getMessage().startsWith("quote not found"), absent.getMessage());
    AssertionError low =
        assertThrows(
            AssertionError.class,
            () ->
                LociAssertions.assertNdcgAtLeast(
                    judgments, Runs.retrieved(runTopics(10)), 10, 1.01));
    assertTrue(low.getMessage().contains("data-centres: "), low.getMessage());
  }
}
