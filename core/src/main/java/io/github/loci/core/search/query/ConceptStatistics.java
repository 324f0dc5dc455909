package io.github.loci.core.search.query;

import io.github.loci.core.search.LanguageScaledSearcher;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;

/**
 * What concepts' scores need from one index reader, computed once per reader and concept: the
 * concept's document frequency, the searcher whose every term reports it, and the concept's scoring
 * weight (its terms looked up in every segment, their statistics and scorers' parameters), so that
 * a concept searched again, alone or in a topic, costs no look-up. It lives with the {@link
 * LanguageScaledSearcher} that Loci's searcher factory makes for a reader, so a refresh (a new
 * reader, a new searcher) starts it anew. Thread-safe: a weight serves concurrent searches, as
 * Lucene's own weights do across an index's slices.
 */
public final class ConceptStatistics {
  /**
   * The most weights, and the most concepts' searchers, kept per reader: past it, the kept ones are
   * dropped and made again as searches need them. A concept is a lexicon entry with the members a
   * query gives it (its typed language's terms aside, a hole), in a few score modes and boosts
   * (topic weights): the built-in topics and a working set of queries stay under it, while a
   * long-lived reader searched with every kind of query would otherwise keep them all (a helper's
   * run of 64,000 random queries held 11,644 searchers, about 15 KB each on a 16-segment index).
   */
  static final int MAX_WEIGHTS = 8_192;

  private final IndexSearcher searcher;
  private final Map<ConceptQuery, IndexSearcher> pooled = new ConcurrentHashMap<>();
  private final Map<WeightKey, Weight> weights = new ConcurrentHashMap<>();

  /** What a concept's weight depends on besides the reader. */
  private record WeightKey(ConceptQuery concept, ScoreMode scoreMode, float boost) {}

  /**
   * Creates the statistics of one searcher's reader.
   *
   * @param searcher the searcher, with the similarity concepts are scored with
   */
  public ConceptStatistics(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The statistics a searcher keeps, or, for a searcher that keeps none, statistics for this call
   * only.
   *
   * @param searcher the searcher
   * @return its statistics
   */
  static ConceptStatistics of(IndexSearcher searcher) {
    return searcher instanceof LanguageScaledSearcher scaled
        ? scaled.conceptStatistics()
        : new ConceptStatistics(searcher);
  }

  /**
   * A searcher over the same index whose every term has the concept's document frequency.
   *
   * @param concept the concept
   * @return the searcher, made on the first call for this concept
   * @throws IOException if the index cannot be read
   */
  IndexSearcher searcherFor(ConceptQuery concept) throws IOException {
    IndexSearcher known = pooled.get(concept);
    if (known != null) {
      return known;
    }
    // Counted outside the map's lock: two threads may both count, and agree.
    IndexSearcher made = new Pooled(searcher, concept.countDocFreq(searcher));
    if (pooled.size() >= MAX_WEIGHTS) {
      pooled.clear();
    }
    IndexSearcher raced = pooled.putIfAbsent(concept, made);
    return raced != null ? raced : made;
  }

  /**
   * The concept's scoring weight on this reader: its members weighted by {@link #searcherFor}'s
   * searcher, made on the first call for this concept, score mode and boost.
   *
   * @param concept the concept
   * @param scoreMode a score mode that needs scores
   * @param boost the boost
   * @return the weight, whose query is the concept
   * @throws IOException if the index cannot be read
   */
  Weight weight(ConceptQuery concept, ScoreMode scoreMode, float boost) throws IOException {
    WeightKey key = new WeightKey(concept, scoreMode, boost);
    Weight known = weights.get(key);
    if (known != null) {
      return known;
    }
    IndexSearcher scoring = searcherFor(concept);
    Query union = new DisjunctionMaxQuery(concept.members(), 0f);
    Weight inner = scoring.createWeight(scoring.rewrite(union), scoreMode, boost);
    Weight made = new FilterWeight(concept, inner) {};
    if (weights.size() >= MAX_WEIGHTS) {
      weights.clear();
    }
    Weight raced = weights.putIfAbsent(key, made);
    return raced != null ? raced : made;
  }

  /** How many weights are kept. */
  int weights() {
    return weights.size();
  }

  /**
   * Returns the concept's document frequency in this reader.
   *
   * @param concept the concept
   * @return its document frequency
   * @throws IOException if the index cannot be read
   */
  long docFreq(ConceptQuery concept) throws IOException {
    return ((Pooled) searcherFor(concept)).docFreq;
  }

  /** How many concepts have statistics so far. */
  int size() {
    return pooled.size();
  }

  /** A searcher over the same index whose every term has the concept's document frequency. */
  private static final class Pooled extends LanguageScaledSearcher {
    private final long docFreq;
    private final LanguageScaledSearcher owner;

    Pooled(IndexSearcher searcher, long docFreq) throws IOException {
      super(searcher.getIndexReader());
      setSimilarity(searcher.getSimilarity());
      // The owner's cache of filters (such as the lexicon's languages a neutral member excludes):
      // what a filter matches does not depend on the statistics.
      setQueryCache(searcher.getQueryCache());
      setQueryCachingPolicy(searcher.getQueryCachingPolicy());
      this.docFreq = docFreq;
      this.owner = searcher instanceof LanguageScaledSearcher scaled ? scaled : null;
    }

    /** The owner's statistics when it scales them too: the same numbers, already computed. */
    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      return owner != null ? owner.collectionStatistics(field) : super.collectionStatistics(field);
    }

    @Override
    public TermStatistics termStatistics(Term term, int ignoredDocFreq, long totalTermFreq)
        throws IOException {
      CollectionStatistics field = collectionStatistics(term.field());
      long docCount = field == null ? Math.max(1, passages()) : field.docCount();
      long df = Math.max(1, Math.min(docFreq, docCount));
      return new TermStatistics(term.bytes(), df, Math.max(df, totalTermFreq));
    }
  }
}
