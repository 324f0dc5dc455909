package io.github.loci.core.search.query;

import io.github.loci.analyzers.Language;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountExtractor;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.index.Fields;
import io.github.loci.core.search.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Amounts in the plan: a passage with the amount kind a topic prefers scores higher (the content
 * must still match), and one that states a sum of money or a percentage the query states matches.
 */
final class AmountPreference {
  /** Score added to a passage that holds the amount kind its topic prefers. */
  static final float PREFERRED_AMOUNT_WEIGHT = 0.5f;

  /**
   * Score of a passage that states a sum of money or a percentage the query states: about what the
   * words it is written with (a number, a scale, a currency) score, a concept term's each, so that
   * "$38.4 billion" finds "US$38.400 millones" first whatever words each uses, before passages that
   * only say "billion dollar".
   */
  static final float TYPED_AMOUNT_WEIGHT = 3.0f;

  /**
   * The part of {@link #TYPED_AMOUNT_WEIGHT} a passage stating the amount gets without the query's
   * other words: "inflation 8%" on an index that never says inflation still ranks "cerca del 8%"
   * above a passage that counts 8 data centres, and "cloud revenue 8%" ranks a passage on cloud
   * revenue above one on inflation at 8%.
   */
  static final float ALONE_AMOUNT_WEIGHT = 0.5f;

  /** How far a stated amount may lie from the typed one, relative: rounding, not another one. */
  static final double TYPED_AMOUNT_TOLERANCE = 0.005;

  private AmountPreference() {}

  /**
   * The sums of money and the percentages a query states ("$38.4 billion", "1.500 millones de
   * dólares", "8%"). A number without a currency or percent sign is neither (AmountExtractor's
   * rule), so "38.4 billion" alone states nothing.
   *
   * @param text the query text
   * @param language its language, if known
   * @return the amounts above zero, as read from the query
   */
  static List<Amount> typed(String text, Optional<Language> language) {
    return AmountExtractor.extract(text, language.orElse(null)).stream()
        .filter(a -> a.value() > 0)
        .toList();
  }

  /**
   * The clauses for amounts a query states: a passage that states the same amount, in any language
   * or scale, matches one.
   *
   * @param typed the amounts ({@link #typed})
   * @param weight each clause's constant score
   * @return one clause per distinct amount
   */
  static List<Query> clauses(List<Amount> typed, float weight) {
    Set<Double> sums = new TreeSet<>();
    Set<Double> percentages = new TreeSet<>();
    for (Amount amount : typed) {
      (amount.kind() == AmountKind.MONEY ? sums : percentages).add(amount.value());
    }
    List<Query> clauses = new ArrayList<>();
    sums.forEach(value -> clauses.add(clause(Fields.AMOUNT_MONEY, value, weight)));
    percentages.forEach(value -> clauses.add(clause(Fields.AMOUNT_PERCENT, value, weight)));
    return clauses;
  }

  /**
   * Adds the clauses of the amounts a query states to its words' clauses. When the query has words
   * besides its amounts ("cloud revenue 8%"), an amount counts in full only in a passage that
   * matches them too, and {@link #ALONE_AMOUNT_WEIGHT} elsewhere: a passage that states 8% of
   * inflation answers little of what was asked, and it ranked first. A query that is its amounts
   * ("$38.4 billion") finds a passage by its amount alone, in full.
   *
   * @param words the clauses of the query's words, or null when it has none
   * @param typed the amounts it states ({@link #typed})
   * @param others the query of its other words ({@link #otherWords}), or null when it has none
   * @return the query, or null when there is nothing to search
   */
  static Query withTyped(Query words, List<Amount> typed, Query others) {
    if (typed.isEmpty()) {
      return words;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (words != null) {
      query.add(words, Occur.SHOULD);
    }
    if (others == null) {
      clauses(typed, TYPED_AMOUNT_WEIGHT).forEach(c -> query.add(c, Occur.SHOULD));
    } else {
      clauses(typed, ALONE_AMOUNT_WEIGHT).forEach(c -> query.add(c, Occur.SHOULD));
      BooleanQuery.Builder counted = new BooleanQuery.Builder();
      counted.add(others, Occur.FILTER);
      clauses(typed, TYPED_AMOUNT_WEIGHT - ALONE_AMOUNT_WEIGHT)
          .forEach(c -> counted.add(c, Occur.SHOULD));
      counted.setMinimumNumberShouldMatch(1);
      query.add(counted.build(), Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * The query's text without the amounts it states, if words other than function words are left.
   *
   * @param text the query text
   * @param typed its amounts
   * @param query the parsed query, which tells function words
   * @return the text with the amounts blanked out, or null when no word is left
   */
  static String otherWords(String text, List<Amount> typed, ParsedQuery query) {
    if (text == null || typed.isEmpty()) {
      return null;
    }
    StringBuilder rest = new StringBuilder(text);
    for (Amount amount : typed) {
      for (int i = amount.start(); i < amount.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    String others = rest.toString();
    return query.withoutFunctionWords(others).codePoints().anyMatch(Character::isLetterOrDigit)
        ? others
        : null;
  }

  /**
   * Whether a passage's amount is one the query states: the same kind, within the tolerance (what
   * its clause matches).
   *
   * @param typed an amount of the query
   * @param stated an amount of a passage
   * @return whether the clause of {@code typed} matches {@code stated}
   */
  static boolean same(Amount typed, Amount stated) {
    return typed.kind() == stated.kind()
        && stated.value() >= typed.value() * (1 - TYPED_AMOUNT_TOLERANCE)
        && stated.value() <= typed.value() * (1 + TYPED_AMOUNT_TOLERANCE);
  }

  private static Query clause(String field, double value, float weight) {
    return new BoostQuery(
        new ConstantScoreQuery(
            DoublePoint.newRangeQuery(
                field, value * (1 - TYPED_AMOUNT_TOLERANCE), value * (1 + TYPED_AMOUNT_TOLERANCE))),
        weight);
  }

  /**
   * Adds the preference of the topics searched to the content query.
   *
   * @param content the content query
   * @param topicIds the topics searched
   * @param topics all topics
   * @return the content, with a constant bonus per preferred amount kind if any
   */
  static Query apply(Query content, Collection<String> topicIds, Topics topics) {
    Set<AmountKind> kinds = new TreeSet<>();
    topicIds.forEach(id -> topics.get(id).ifPresent(t -> kinds.addAll(t.prefers())));
    if (kinds.isEmpty() || content instanceof MatchNoDocsQuery) {
      return content;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(content, Occur.MUST);
    for (AmountKind kind : kinds) {
      query.add(
          new BoostQuery(
              new ConstantScoreQuery(
                  new TermQuery(new Term(Fields.AMOUNT_KIND, Fields.kind(kind)))),
              PREFERRED_AMOUNT_WEIGHT),
          Occur.SHOULD);
    }
    return query.build();
  }
}
