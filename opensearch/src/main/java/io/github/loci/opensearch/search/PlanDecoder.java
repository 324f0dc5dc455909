package io.github.loci.opensearch.search;

import java.util.ArrayList;
import java.util.Base64;
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

/**
 * Reads a Loci query plan sent as JSON into the Lucene queries it stands for, node by node. Each
 * node is an object with one key, its kind:
 *
 * <ul>
 *   <li>{@code bool}: {@code clauses} (each {@code occur}: MUST, SHOULD, FILTER, MUST_NOT, and
 *       {@code query}), {@code minimum_should_match};
 *   <li>{@code term}: {@code field}, {@code text}; {@code terms}: {@code field}, {@code texts};
 *   <li>{@code phrase}: {@code field}, {@code terms}, {@code positions}, {@code slop}; {@code
 *       multi_phrase}: the same with {@code terms} a list of lists;
 *   <li>{@code synonym}: {@code field}, {@code terms} (each weighing 1);
 *   <li>{@code boost}: {@code boost}, {@code query}; {@code constant_score}: {@code query};
 *   <li>{@code dis_max}: {@code queries}, {@code tie_breaker};
 *   <li>{@code point_range}: {@code field}, {@code dims}, {@code lower}, {@code upper} (the packed
 *       points, Base64);
 *   <li>{@code match_all}, {@code match_none}: no parameters;
 *   <li>{@code concept}: a lexicon concept with one document frequency in every language ({@link
 *       SharedConceptQuery}): {@code concept}, {@code members}, {@code counted}, optional {@code
 *       language_field} and {@code doc_freq}.
 * </ul>
 *
 * The JSON carries exact terms, as the client's analyzers made them: nothing is analyzed again.
 */
public final class PlanDecoder {
  private PlanDecoder() {}

  /**
   * The Lucene query of a plan node.
   *
   * @param node the node, as parsed JSON
   * @param at where the node is, for errors (such as {@code plan.bool.clauses[2]})
   * @return the query
   * @throws IllegalArgumentException naming the node's place for an unknown kind or a missing value
   */
  public static Query decode(Object node, String at) {
    Map<String, Object> map = object(node, at);
    if (map.size() != 1) {
      throw new IllegalArgumentException(at + ": a plan node has exactly one key, its kind");
    }
    Map.Entry<String, Object> only = map.entrySet().iterator().next();
    String kind = only.getKey();
    String here = at + "." + kind;
    Map<String, Object> body = object(only.getValue(), here);
    switch (kind) {
      case "bool":
        {
          BooleanQuery.Builder out = new BooleanQuery.Builder();
          List<Object> clauses = list(body, "clauses", here);
          for (int i = 0; i < clauses.size(); i++) {
            String c = here + ".clauses[" + i + "]";
            Map<String, Object> clause = object(clauses.get(i), c);
            BooleanClause.Occur occur;
            try {
              occur = BooleanClause.Occur.valueOf(string(clause, "occur", c));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(c + ": unknown occur " + clause.get("occur"), e);
            }
            out.add(decode(clause.get("query"), c + ".query"), occur);
          }
          out.setMinimumNumberShouldMatch(integer(body, "minimum_should_match", 0, here));
          return out.build();
        }
      case "term":
        return new TermQuery(new Term(string(body, "field", here), string(body, "text", here)));
      case "terms":
        return new TermInSetQuery(
            string(body, "field", here),
            strings(body, "texts", here).stream().map(BytesRef::new).toList());
      case "phrase":
        {
          String field = string(body, "field", here);
          List<String> terms = strings(body, "terms", here);
          List<Object> positions = list(body, "positions", here);
          if (positions.size() != terms.size()) {
            throw new IllegalArgumentException(here + ": as many positions as terms needed");
          }
          PhraseQuery.Builder out = new PhraseQuery.Builder();
          for (int i = 0; i < terms.size(); i++) {
            out.add(new Term(field, terms.get(i)), position(positions, i, here));
          }
          out.setSlop(integer(body, "slop", 0, here));
          return out.build();
        }
      case "multi_phrase":
        {
          String field = string(body, "field", here);
          List<Object> terms = list(body, "terms", here);
          List<Object> positions = list(body, "positions", here);
          if (positions.size() != terms.size()) {
            throw new IllegalArgumentException(here + ": as many positions as terms needed");
          }
          MultiPhraseQuery.Builder out = new MultiPhraseQuery.Builder();
          for (int i = 0; i < terms.size(); i++) {
            List<Term> at1 = new ArrayList<>();
            if (!(terms.get(i) instanceof List<?> stacked)) {
              throw new IllegalArgumentException(here + ": terms[" + i + "] must be a list");
            }
            for (Object t : stacked) {
              at1.add(new Term(field, String.valueOf(t)));
            }
            out.add(at1.toArray(Term[]::new), position(positions, i, here));
          }
          out.setSlop(integer(body, "slop", 0, here));
          return out.build();
        }
      case "synonym":
        {
          String field = string(body, "field", here);
          SynonymQuery.Builder out = new SynonymQuery.Builder(field);
          strings(body, "terms", here).forEach(t -> out.addTerm(new Term(field, t)));
          return out.build();
        }
      case "boost":
        return new BoostQuery(
            decode(body.get("query"), here + ".query"), number(body, "boost", here).floatValue());
      case "constant_score":
        return new ConstantScoreQuery(decode(body.get("query"), here + ".query"));
      case "dis_max":
        return new DisjunctionMaxQuery(
            queries(body, "queries", here), number(body, "tie_breaker", here).floatValue());
      case "point_range":
        return pointRange(body, here);
      case "match_all":
        return new MatchAllDocsQuery();
      case "match_none":
        return new MatchNoDocsQuery("the plan matches nothing");
      case "concept":
        {
          Object df = body.get("doc_freq");
          return new SharedConceptQuery(
              string(body, "concept", here),
              queries(body, "members", here),
              decode(body.get("counted"), here + ".counted"),
              body.get("language_field") == null ? null : string(body, "language_field", here),
              df == null ? null : number(body, "doc_freq", here).longValue());
        }
      default:
        throw new IllegalArgumentException(here + ": unknown plan node kind '" + kind + "'");
    }
  }

