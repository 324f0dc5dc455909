package io.github.loci.opensearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * Writes a Lucene query tree as plan nodes ({@link PlanDecoder} reads them back into equal
 * queries): the tree is visited by the queries' public accessors, so any plan made of Lucene's
 * boolean, term, terms, phrase, multi-phrase, synonym, boost, constant-score, dis-max, point range
 * and match-all/none queries goes across. A subclass adds queries of its own ({@link #other});
 * anything else is refused, naming its class, rather than sent half-translated. Uses Lucene only,
 * so that clients can use it without OpenSearch's server classes.
 */
public class PlanEncoder {
  /** Creates an encoder of Lucene's queries only. */
  public PlanEncoder() {}

  /**
   * The plan node of a query.
   *
   * @param query the query
   * @return the node: a map with one key, its kind
   * @throws IllegalArgumentException for a query no node stands for
   */
  public Map<String, Object> encode(Query query) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (query instanceof BooleanQuery bool) {
      List<Object> clauses = new ArrayList<>();
      for (BooleanClause clause : bool.clauses()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("occur", clause.occur().name());
        c.put("query", encode(clause.query()));
        clauses.add(c);
      }
      body.put("clauses", clauses);
      body.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
      return node("bool", body);
    }
    if (query instanceof TermQuery term) {
      body.put("field", term.getTerm().field());
      body.put("text", term.getTerm().text());
      return node("term", body);
    }
    if (query instanceof TermInSetQuery terms) {
      List<String> texts = new ArrayList<>();
      try {
        BytesRefIterator it = terms.getBytesRefIterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          texts.add(t.utf8ToString());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      body.put("field", terms.getField());
      body.put("texts", texts);
      return node("terms", body);
    }
    if (query instanceof PhraseQuery phrase) {
      body.put("field", phrase.getField());
      body.put("terms", Arrays.stream(phrase.getTerms()).map(Term::text).toList());
      body.put("positions", Arrays.stream(phrase.getPositions()).boxed().toList());
      body.put("slop", phrase.getSlop());
      return node("phrase", body);
    }
    if (query instanceof MultiPhraseQuery phrase) {
      body.put("field", phrase.getTermArrays()[0][0].field());
      body.put(
          "terms",
          Arrays.stream(phrase.getTermArrays())
              .map(at -> Arrays.stream(at).map(Term::text).toList())
              .toList());
      body.put("positions", Arrays.stream(phrase.getPositions()).boxed().toList());
      body.put("slop", phrase.getSlop());
      return node("multi_phrase", body);
    }
    if (query instanceof SynonymQuery synonym) {
      body.put("field", synonym.getField());
      body.put("terms", synonym.getTerms().stream().map(Term::text).toList());
      Map<String, Object> node = node("synonym", body);
      // Lucene shows no synonym's weight: one that is not 1 would be lost, so it is refused.
      if (!PlanDecoder.decode(node, "synonym").equals(synonym)) {
        throw new IllegalArgumentException(
            "cannot send a synonym query with weighted terms: " + synonym);
      }
      return node;
    }
    if (query instanceof BoostQuery boost) {
      body.put("boost", boost.getBoost());
      body.put("query", encode(boost.getQuery()));
      return node("boost", body);
    }
    if (query instanceof ConstantScoreQuery constant) {
      body.put("query", encode(constant.getQuery()));
      return node("constant_score", body);
    }
    if (query instanceof DisjunctionMaxQuery dismax) {
      body.put("tie_breaker", dismax.getTieBreakerMultiplier());
      body.put("queries", dismax.getDisjuncts().stream().map(this::encode).toList());
      return node("dis_max", body);
    }
    if (query instanceof PointRangeQuery range) {
      body.put("field", range.getField());
      body.put("dims", range.getNumDims());
      body.put("lower", Base64.getEncoder().encodeToString(range.getLowerPoint()));
      body.put("upper", Base64.getEncoder().encodeToString(range.getUpperPoint()));
      return node("point_range", body);
    }
    if (query instanceof MatchAllDocsQuery) {
      return node("match_all", body);
    }
    if (query instanceof MatchNoDocsQuery) {
      return node("match_none", body);
    }
    Map<String, Object> other = other(query);
    if (other == null) {
      throw new IllegalArgumentException(
          "cannot send a " + query.getClass().getName() + " to OpenSearch: " + query);
    }
    return other;
  }

  /**
   * The node of a query Lucene's own do not cover.
   *
   * @param query the query
   * @return its node, or null when there is none
   */
  protected Map<String, Object> other(Query query) {
    return null;
  }

  /**
   * A node.
   *
   * @param kind its kind
   * @param body its parameters
   * @return the node
   */
  protected static Map<String, Object> node(String kind, Map<String, Object> body) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put(kind, body);
    return node;
  }
}
