package io.github.loci.core.search;

import io.github.loci.core.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
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
import org.apache.lucene.util.LongValues;

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
 *
 * <p>The page needs fewer than {@code n} passages when they come from enough sources: overlap
 * removal drops a passage only when a better one of its source is listed, so the best passage of
 * each source is always listed, and once the best content passages held come from {@code sources}
 * distinct sources, the page (its first {@code sources} hits) lies among them. The bound is then
 * the score of the passage that completes those sources, which is higher than the worst of the
 * {@code n} whenever passages of one source overlap; {@link #top} returns the passages down to that
 * one, since below it some passages were passed over.
 */
final class ContentFirstCollector implements Collector {
  /** The worse passage first: the head of a queue is the one to drop. */
  private static final Comparator<Entry> WORST_FIRST = ContentFirstCollector::compareBetterFirst;

  private static final Comparator<Entry> BY_SCORE_DESCENDING =
      (a, b) -> Float.compare(b.score, a.score);

  private final int n;
  private final int countThreshold;
  private final int sources;
  private final PriorityQueue<Entry> content;
  private final PriorityQueue<Entry> furniture;
  private long total;

  /** The least score still competitive, once skipping has begun; 0 before. */
  private float minCompetitive;

  private boolean skipping;

  /** Whether the bound came from the passages of {@code sources} distinct sources. */
  private boolean enoughSources;

  /** The sources of the content passages down to the bound, once it came from them. */
  private Set<Long> pageSources = Set.of();

  private final SourceOrdinals sourceOrdinals;

  /**
   * A collected passage with its sort values: its source as the reader's ordinal of its id (ties
   * compare numbers), the id itself looked up (by its ordinal in its segment's doc values) only for
   * the result.
   */
  private static final class Entry {
    final int doc;
    final float score;
    final long tier;
    final long ordinal;

    /** The source id's global ordinal, -1 when the passage has none. */
    final long source;

    private final SortedDocValues sourceIds;
    private final int sourceOrd;

    Entry(
        int doc,
        float score,
        long tier,
        long ordinal,
        long source,
        SortedDocValues sourceIds,
        int sourceOrd) {
      this.doc = doc;
      this.score = score;
      this.tier = tier;
      this.ordinal = ordinal;
      this.source = source;
      this.sourceIds = sourceIds;
      this.sourceOrd = sourceOrd;
    }

    /** The source id, empty when the passage has none. */
    BytesRef sourceId() {
      try {
        return sourceOrd < 0 ? new BytesRef() : BytesRef.deepCopyOf(sourceIds.lookupOrd(sourceOrd));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Creates a collector.
   *
   * @param n how many passages to keep, at least 1
   * @param countThreshold how many matches to count exactly before letting the scorer skip passages
   *     that cannot place; {@link Integer#MAX_VALUE} to count and score every match
   * @param sourceOrdinals the source ordinals of the reader searched
   */
  ContentFirstCollector(int n, int countThreshold, SourceOrdinals sourceOrdinals) {
    this(n, countThreshold, Integer.MAX_VALUE, sourceOrdinals);
  }

  /**
   * Creates a collector for a page of {@code sources} hits after overlap removal.
   *
   * @param n how many passages to keep, at least 1
   * @param countThreshold how many matches to count exactly before letting the scorer skip passages
   *     that cannot place; {@link Integer#MAX_VALUE} to count and score every match
   * @param sources how many distinct sources among the best content passages make the page (offset
   *     plus limit); {@link Integer#MAX_VALUE} to keep all {@code n} passages exact
   * @param sourceOrdinals the source ordinals of the reader searched
   */
  ContentFirstCollector(int n, int countThreshold, int sources, SourceOrdinals sourceOrdinals) {
    this.n = n;
    this.sourceOrdinals = sourceOrdinals;
    this.countThreshold = countThreshold;
    this.sources = sources;
    this.content = new PriorityQueue<>(n + 1, WORST_FIRST);
    this.furniture = new PriorityQueue<>(n + 1, WORST_FIRST);
  }

  /** Within one tier: negative when {@code a} ranks below {@code b} (so it is dropped first). */
  private static int compareBetterFirst(Entry a, Entry b) {
    int c = Float.compare(a.score, b.score);
    if (c != 0) {
      return c;
    }
    c = Long.compare(b.source, a.source);
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
    LongValues globalSources = sourceOrdinals.global(context);
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
        if (total == countThreshold + 1L) {
          raiseMinCompetitive(scorer);
        }
        boolean contentFull = content.size() == n;
        float score = scorer.score();
        if ((contentFull && score < content.peek().score) || (skipping && score < minCompetitive)) {
          return;
        }
        long tier = tiers.advanceExact(doc) ? tiers.longValue() : 0;
        if (tier != 0 && (contentFull || enoughSources)) {
          return;
        }
        PriorityQueue<Entry> queue = tier == 0 ? content : furniture;
        int sourceOrd = sources.advanceExact(doc) ? sources.ordValue() : -1;
        Entry entry =
            new Entry(
                base + doc,
                score,
                tier,
                ordinals.advanceExact(doc) ? ordinals.longValue() : 0,
                sourceOrd < 0 ? -1 : globalSources.get(sourceOrd),
                sources,
                sourceOrd);
        if (queue.size() == n && compareBetterFirst(entry, queue.peek()) <= 0) {
          return;
        }
        queue.add(entry);
        if (queue.size() > n) {
          queue.poll();
        }
        // A passage of a source already on the page cannot complete the sources sooner.
        if (tier == 0 && total > countThreshold && !pageSources.contains(entry.source)) {
          raiseMinCompetitive(scorer);
        }
      }
    };
  }

  /**
   * Tells the scorer the least score that can still place, when it is higher than the last it was
   * told: the score of the content passage that completes {@code sources} distinct sources, else,
   * with {@code n} content passages held, the worst of them.
   */
  private void raiseMinCompetitive(Scorable scorer) throws IOException {
    float bound;
    boolean bySources = false;
    Entry completing = sources < n ? completingSources() : null;
    if (completing != null) {
      bound = completing.score;
      bySources = true;
    } else if (content.size() == n) {
      bound = content.peek().score;
    } else {
      return;
    }
    if (!skipping || bound > minCompetitive) {
      skipping = true;
      minCompetitive = bound;
      scorer.setMinCompetitiveScore(bound);
    }
    enoughSources |= bySources;
  }

  /** The best content passage with which those held come from {@code sources} sources, or null. */
  private Entry completingSources() {
    if (content.size() < sources) {
      return null;
    }
    // By score alone: among passages of equal score the sources complete at the same score,
    // whatever their order, and the bound is a score.
    Entry[] best = content.toArray(new Entry[0]);
    Arrays.sort(best, BY_SCORE_DESCENDING);
    Set<Long> seen = new HashSet<>();
    for (Entry e : best) {
      if (seen.add(e.source) && seen.size() == sources) {
        pageSources = seen;
        return e;
      }
    }
    return null;
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
    // With the bound from enough sources, only the content passages down to it are exact.
    List<PriorityQueue<Entry>> queues =
        enoughSources ? List.of(content) : List.of(content, furniture);
    for (PriorityQueue<Entry> queue : queues) {
      List<Entry> sorted = new ArrayList<>(queue);
      sorted.sort(WORST_FIRST.reversed());
      for (Entry e : sorted) {
        if (enoughSources && e.score < minCompetitive) {
          break;
        }
        if (docs.size() < n) {
          docs.add(
              new FieldDoc(
                  e.doc, e.score, new Object[] {e.tier, e.score, e.sourceId(), e.ordinal}));
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