  private static Query pointRange(Map<String, Object> body, String here) {
    byte[] lower = Base64.getDecoder().decode(string(body, "lower", here));
    byte[] upper = Base64.getDecoder().decode(string(body, "upper", here));
    int dims = integer(body, "dims", 1, here);
    if (lower.length != upper.length || dims < 1 || lower.length % dims != 0) {
      throw new IllegalArgumentException(here + ": lower and upper must pack 'dims' points");
    }
    return new PointRangeQuery(string(body, "field", here), lower, upper, dims) {
      @Override
      protected String toString(int dimension, byte[] value) {
        return new BytesRef(value).toString();
      }
    };
  }

  private static int position(List<Object> positions, int i, String here) {
    if (!(positions.get(i) instanceof Number n)) {
      throw new IllegalArgumentException(here + ": positions[" + i + "] must be a number");
    }
    return n.intValue();
  }

  private static List<Query> queries(Map<String, Object> body, String key, String here) {
    List<Object> nodes = list(body, key, here);
    List<Query> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      out.add(decode(nodes.get(i), here + "." + key + "[" + i + "]"));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object node, String at) {
    if (!(node instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(at + ": expected an object, got " + node);
    }
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> body, String key, String at) {
    if (!(body.get(key) instanceof List<?> list)) {
      throw new IllegalArgumentException(at + ": '" + key + "' must be a list");
    }
    return (List<Object>) list;
  }

  private static List<String> strings(Map<String, Object> body, String key, String at) {
    return list(body, key, at).stream().map(String::valueOf).toList();
  }

  private static String string(Map<String, Object> body, String key, String at) {
    if (!(body.get(key) instanceof String s)) {
      throw new IllegalArgumentException(at + ": '" + key + "' must be a string");
    }
    return s;
  }

  private static Number number(Map<String, Object> body, String key, String at) {
    if (!(body.get(key) instanceof Number n)) {
      throw new IllegalArgumentException(at + ": '" + key + "' must be a number");
    }
    return n;
  }

  private static int integer(Map<String, Object> body, String key, int absent, String at) {
    return body.get(key) == null ? absent : number(body, key, at).intValue();
  }
}
