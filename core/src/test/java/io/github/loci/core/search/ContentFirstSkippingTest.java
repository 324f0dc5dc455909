package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.index.Fields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content-first collector that lets Lucene skip (a count threshold) keeps exactly the passages,
 * order and sort values of collecting every match, on a random index with many tied scores, several
 * segments and page furniture; and its count is exact up to the threshold and a lower bound beyond.
 */
class ContentFirstSkippingTest {
  private static final String[] WORDS = new String[40];

  static {
    for (int i = 0; i < WORDS.length; i++) {
      WORDS[i] = "w" + i;
    }
  }

  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    Random random = new Random(20261206L);
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setMaxBufferedDocs(1_500); // several segments
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
      for (int i = 0; i < 12_000; i++) {
        Document doc = new Document();
        // Source documents do not match: only passages are collected.
        boolean passage = random.nextInt(20) != 0;
        doc.add(
            new StringField(Fields.TYPE, passage ? Fields.TYPE_PASSAGE : "source", Field.Store.NO));
        // Short texts over a skewed vocabulary: common words match thousands, and many passages
        // share a text, hence a score, so ties are broken by source id and ordinal.
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
          int word = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 8);
          text.append(WORDS[word]).append(' ');
        }
        doc.add(new TextField(Fields.TEXT_NEUTRAL, text.toString(), Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.TIER, random.nextInt(8) == 0 ? 1 : 0));
        doc.add(
            new SortedDocValuesField(Fields.SOURCE_ID, new BytesRef("s" + random.nextInt(300))));
        doc.add(new NumericDocValuesField(Fields.ORDINAL, random.nextInt(50)));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    assertTrue(reader.leaves().size() > 3, "one segment: " + reader.leaves().size());
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
  }

  private static Query passages(Query content) {
    return new BooleanQuery.Builder()
        .add(content, Occur.MUST)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), Occur.FILTER)
        .build();
  }

  private static TermQuery term(Random random) {
    int word = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 10);
    return new TermQuery(new Term(Fields.TEXT_NEUTRAL, WORDS[word]));
  }

  /**
   * A random query of Loci's shapes: boosted terms, phrases and dis-max groups in a disjunction.
   */
  private static Query randomQuery(Random random) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 1 + random.nextInt(5);
    for (int c = 0; c < clauses; c++) {
      Query clause =
          switch (random.nextInt(4)) {
            case 0 ->
                new PhraseQuery(
                    Fields.TEXT_NEUTRAL,
                    term(random).getTerm().text(),
                    term(random).getTerm().text());
            case 1 -> new DisjunctionMaxQuery(List.of(term(random), term(random)), 0f);
            default -> term(random);
          };
      if (random.nextBoolean()) {
        clause = new BoostQuery(clause, 0.5f + random.nextInt(4) * 0.5f);
      }
      query.add(clause, Occur.SHOULD);
    }
    return passages(query.build());
  }

  private static TopFieldDocs collect(Query query, int n, int threshold) throws Exception {
    ContentFirstCollector collector =
        new ContentFirstCollector(n, threshold, SourceOrdinals.of(searcher.getIndexReader()));
    searcher.search(query, collector);
    return collector.top(PassageSearcher.ORDER);
  }

  private static List<String> ranked(TopFieldDocs top) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : top.scoreDocs) {
      out.add(d.doc + " " + Arrays.toString(((FieldDoc) d).fields));
    }
    return out;
  }

  @Test
  void skippingKeepsTheTopPassagesOfCollectingEveryMatch() throws Exception {
    Random random = new Random(11);
    int skipped = 0;
    int queries = 100;
    for (int q = 0; q < queries; q++) {
      Query query = randomQuery(random);
      for (int n : new int[] {1, 10, 30}) {
        TopFieldDocs exact = collect(query, n, Integer.MAX_VALUE);
        // Lucene's own sort, across the segments: ties by source id, compared as ids.
        TopFieldDocs lucene =
            searcher.search(
                query,
                new TopFieldCollectorManager(PassageSearcher.ORDER, n, null, Integer.MAX_VALUE));
        assertEquals(ranked(lucene), ranked(exact), query + " top " + n + ", as Lucene sorts");
        TopFieldDocs skipping = collect(query, n, 50);
        assertEquals(ranked(exact), ranked(skipping), query + " top " + n);
        assertEquals(TotalHits.Relation.EQUAL_TO, exact.totalHits.relation());
        if (skipping.totalHits.value() < exact.totalHits.value()) {
          skipped++;
        }
      }
    }
    // The comparison means something only if Lucene did pass over matches.
    assertTrue(skipped > queries, "skipped in only " + skipped + " of " + 3 * queries + " runs");
  }

  /**
   * With the page's sources asked for, the collector returns a prefix of the exact order that holds
   * that many distinct sources (or all the passages), so overlap removal finds its page there; and
   * Lucene skips more than with the worst of the {@code n} passages as the bound.
   */
  @Test
  void enoughSourcesBoundTheScoreSooner() throws Exception {
    Random random = new Random(12);
    int queries = 100;
    int sooner = 0;
    for (int q = 0; q < queries; q++) {
      Query query = randomQuery(random);
      for (int sources : new int[] {1, 5, 10}) {
        List<String> exact = ranked(collect(query, 20, Integer.MAX_VALUE));
        ContentFirstCollector collector =
            new ContentFirstCollector(
                20, 50, sources, SourceOrdinals.of(searcher.getIndexReader()));
        searcher.search(query, collector);
        TopFieldDocs top = collector.top(PassageSearcher.ORDER);
        List<String> got = ranked(top);
        assertEquals(exact.subList(0, got.size()), got, query + " for " + sources + " sources");
        if (got.size() < exact.size()) {
          long distinct =
              Arrays.stream(top.scoreDocs)
                  .filter(d -> (Long) ((FieldDoc) d).fields[0] == 0L)
                  .map(d -> ((FieldDoc) d).fields[2])
                  .distinct()
                  .count();
          assertTrue(distinct >= sources, query + ": " + distinct + " sources in " + got);
        }
        if (top.totalHits.value() < collect(query, 20, 50).totalHits.value()) {
          sooner++;
        }
      }
    }
    assertTrue(sooner > queries / 2, "skipped more in only " + sooner + " of " + 3 * queries);
  }

  @Test
  void theCountIsExactUpToTheThresholdAndALowerBoundBeyond() throws Exception {
    Query common = passages(new TermQuery(new Term(Fields.TEXT_NEUTRAL, "w0")));
    long matches = searcher.count(common);
    assertTrue(matches > 2_000, "w0 matches " + matches);

    TopFieldDocs exact = collect(common, 10, Integer.MAX_VALUE);
    assertEquals(new TotalHits(matches, TotalHits.Relation.EQUAL_TO), exact.totalHits);

    // A threshold at or above the matches: every match counted, the count exact.
    TopFieldDocs under = collect(common, 10, (int) matches);
    assertEquals(new TotalHits(matches, TotalHits.Relation.EQUAL_TO), under.totalHits);

    // Beyond the threshold: a lower bound, past the threshold and at most the matches.
    TopFieldDocs over = collect(common, 10, 1_000);
    assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, over.totalHits.relation());
    assertTrue(over.totalHits.value() > 1_000, over.totalHits.toString());
    assertTrue(over.totalHits.value() <= matches, over.totalHits.toString());
    assertEquals(ranked(exact), ranked(over));

    // A rare word: fewer matches than the threshold, counted exactly.
    Query rare = passages(new TermQuery(new Term(Fields.TEXT_NEUTRAL, "w30")));
    long rareMatches = searcher.count(rare);
    assertTrue(rareMatches > 0 && rareMatches < 1_000, "w30 matches " + rareMatches);
    assertEquals(
        new TotalHits(rareMatches, TotalHits.Relation.EQUAL_TO),
        collect(rare, 10, 1_000).totalHits);
  }
}
