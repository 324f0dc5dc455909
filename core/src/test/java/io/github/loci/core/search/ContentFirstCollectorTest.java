package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.Seeds;
import io.github.loci.core.index.Fields;
import io.github.loci.core.ingest.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-first collector ranks exactly as Lucene's collector sorting by Loci's order. */
class ContentFirstCollectorTest {
  private static Query passages(Query content) {
    return new BooleanQuery.Builder()
        .add(content, Occur.MUST)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), Occur.FILTER)
        .build();
  }

  private static List<String> describe(TopFieldDocs top) {
    List<String> out = new ArrayList<>();
    out.add("total " + top.totalHits);
    for (ScoreDoc d : top.scoreDocs) {
      FieldDoc f = (FieldDoc) d;
      out.add(f.doc + " " + java.util.Arrays.toString(f.fields));
    }
    return out;
  }

  @Test
  void itRanksCountsAndSortsAsLucenesFieldSortDoes(@TempDir Path dir) throws Exception {
    // One source a run: a segment each, so that ties between segments compare source ids by the
    // reader's ordinals.
    try (Loci loci = Loci.open(dir)) {
      for (Source source : Seeds.all()) {
        loci.index(List.of(source));
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertTrue(reader.leaves().size() > 1, "one segment");
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Query> queries = new ArrayList<>();
      // Every passage with one score: the order is the tiers, then source id and ordinal.
      queries.add(
          passages(new ConstantScoreQuery(new TermQuery(new Term(Fields.TYPE, "passage")))));
      for (String word : List.of("alibaba", "cloud", "de", "the", "và", "2019", "amazon")) {
        queries.add(passages(new TermQuery(new Term(Fields.TEXT_NEUTRAL, word))));
      }
      int furniture = 0;
      for (Query query : queries) {
        for (int n : new int[] {1, 3, 10, 30, 500}) {
          TopFieldDocs expected =
              searcher.search(
                  query,
                  new TopFieldCollectorManager(PassageSearcher.ORDER, n, null, Integer.MAX_VALUE));
          ContentFirstCollector collector =
              new ContentFirstCollector(
                  n, Integer.MAX_VALUE, SourceOrdinals.of(searcher.getIndexReader()));
          searcher.search(query, collector);
          TopFieldDocs got = collector.top(PassageSearcher.ORDER);
          assertEquals(describe(expected), describe(got), query + " top " + n);
          assertArrayEquals(
              java.util.Arrays.stream(expected.scoreDocs).mapToInt(d -> d.doc).toArray(),
              java.util.Arrays.stream(got.scoreDocs).mapToInt(d -> d.doc).toArray());
          for (ScoreDoc d : got.scoreDocs) {
            furniture += ((Long) ((FieldDoc) d).fields[0]) == 1L ? 1 : 0;
          }
        }
      }
      assertTrue(furniture > 0, "no page furniture among the passages compared");
    }
  }
}
