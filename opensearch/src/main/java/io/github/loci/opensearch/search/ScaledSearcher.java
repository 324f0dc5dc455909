package io.github.loci.opensearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * A shard's searcher for one Loci plan, with the statistics embedded Loci scores with: every
 * language field reported as if it held all the index's passages (document frequencies and totals
 * scaled by passages / passages in the field), the other fields as they are. Every statistic is
 * asked of the shard's own searcher, which under DFS answers with the whole index's figures (and
 * during the DFS phase records what is asked), so the scaling uses global counts.
 *
 * <p>Scores use Lucene's {@link BM25Similarity} with the query's k1 and b, as embedded Loci's
 * searcher does, whatever similarity the index names (the length norms BM25 indexes do not depend
 * on k1 and b).
 */
final class ScaledSearcher extends IndexSearcher {
  /** The key of the term each shard records 1 for, to count the shards that record. */
  private static final String SHARDS_KEY = "\u0000shards";

  private final IndexSearcher shard;
  private final Set<String> languageFields;
  private final long passages;
  private final long maxDoc;
  private final Map<String, Double> scales = new HashMap<>();

  ScaledSearcher(IndexSearcher shard, LociPlanQuery.Scoring scoring) throws IOException {
    super(shard.getIndexReader());
    this.shard = shard;
    this.languageFields = scoring.languageFields();
    setSimilarity(new BM25Similarity(scoring.k1(), scoring.b()));
    setQueryCache(null);
    CollectionStatistics all = shard.collectionStatistics(scoring.passagesField());
    this.passages = all == null ? 0 : all.docCount();
    this.maxDoc = all == null ? 0 : all.maxDoc();
    // Asked of every shard, so that the DFS phase records every language field's statistics on
    // each:
    // a phrase's weight asks for its field's only on a shard that holds all its terms, and the
    // field's document count summed over fewer shards made its scale, and the phrase's score, too
    // large on an index of several shards.
    for (String field : languageFields) {
      shard.collectionStatistics(field);
    }
  }

  /** The passages in the index (the document count of the passages' field). */
  long passages() {
    return passages;
  }

  /** A field's statistics as the shard's searcher gives them, unscaled. */
  CollectionStatistics unscaled(String field) throws IOException {
    return shard.collectionStatistics(field);
  }

  /**
   * A count over the whole index when the search runs with DFS: the count in this shard, recorded
   * during the DFS phase as the document frequency of a term of its own, which OpenSearch sums over
   * the shards; in the query phase the sum comes back. Without DFS, the shard's count. A document
   * frequency must be positive, so each shard records its count plus one, and one for itself on a
   * second term; the difference of the sums is the count.
   *
   * @param key names what is counted, the same on every shard
   * @param local the count in this shard
   * @return the count
   */
  long indexCount(String key, long local) throws IOException {
    long plusShards = recorded(key, local + 1);
    long shards = recorded(SHARDS_KEY, 1);
    return Math.max(0, plusShards - shards);
  }

  private long recorded(String key, long local) throws IOException {
    int value = (int) Math.min(Integer.MAX_VALUE, local);
    TermStatistics counted =
        shard.termStatistics(new Term(SharedConceptQuery.COUNT_FIELD, key), value, value);
    return counted == null ? 0 : counted.docFreq();
  }

  private double scale(String field) throws IOException {
    if (!languageFields.contains(field) || passages == 0) {
      return 1;
    }
    Double known = scales.get(field);
    if (known == null) {
      CollectionStatistics own = shard.collectionStatistics(field);
      known = own == null ? 1 : passages / (double) own.docCount();
      scales.put(field, known);
    }
    return known;
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics own = shard.collectionStatistics(field);
    double scale = scale(field);
    if (own == null || scale == 1) {
      return own;
    }
    // The index's documents, as the passages' field counts them: under DFS a field's own maxDoc
    // sums only the shards that hold the field, fewer than the index's for a small language.
    long documents = Math.max(own.maxDoc(), maxDoc);
    long docCount = Math.min(passages, documents);
    long sumDocFreq = Math.max(docCount, Math.round(own.sumDocFreq() * scale));
    long sumTotalTermFreq = Math.max(sumDocFreq, Math.round(own.sumTotalTermFreq() * scale));
    return new CollectionStatistics(field, documents, docCount, sumTotalTermFreq, sumDocFreq);
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    TermStatistics own = shard.termStatistics(term, docFreq, totalTermFreq);
    double scale = scale(term.field());
    if (own == null || scale == 1) {
      return own;
    }
    long df = Math.max(1, Math.min(passages, Math.round(own.docFreq() * scale)));
    long ttf = Math.max(df, Math.round(own.totalTermFreq() * scale));
    return new TermStatistics(term.bytes(), df, ttf);
  }
}
