package io.github.loci.core.detect;

import io.github.loci.analyzers.Language;
import io.github.loci.core.internal.Bundled;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * Evidence for Loci's languages in a short text: how many of its words are function words of each
 * (Lucene's stopword lists for Spanish, Italian and English, the last with the common function
 * words it lacks, and a list of Vietnamese grammatical syllables), a word with a letter only
 * Vietnamese writes (ă, đ, ơ, ư, a dot below, a hook above) counting for Vietnamese.
 *
 * <p>Immutable and thread-safe.
 */
public final class FunctionWords {
  private final Map<Language, Set<String>> words = new EnumMap<>(Language.class);

  private FunctionWords() {
    words.put(Language.ES, strings(SpanishAnalyzer.getDefaultStopSet(), Set.of()));
    words.put(Language.IT, strings(ItalianAnalyzer.getDefaultStopSet(), Set.of()));
    words.put(Language.EN, strings(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, bundled("en")));
    words.put(Language.VI, bundled("vi"));
  }

  /** A bundled list: one word a line; {@code #} starts a comment. */
  private static Set<String> bundled(String code) {
    byte[] bytes = Bundled.read(FunctionWords.class, code + "_function_words.txt");
    return new String(bytes, StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static final class Holder {
    static final FunctionWords INSTANCE = new FunctionWords();
  }

  /**
   * The shared lists, loaded on first use.
   *
   * @return the lists
   */
  public static FunctionWords get() {
    return Holder.INSTANCE;
  }

  private static Set<String> strings(CharArraySet set, Set<String> more) {
    Set<String> out = new HashSet<>(more);
    for (Object word : set) {
      out.add(new String((char[]) word));
    }
    return Set.copyOf(out);
  }

  /**
   * Counts, for each of Loci's languages, the words of a text that are evidence for it.
   *
   * @param text a short text
   * @return the counts, indexed by {@link Language#ordinal()}
   */
  public int[] count(CharSequence text) {
    int[] counts = new int[Language.values().length];
    String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    int i = 0;
    int n = folded.length();
    while (i < n) {
      while (i < n && !isWordChar(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isWordChar(folded.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = folded.substring(start, i);
        for (Map.Entry<Language, Set<String>> e : words.entrySet()) {
          if (e.getValue().contains(word)
              || (e.getKey() == Language.VI && hasVietnameseLetter(word))) {
            counts[e.getKey().ordinal()]++;
          }
        }
      }
    }
    return counts;
  }

  /**
   * Tells whether a word, in lower case, is a function word of a language.
   *
   * @param language the language
   * @param word the word, lower case, in NFC
   * @return whether it is on the language's list
   */
  public boolean contains(Language language, String word) {
    Set<String> list = words.get(language);
    return list != null && list.contains(word);
  }

  /**
   * The function words of a language.
   *
   * @param language the language
   * @return its list, lower case, in NFC; unmodifiable
   */
  public Set<String> of(Language language) {
    return java.util.Collections.unmodifiableSet(words.getOrDefault(language, Set.of()));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean hasVietnameseLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (VietnameseLetters.contains(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
