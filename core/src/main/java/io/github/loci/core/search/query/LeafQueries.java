package io.github.loci.core.search.query;

import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The leaf queries every clause generator makes from analyzed tokens, and their weights. */
final class LeafQueries {
  /** Weight of the neutral field: it adds exact-form evidence to the language fields. */
  static final float NEUTRAL_WEIGHT = 0.5f;

  /**
   * Weight of other languages' analysis of words the lexicon lacks, when the query's language is
   * declared.
   */
  static final float OTHER_LANGUAGE_WEIGHT = 0.6f;

  /** Weight of a concept's terms, in every language, relative to a word the lexicon lacks. */
  static final float CONCEPT_WEIGHT = 1.0f;

  /**
   * Weight of a concept's terms in the query's own language other than the words typed, which are
   * searched as free text. XQuAD MRR@10 on the user's path ({@code -Pregression}), weights 0 / 0.3
   * / 0.5 / 1.0: en 0.9140 / 0.9157 / 0.9158 / 0.9147, es 0.8917 / 0.8925 / 0.8945 / 0.8948, vi
   * 0.9069 / 0.9071 / 0.9059 / 0.9049; across languages within 0.0007.
   */
  static final float OWN_LANGUAGE_SYNONYM_WEIGHT = 0.5f;

  /** Passages in one of the lexicon's languages. */
  private static final Query LEXICON_LANGUAGES =
      new TermInSetQuery(
          Fields.LANG, Lexicon.COLUMNS.stream().map(l -> new BytesRef(l.code())).toList());

  private LeafQueries() {}

  /**
   * A term query for one token, a phrase query (keeping stopword gaps) for several; tokens stacked
   * at one position make a synonym query, or a multi-phrase query among other positions.
   *
   * @param field the field
   * @param tokens the tokens, as one analyzer made them
   * @return the query, null for no tokens
   */
  static Query phrase(String field, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    Map<Integer, List<Term>> byPosition = new TreeMap<>();
    for (Token token : tokens) {
      byPosition
          .computeIfAbsent(token.position(), p -> new ArrayList<>())
          .add(new Term(field, token.term()));
    }
    if (byPosition.size() == 1) {
      List<Term> terms = byPosition.values().iterator().next();
      if (terms.size() == 1) {
        return new TermQuery(terms.get(0));
      }
      SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
      terms.forEach(synonyms::addTerm);
      return synonyms.build();
    }
    int first = byPosition.keySet().iterator().next();
    if (byPosition.values().stream().allMatch(l -> l.size() == 1)) {
      PhraseQuery.Builder builder = new PhraseQuery.Builder();
      byPosition.forEach((position, terms) -> builder.add(terms.get(0), position - first));
      return builder.build();
    }
    MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder();
    byPosition.forEach(
        (position, terms) -> builder.add(terms.toArray(Term[]::new), position - first));
    return builder.build();
  }

  /**
   * Boosts a query, unless the weight is 1.
   *
   * @param query the query
   * @param weight its weight
   * @return the query, boosted when needed
   */
  static Query boost(Query query, float weight) {
    return weight == 1f ? query : new BoostQuery(query, weight);
  }

  /**
   * The number of positions that hold a word: BM25 sums the IDF of a phrase's words.
   *
   * @param tokens the tokens
   * @return their distinct positions, at least 1
   */
  static int words(List<Token> tokens) {
    return Math.max(1, (int) tokens.stream().mapToInt(Token::position).distinct().count());
  }

  /**
   * What makes two analyzed terms one member: the field and the tokens at their positions.
   *
   * @param field the field
   * @param tokens the tokens
   * @return the key
   */
  static List<String> key(String field, List<Token> tokens) {
    List<String> key = new ArrayList<>(tokens.size() + 1);
    key.add(field);
    tokens.forEach(t -> key.add(t.position() + ":" + t.term()));
    return key;
  }

  /**
   * A query on the neutral field that only passages outside the lexicon's languages match.
   *
   * @param neutral the query on the neutral field
   * @return the restricted query
   */
  static Query otherLanguagesOnly(Query neutral) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(neutral, Occur.MUST);
    query.add(LEXICON_LANGUAGES, Occur.MUST_NOT);
    return query.build();
  }
}
