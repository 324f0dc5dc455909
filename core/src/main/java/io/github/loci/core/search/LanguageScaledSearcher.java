package io.github.loci.core.search;

import io.github.loci.core.index.Fields;
import io.github.loci.core.search.query.ConceptStatistics;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;

/**
 * An {@link IndexSearcher} whose BM25 statistics make scores comparable across languages.
 *
 * <p>Each language has its own fields, and BM25 computes a term's rarity (IDF) from the statistics
 * of the term's field. Left as they are, a language with few passages gets compressed IDFs (the
 * +0.5 smoothing weighs more in a small field): its passages win or lose only because of how many
 * passages share their language. This searcher reports every language field as if it held all the
 * index's passages, scaling document frequencies, term totals and field totals by the same factor
 * (passages in the index / passages in the field): a term's IDF then depends on the share of its
 * language's passages that hold it, and the length normalization (each field's own average length)
 * is unchanged. The neutral field, shared by all languages, is left as it is.
 *
 * <p>It also keeps what Loci's searches need from its reader, so that it is computed once per
 * reader rather than once per search: the concept queries' statistics ({@link
 * #conceptStatistics()}) and the source ids' global ordinals ({@link #sourceOrdinals()}).
 */
public class LanguageScaledSearcher extends IndexSearcher {
  private final long passages;
  private final ConceptStatistics concepts = new ConceptStatistics(this);
  private volatile SourceOrdinals sourceOrdinals;

  /** The analysis id last asked of {@link #sourcesOfAnotherAnalysis}, and its count. */
  private volatile OtherAnalysis otherAnalysis;

  private record OtherAnalysis(String analysisId, long sources) {}

  private final java.util.Map<String, CollectionStatistics> statistics =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, Double> scales =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Creates a searcher.
   *
   * @param reader a reader over a Loci index
   * @throws IOException if the index cannot be read
   */
  public LanguageScaledSearcher(IndexReader reader) throws IOException {
    super(reader);
    CollectionStatistics all = super.collectionStatistics(Fields.TEXT_NEUTRAL);
    this.passages = all == null ? 0 : all.docCount();
  }

  /**
   * Returns the number of passages in the index.
   *
   * @return the passages, the document count of the neutral field
   */
  protected final long passages() {
    return passages;
  }

  /**
   * Returns the statistics of the lexicon's concepts in this searcher's reader, counted once per
   * concept and kept as long as this searcher: a refresh makes a new searcher and new statistics.
   *
   * @return the statistics
   */
  public final ConceptStatistics conceptStatistics() {
    return concepts;
  }

  /**
   * Returns the passages' source ids as numbers in id order across this searcher's reader, made on
   * the first call and kept as long as this searcher.
   *
   * @return the source ordinals
   * @throws IOException if the index cannot be read
   */
  public final SourceOrdinals sourceOrdinals() throws IOException {
    SourceOrdinals known = sourceOrdinals;
    if (known == null) {
      synchronized (this) {
        known = sourceOrdinals;
        if (known == null) {
          known = SourceOrdinals.of(getIndexReader());
          sourceOrdinals = known;
        }
      }
    }
    return known;
  }

  /**
   * Counts the sources of this searcher's reader that another analysis indexed than the one named:
   * an older version of Loci's, or another profile. Their passages' terms are not the ones queries
   * are analyzed into, so searches may miss them. Counted on the first call and kept as long as
   * this searcher.
   *
   * @param analysisId the analysis's id, as {@code Analysis.id()} gives it
   * @return how many sources lack that analysis
   * @throws IOException if the index cannot be read
   */
  public final long sourcesOfAnotherAnalysis(String analysisId) throws IOException {
    OtherAnalysis known = otherAnalysis;
    if (known == null || !known.analysisId().equals(analysisId)) {
      long sources = count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE)));
      long current = count(new TermQuery(new Term(Fields.ANALYSIS, analysisId)));
      known = new OtherAnalysis(analysisId, sources - current);
      otherAnalysis = known;
    }
    return known.sources();
  }

  private double scale(String field) throws IOException {
    if (Fields.languageOfField(field).isEmpty() || passages == 0) {
      return 1;
    }
    Double known = scales.get(field);
    if (known != null) {
      return known;
    }
    CollectionStatistics own = super.collectionStatistics(field);
    double scale = own == null ? 1 : passages / (double) own.docCount();
    scales.put(field, scale);
    return scale;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Computed once per field: the reader never changes, and every term of a query on the field
   * asks again.
   */
  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics known = statistics.get(field);
    if (known == null) {
      known = scaledStatistics(field);
      if (known == null) {
        return null;
      }
      statistics.putIfAbsent(field, known);
    }
    return known;
  }

  private CollectionStatistics scaledStatistics(String field) throws IOException {
    CollectionStatistics own = super.collectionStatistics(field);
    double scale = scale(field);
    if (own == null || scale == 1) {
      return own;
    }
    long docCount = Math.min(passages, own.maxDoc());
    long sumDocFreq = Math.max(docCount, Math.round(own.sumDocFreq() * scale));
    long sumTotalTermFreq = Math.max(sumDocFreq, Math.round(own.sumTotalTermFreq() * scale));
    return new CollectionStatistics(field, own.maxDoc(), docCount, sumTotalTermFreq, sumDocFreq);
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    double scale = scale(term.field());
    if (scale == 1) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    long df = Math.max(1, Math.min(passages, Math.round(docFreq * scale)));
    long ttf = Math.max(df, Math.round(totalTermFreq * scale));
    return new TermStatistics(term.bytes(), df, ttf);
  }
}
