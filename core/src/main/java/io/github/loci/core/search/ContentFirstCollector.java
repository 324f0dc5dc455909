package io.github.loci.core.search;

import io.github.loci.core.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Collects the best {@code n} passages in Loci's order (content before page furniture, then score,
 * then source id and ordinal) and counts the matches, reading a passage's tier only when its score
 * could still place it: once {@code n} content passages are held, a match that scores below the
 * worst of them can neither be a better content passage nor matter as furniture (which comes after
 * all content), so it is counted and left. Lucene's field-sorting collector reads the tier of every
 * match, since the tier is its first sort key. The result is the same, with the same sort values,
 * so a search can go on after its last passage with Lucene's collector.
 *
 * <p>The same bound lets Lucene skip: once more than {@code countThreshold} matches are counted and
 * {@code n} content passages are held, the collector tells the scorer that nothing scoring below
 * the worst of them is competitive ({@link Scorable#setMinCompetitiveScore}), and Lucene passes
 * over the blocks of documents whose best possible score is lower (block-max WAND, MaxScore). A
 * score equal to the bound stays competitive, since ties are broken by source id and ordinal, not
 * by document order. The count is then a lower bound; with {@code countThreshold} {@link
 * Integer#MAX_VALUE} every match is scored and counted.
 */
final class ContentFirstCollector implements Collector {
  /** The worse passage first: the head of a queue is the one to drop. */
  private static final Comparator<Entry> WORST_FIRST = ContentFirstCollector::compareBetterFirst;

  private final int n;
  private final int countThreshold;
  private final PriorityQueue<Entry> content;
  private final PriorityQueue<Entry> furniture;
  private long total;

  /** The least score still competitive, once skipping has begun; 0 before. */
  private float minCompetitive;

  private boolean skipping;

  /** A collected passage with its sort values (its source and ordinal are read when needed). */
  private static final class Entry {
    final int doc;
    final float score;
    final long tier;
    final BytesRef source;
    final long ordinal;

    Entry(int doc, float score, long tier, BytesRef source, long ordinal) {
      this.doc = doc;
      this.score = score;
      this.tier = tier;
      this.source = source;
      this.ordinal = ordinal;
    }
  }

  /**
   * Creates a collector.
   *
   * @param n how many passages to keep, at least 1
   * @param countThreshold how many matches to count exactly before letting the scorer skip passages
   *     that cannot place; {@link Integer#MAX_VALUE} to count and score every match
   */
  ContentFirstCollector(int n, int countThreshold) {
    this.n = n;
    this.countThreshold = countThreshold;
    this.content = new PriorityQueue<>(n + 1, WORST_FIRST);
    this.furniture = new PriorityQueue<>(n + 1, WORST_FIRST);
  }

  /** Within one tier: negative when {@code a} ranks below {@code b} (so it is dropped first). */
  private static int compareBetterFirst(Entry a, Entry b) {
    int c = Float.compare(a.score, b.score);
    if (c != 0) {
      return c;
    }
    c = b.source.compareTo(a.source);
    if (c != 0) {
      return c;
    }
    c = Long.compare(b.ordinal, a.ordinal);
    return c != 0 ? c : Integer.compare(b.doc, a.doc);
  }

  @Override
  public ScoreMode scoreMode() {
    return scoreMode(countThreshold);
  }

  /**
   * The score mode a weight needs for this collector: top scores (the scorer may skip) unless every
   * match is to be counted.
   *
   * @param countThreshold the collector's count threshold
   * @return the score mode
   */
  static ScoreMode scoreMode(int countThreshold) {
    return countThreshold == Integer.MAX_VALUE ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    int base = context.docBase;
    NumericDocValues tiers = DocValues.getNumeric(context.reader(), Fields.TIER);
    SortedDocValues sources = DocValues.getSorted(context.reader(), Fields.SOURCE_ID);
    NumericDocValues ordinals = DocValues.getNumeric(context.reader(), Fields.ORDINAL);
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (skipping) {
          scorer.setMinCompetitiveScore(minCompetitive);
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        total++;
        boolean contentFull = content.size() == n;
        if (contentFull && !skipping && total > countThreshold) {
          raiseMinCompetitive(scorer);
        }
        float score = scorer.score();
        if (contentFull && score < content.peek().score) {
          return;
        }
        long tier = tiers.advanceExact(doc) ? tiers.longValue() : 0;
        if (tier != 0 && contentFull) {
          return;
        }
        PriorityQueue<Entry> queue = tier == 0 ? content : furniture;
        Entry entry =
            new Entry(
                base + doc,
                score,
                tier,
                sources.advanceExact(doc)
                    ? BytesRef.deepCopyOf(sources.lookupOrd(sources.ordValue()))
                    : new BytesRef(),
                ordinals.advanceExact(doc) ? ordinals.longValue() : 0);
        if (queue.size() == n && compareBetterFirst(entry, queue.peek()) <= 0) {
          return;
        }
        queue.add(entry);
        if (queue.size() > n) {
          queue.poll();
        }
        if (tier == 0 && total > countThreshold && content.size() == n) {
          raiseMinCompetitive(scorer);
        }
      }
    };
  }

  /** Tells the scorer the worst content score held, when it is higher than the last it was told. */
  private void raiseMinCompetitive(Scorable scorer) throws IOException {
    float worst = content.peek().score;
    if (!skipping || worst > minCompetitive) {
      skipping = true;
      minCompetitive = worst;
      scorer.setMinCompetitiveScore(worst);
    }
  }

  /**
   * Returns the passages, best first, with the sort values of Loci's order ({@code tier, score,
   * source id, ordinal}), and the number of matches: exact unless the scorer was let skip, a lower
   * bound then.
   *
   * @param order Loci's order, which the sort values follow
   * @return the top passages
   */
  TopFieldDocs top(Sort order) {
    List<FieldDoc> docs = new ArrayList<>(n);
    for (PriorityQueue<Entry> queue : List.of(content, furniture)) {
      List<Entry> sorted = new ArrayList<>(queue);
      sorted.sort(WORST_FIRST.reversed());
      for (Entry e : sorted) {
        if (docs.size() < n) {
          docs.add(
              new FieldDoc(e.doc, e.score, new Object[] {e.tier, e.score, e.source, e.ordinal}));
        }
      }
    }
    return new TopFieldDocs(
        new TotalHits(
            total,
            skipping ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO),
        docs.toArray(ScoreDoc[]::new),
        order.getSort());
  }
}
