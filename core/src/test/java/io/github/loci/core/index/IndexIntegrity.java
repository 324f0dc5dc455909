package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Checks an index folder after a crash or a stop, for the crash and signal tests: every source has
 * all its passages, no passage lacks its source, and no file lies there that no commit refers to.
 */
public final class IndexIntegrity {
  private IndexIntegrity() {}

  /**
   * Source and passage counts of an index.
   *
   * @param sources source documents
   * @param passages passage documents
   */
  public record Counts(int sources, int passages) {}

  /**
   * Counts an index's sources and passages, after checking each source's passages are all in.
   *
   * @param index the index folder
   * @return the counts
   * @throws IOException if the index cannot be read
   */
  public static Counts check(Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      TermQuery sources = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE));
      int passages = 0;
      int n = searcher.count(sources);
      for (ScoreDoc sd : searcher.search(sources, Math.max(1, n)).scoreDocs) {
        var doc = stored.document(sd.doc);
        String id = doc.get(Fields.SOURCE_ID);
        int expected = doc.getField(Fields.PASSAGE_COUNT).numericValue().intValue();
        int found =
            searcher.count(
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.SOURCE_ID, id)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), Occur.FILTER)
                    .build());
        assertEquals(expected, found, "passages of " + id);
        passages += found;
      }
      assertEquals(
          passages,
          searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE))),
          "no passage without its source");
      return new Counts(n, passages);
    }
  }

  /**
   * The files of an index folder that its latest commit does not refer to (Lucene's lock file
   * aside): segments a killed or stopped run wrote and no later run cleaned up.
   *
   * @param index the index folder, not open for writing
   * @return the orphan files' names, sorted
   * @throws IOException if the folder or its commit cannot be read
   */
  public static List<String> orphans(Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      Set<String> referred = new HashSet<>(commit.files(true));
      referred.add(IndexWriter.WRITE_LOCK_NAME);
      try (Stream<Path> files = Files.list(index)) {
        return files
            .map(f -> f.getFileName().toString())
            .filter(f -> !referred.contains(f))
            .sorted()
            .toList();
      }
    }
  }
}
