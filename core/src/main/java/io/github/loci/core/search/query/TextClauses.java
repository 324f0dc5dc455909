package io.github.loci.core.search.query;

import io.github.loci.core.analyze.Analysis.Token;
import io.github.loci.core.index.Fields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.search.Query;

/**
 * Makes the clauses for words the lexicon does not translate, on one field: one per position (a
 * term query, or a synonym query for tokens stacked at one position, such as a number read two
 * ways), and one per quoted phrase.
 */
final class TextClauses {
  private TextClauses() {}

  /**
   * The clauses of a text on one field.
   *
   * @param query the parsed query, which analyzes
   * @param field the field
   * @param free the free text this field searches (with holes)
   * @param phrases the quoted phrases this field searches
   * @param weight the field's weight
   * @param acrossLanguages whether the field is searched across languages, which leaves out
   *     function words
   * @return the clauses, each a SHOULD clause
   */
  static List<Query> clauses(
      ParsedQuery query,
      String field,
      String free,
      List<String> phrases,
      float weight,
      boolean acrossLanguages) {
    List<Query> out = new ArrayList<>();
    boolean pairs = Fields.isPairsField(field);
    List<Token> tokens =
        pairs
            ? query.pairTokens(field, acrossLanguages ? query.withoutFunctionWords(free) : free)
            : query.tokens(field, free);
    // Tokens stacked at one position (a number read two ways) form one synonym group.
    TreeMap<Integer, List<Token>> byPosition = new TreeMap<>();
    for (Token token : tokens) {
      if (acrossLanguages && query.isFunctionWord(token, free)) {
        continue;
      }
      byPosition.computeIfAbsent(token.position(), p -> new ArrayList<>(1)).add(token);
    }
    Set<Set<String>> seen = new HashSet<>();
    for (List<Token> stack : byPosition.values()) {
      if (!pairs) {
        withoutPossessives(stack, acrossLanguages ? query : null);
      }
      Set<String> terms = new TreeSet<>();
      stack.forEach(t -> terms.add(t.term()));
      if (!seen.add(terms)) {
        continue;
      }
      out.add(LeafQueries.boost(LeafQueries.phrase(field, stack), weight));
    }
    for (String phrase : phrases) {
      Query q = LeafQueries.phrase(field, query.tokens(field, phrase));
      if (q != null) {
        out.add(LeafQueries.boost(q, weight));
      }
    }
    return out;
  }

  /**
   * Adds to a position's tokens each one's form without an English possessive: "amazon's" is what
   * every analysis but English's keeps of "Amazon's" (word breaking holds the apostrophe), and no
   * Spanish, Italian or Vietnamese passage about Amazon holds it; "mcdonald's" stays, as a synonym,
   * for the passages that do. A form that is a function word ("that" of "that's") is not added
   * where function words are left out.
   *
   * @param stack the tokens at one position
   * @param functionWords the query whose function words to leave out, or null to keep them
   */
  private static void withoutPossessives(List<Token> stack, ParsedQuery functionWords) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      Token t = stack.get(i);
      String term = t.term();
      int cut = term.length() - 2;
      if (cut > 0
          && (term.endsWith("'s") || term.endsWith("’s"))
          && Character.isLetter(term.codePointBefore(cut))) {
        String bare = term.substring(0, cut);
        boolean dropped = functionWords != null && functionWords.isFunctionWord(bare);
        if (!dropped && stack.stream().noneMatch(o -> o.term().equals(bare))) {
          stack.add(new Token(bare, t.position(), t.start(), t.end()));
        }
      }
    }
  }
}
