package io.github.loci.core.eval;

import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns search results into runs and ranked passage lists. */
public final class Runs {
  private Runs() {}

  /**
   * A passage run: each hit is a document {@code sourceId#ordinal} (escaped with {@link
   * #escapeId}).
   *
   * @param results query id to its result
   * @param tag the run tag
   * @return the run
   */
  public static Run passages(Map<String, SearchResult> results, String tag) {
    Map<String, List<Run.Entry>> entries = new LinkedHashMap<>();
    results.forEach(
        (qid, result) -> {
          List<Run.Entry> list = new ArrayList<>();
          double[] scores = falling(result.hits());
          for (int i = 0; i < scores.length; i++) {
            Hit hit = result.hits().get(i);
            list.add(new Run.Entry(escapeId(hit.passageId()), hit.rank(), scores[i]));
          }
          entries.put(escapeId(qid), list);
        });
    return Run.of(entries, escapeId(tag));
  }

  /**
   * A source run, for document-level qrels: each source once, at its best passage's rank and score.
   *
   * @param results query id to its result
   * @param tag the run tag
   * @return the run
   */
  public static Run sources(Map<String, SearchResult> results, String tag) {
    Map<String, List<Run.Entry>> entries = new LinkedHashMap<>();
    results.forEach(
        (qid, result) -> {
          List<Hit> best = new ArrayList<>();
          Set<String> seen = new LinkedHashSet<>();
          for (Hit hit : result.hits()) {
            if (seen.add(hit.sourceId())) {
              best.add(hit);
            }
          }
          List<Run.Entry> list = new ArrayList<>();
          double[] scores = falling(best);
          for (int i = 0; i < scores.length; i++) {
            list.add(new Run.Entry(escapeId(best.get(i).sourceId()), i + 1, scores[i]));
          }
          entries.put(escapeId(qid), list);
        });
    return Run.of(entries, escapeId(tag));
  }

  /**
   * The scores a run gives ranked hits: each hit's score to six decimals (as a TREC run prints it),
   * or a millionth below the one before where Loci's order puts a hit at or above a higher score (a
   * tie broken by source id, page furniture after content, an order by amount). trec_eval, like
   * {@link Run.Order#SCORE}, ranks a query's documents by score, ties by id, not by the rank
   * column: with scores that fall strictly, it keeps Loci's order.
   *
   * @param hits the hits, best first
   * @return their scores for a run, falling strictly
   */
  public static double[] falling(List<Hit> hits) {
    double[] scores = new double[hits.size()];
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < scores.length; i++) {
      long millionths = Math.min(Math.round(hits.get(i).score() * 1e6), previous - 1);
      scores[i] = millionths / 1e6;
      previous = millionths;
    }
    return scores;
  }

  /**
   * The returned passages of each query, for span judgments.
   *
   * @param results query id to its result
   * @return query id to its passages, best first
   */
  public static Map<String, List<RetrievedPassage>> retrieved(Map<String, SearchResult> results) {
    Map<String, List<RetrievedPassage>> map = new LinkedHashMap<>();
    results.forEach(
        (qid, result) -> map.put(qid, result.hits().stream().map(RetrievedPassage::of).toList()));
    return map;
  }

  /**
   * Escapes an id for a TREC column, which white space would split: {@code %} becomes {@code %25}
   * and each white-space character its UTF-8 percent-encoding ({@code " "} is {@code %20}).
   *
   * @param id a source or passage id
   * @return the escaped id
   */
  public static String escapeId(String id) {
    StringBuilder out = new StringBuilder(id.length());
    id.codePoints()
        .forEach(
            c -> {
              if (c == '%' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                  out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
