package io.github.loci.core.search;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountExtractor;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Text of any length is searched: a query of more than {@link #MAX_WORDS} distinct words (pasted
 * paragraphs) keeps its most selective ones, those the fewest passages contain (words no passage
 * contains come last), in their order in the text; quotes are then ignored. Each language field and
 * the concepts add clauses per word, so fewer words keep the query under Lucene's clause limit;
 * should it still be over, the words are halved until it is not.
 */
final class LongQueries {
  /** The most distinct words a query is searched with. */
  static final int MAX_WORDS = 32;

  /** Separates kept words that were not neighbours: no pair field pairs them. */
  private static final char HOLE = '\u2029';

  private LongQueries() {}

  /**
   * A request whose text is cut to its most selective words.
   *
   * @param request the request with its text cut
   * @param note what was cut, for explanations
   * @param words how many distinct words the text had
   */
  record Cut(SearchRequest request, String note, int words) {}

  /**
   * How many distinct words a request's text has.
   *
   * @param request the request
   * @param analysis the analyzers
   * @return the distinct neutral terms of its text
   */
  static int words(SearchRequest request, Analysis analysis) {
    return (int)
        Analysis.tokens(analysis.neutral(), Fields.TEXT_NEUTRAL, request.query()).stream()
            .map(Token::term)
            .distinct()
            .count();
  }

  /**
   * Cuts a request's text to at most {@code max} distinct words, when it has more.
   *
   * @param request the request
   * @param analysis the analyzers (the neutral one tells the words)
   * @param reader the index, for how many passages contain each word
   * @param max the most distinct words to keep
   * @return the cut request, or null when the text has at most {@code max} words
   * @throws IOException if the index cannot be read
   */
  static Cut cut(SearchRequest request, Analysis analysis, IndexReader reader, int max)
      throws IOException {
    String text = request.query();
    List<Token> tokens = Analysis.tokens(analysis.neutral(), Fields.TEXT_NEUTRAL, text);
    Map<String, Integer> firstAt = new LinkedHashMap<>();
    for (Token t : tokens) {
      firstAt.putIfAbsent(t.term(), firstAt.size());
    }
    if (firstAt.size() <= max) {
      return null;
    }
    Map<String, Long> passages = new LinkedHashMap<>();
    for (String term : firstAt.keySet()) {
      int df = reader.docFreq(new Term(Fields.TEXT_NEUTRAL, term));
      passages.put(term, df == 0 ? Long.MAX_VALUE : df);
    }
    Set<String> kept = new HashSet<>();
    firstAt.keySet().stream()
        .sorted(Comparator.<String>comparingLong(passages::get).thenComparingInt(firstAt::get))
        .limit(max)
        .forEach(kept::add);
    // A word kept inside an amount keeps the amount whole ("8%", "US$38.400 millones"): the
    // search reads it as one, as it reads the whole text.
    List<Amount> amounts = AmountExtractor.extract(text, null);
    StringBuilder out = new StringBuilder();
    int lastEnd = -1;
    for (Token t : tokens) {
      if (!kept.contains(t.term()) || t.start() < lastEnd) {
        continue;
      }
      int start = t.start();
      int end = t.end();
      for (Amount amount : amounts) {
        if (amount.start() <= start && end <= amount.end() && amount.start() >= lastEnd) {
          start = amount.start();
          end = amount.end();
        }
      }
      if (lastEnd >= 0) {
        String between = text.substring(lastEnd, start);
        out.append(between.isBlank() ? between : String.valueOf(HOLE));
      }
      out.append(text, start, end);
      lastEnd = end;
    }
    List<String> shown = new ArrayList<>(kept.size());
    firstAt.keySet().stream().filter(kept::contains).forEach(shown::add);
    String note =
        "the text has "
            + firstAt.size()
            + " distinct words; searched with the "
            + max
            + " fewest passages contain: "
            + String.join(" ", shown);
    SearchRequest cut = request.withQuery(out.toString().replace('"', ' '));
    return new Cut(cut, note, firstAt.size());
  }
}
