package io.github.loci.core.search.query;

import io.github.loci.core.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * One concept, in every language: a dis-max over its terms, each in its own language's field, so
 * that a passage scores by its best term, scored with statistics that belong to the concept rather
 * than to each language's field.
 *
 * <p>BM25 would otherwise give "sfida" its Italian document frequency and "thách thức" its
 * Vietnamese one: the same concept would weigh more in a language with few passages, or where one
 * article happens to repeat the word. Here every term of the group takes the concept's document
 * frequency against all the index's passages, so the concept has one IDF in every language; length
 * normalization stays per field (each passage against its own language's average length). The
 * concept's document frequency is the number of passages that match any of its terms in any
 * language ({@link #pooled}); or, when the query's language is declared and its own words are
 * scored as typed, the concept's share of that language's passages applied to the whole index
 * ({@link #asIn}), so that the translations take the same IDF as the words typed. A phrase member
 * of {@code k} words is weighted {@code 1/k} by its builder, since BM25 sums the IDF of a phrase's
 * words.
 *
 * <p>A plain value: equal concepts are equal queries, and what depends on the index (the document
 * frequency) lives in the {@link ConceptStatistics} of the searcher that runs it.
 */
public final class ConceptQuery extends Query {
  private final String concept;
  private final List<Query> members;
  private final Query counted;
  private final Optional<String> languageField;
  private final int hash;

  private ConceptQuery(
      String concept, List<Query> members, Query counted, Optional<String> languageField) {
    this.concept = Objects.requireNonNull(concept, "concept");
    this.members = List.copyOf(members);
    this.counted = Objects.requireNonNull(counted, "counted");
    this.languageField = languageField;
    this.hash = Objects.hash(classHash(), concept, this.members, counted, languageField);
  }

  /**
   * A concept whose document frequency is the passages, in any language, that match any member.
   *
   * @param concept the concept id, for display
   * @param members the concept's terms as queries on language fields, boosted as they count
   * @return the query
   */
  public static ConceptQuery pooled(String concept, List<Query> members) {
    return new ConceptQuery(
        concept, members, new DisjunctionMaxQuery(members, 0f), Optional.empty());
  }

  /**
   * A concept whose document frequency is its share of one language's passages (those that match
   * {@code own}, among those with {@code field}), applied to the whole index; when that language
   * has no passages, the pooled frequency of {@code own} and the members.
   *
   * @param concept the concept id, for display
   * @param members the queries scored: the concept's terms in the other languages
   * @param own the concept's terms in the declared language, on its field
   * @param field the declared language's field
   * @return the query
   */
  public static ConceptQuery asIn(String concept, List<Query> members, Query own, String field) {
    return new ConceptQuery(concept, members, own, Optional.of(field));
  }

  /**
   * The concept as a plain Lucene query: a dis-max over its members, scored with each field's own
   * statistics. For reference measurements only; Loci never runs it.
   *
   * @return the dis-max
   */
  public Query plain() {
    return new DisjunctionMaxQuery(members, 0f);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (scoreMode.needsScores()) {
      // Made once per reader, concept, score mode and boost: the statistics' searcher keeps it.
      return ConceptStatistics.of(searcher).weight(this, scoreMode, boost);
    }
    Query union = new DisjunctionMaxQuery(members, 0f);
    return new FilterWeight(
        this, searcher.createWeight(searcher.rewrite(union), scoreMode, boost)) {};
  }

  /**
   * The concept's document frequency in an index: the passages that match a member (pooled), or the
   * concept's share of its declared language's passages applied to the whole index.
   *
   * @param searcher a searcher over the index
   * @return the document frequency, at least 1
   * @throws IOException if the index cannot be read
   */
  long countDocFreq(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    long df;
    int inLanguage = languageField.isPresent() ? reader.getDocCount(languageField.get()) : 0;
    if (inLanguage > 0) {
      int passages = reader.getDocCount(Fields.TEXT_NEUTRAL);
      df = Math.round(searcher.count(counted) * (double) passages / inLanguage);
    } else {
      List<Query> all = new ArrayList<>(members);
      if (languageField.isPresent()) {
        all.add(counted);
      }
      df = searcher.count(new DisjunctionMaxQuery(all, 0f));
    }
    return Math.max(1, df);
  }

  /**
   * Returns the queries scored: the concept's terms, each on its language's field.
   *
   * @return the members
   */
  public List<Query> members() {
    return members;
  }

  /**
   * Returns the query whose matches the concept's document frequency counts: any member (pooled),
   * or the concept's terms in the declared language.
   *
   * @return the counted query
   */
  public Query counted() {
    return counted;
  }

  /**
   * Returns the declared language's field whose share of passages the count is taken in, if any.
   *
   * @return the field, empty for a pooled concept
   */
  public Optional<String> languageField() {
    return languageField;
  }

  /**
   * Returns the concept id, for display.
   *
   * @return the id
   */
  public String concept() {
    return concept;
  }

  /**
   * Reports the concept as one leaf: it counts as one clause toward Lucene's clause limit, however
   * many terms it has in however many languages (a topic of a dozen concepts would otherwise reach
   * the limit of 1,024 clauses). Its matches come from its weight, not from a visitor.
   */
  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    StringBuilder out = new StringBuilder("concept(").append(concept).append(": ");
    for (int i = 0; i < members.size(); i++) {
      out.append(i == 0 ? "" : " | ").append(members.get(i).toString(field));
    }
    return out.append(')').toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!sameClassAs(other)) {
      return false;
    }
    ConceptQuery that = (ConceptQuery) other;
    return concept.equals(that.concept)
        && members.equals(that.members)
        && counted.equals(that.counted)
        && languageField.equals(that.languageField);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
