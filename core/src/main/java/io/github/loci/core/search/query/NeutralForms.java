package io.github.loci.core.search.query;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The forms of a topic term that its language's field matches alike ("data centre", "data
 * centres"), so that the neutral field, which does not stem, matches them too in passages of other
 * languages. Each word's candidate inflections (plural and singular endings of its language) are
 * kept when the language field's analyzer gives them the word's own terms; the forms are the
 * combinations of the words' kept inflections, at most {@value #MAX_FORMS}.
 */
final class NeutralForms {
  /** The most forms of one term. */
  static final int MAX_FORMS = 16;

  private NeutralForms() {}

  /**
   * The forms of a term, itself first.
   *
   * @param term the term as the topic or lexicon writes it
   * @param language its language
   * @param field its language's main field
   * @param analyze analyzes text for a field
   * @return the forms, distinct, the term first
   */
  static List<String> of(
      String term,
      Language language,
      String field,
      BiFunction<String, String, List<Token>> analyze) {
    String[] words = term.strip().split("\\s+");
    List<List<String>> choices = new ArrayList<>();
    for (String word : words) {
      List<String> kept = new ArrayList<>();
      kept.add(word);
      List<String> terms = terms(analyze.apply(field, word));
      if (!terms.isEmpty()) {
        for (String candidate : candidates(word, language)) {
          if (!kept.contains(candidate) && terms.equals(terms(analyze.apply(field, candidate)))) {
            kept.add(candidate);
          }
        }
      }
      choices.add(kept);
    }
    Set<String> forms = new LinkedHashSet<>();
    combine(choices, 0, new ArrayList<>(), forms);
    return List.copyOf(forms);
  }

  private static void combine(
      List<List<String>> choices, int at, List<String> chosen, Set<String> out) {
    if (out.size() >= MAX_FORMS) {
      return;
    }
    if (at == choices.size()) {
      out.add(String.join(" ", chosen));
      return;
    }
    for (String word : choices.get(at)) {
      chosen.add(word);
      combine(choices, at + 1, chosen, out);
      chosen.removeLast();
    }
  }

  private static List<String> terms(List<Token> tokens) {
    return tokens.stream().map(Token::term).toList();
  }

  /** Plural and singular endings a word of the language may take. */
  static List<String> candidates(String word, Language language) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.chars().allMatch(Character::isLetter) || w.length() < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    switch (language) {
      case EN -> {
        out.add(w + "s");
        out.add(w + "es");
        endSwap(out, w, "y", "ies");
        endSwap(out, w, "ies", "y");
        endSwap(out, w, "es", "");
        endSwap(out, w, "s", "");
      }
      case ES -> {
        out.add(w + "s");
        out.add(w + "es");
        endSwap(out, w, "z", "ces");
        endSwap(out, w, "ces", "z");
        endSwap(out, w, "es", "");
        endSwap(out, w, "s", "");
      }
      case IT -> {
        endSwap(out, w, "o", "i");
        endSwap(out, w, "a", "e");
        endSwap(out, w, "e", "i");
        endSwap(out, w, "i", "o");
        endSwap(out, w, "i", "e");
        endSwap(out, w, "e", "a");
        endSwap(out, w, "co", "chi");
        endSwap(out, w, "ca", "che");
        endSwap(out, w, "go", "ghi");
        endSwap(out, w, "ga", "ghe");
      }
      case VI -> {
        // Vietnamese words do not inflect.
      }
    }
    return out;
  }

  private static void endSwap(List<String> out, String word, String end, String replacement) {
    if (word.endsWith(end) && word.length() > end.length() + 1) {
      out.add(word.substring(0, word.length() - end.length()) + replacement);
    }
  }
}
