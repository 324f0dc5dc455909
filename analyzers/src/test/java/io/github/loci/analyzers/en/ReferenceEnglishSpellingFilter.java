package io.github.loci.analyzers.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * {@code EnglishSpellingFilter} as it was before its char-level fast paths (commit ecf270a),
 * unchanged but for its name: the oracle that {@link EnglishSpellingFilterEquivalenceTest} compares
 * the current filter with.
 */
final class ReferenceEnglishSpellingFilter extends TokenFilter {
  private static final Lists LISTS = Lists.load();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /**
   * Creates the filter.
   *
   * @param input lower-case tokens
   */
  public ReferenceEnglishSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String american = americanize(term.buffer(), term.length());
      if (american != null) {
        term.setEmpty().append(american);
      }
    }
    return true;
  }

  /** The American spelling, or null when the word is unchanged. */
  static String americanize(char[] buffer, int length) {
    String mapped = LISTS.pairs.get(buffer, 0, length);
    if (mapped != null) {
      return mapped;
    }
    String word = new String(buffer, 0, length);
    for (String[] rule : SUFFIXES) {
      if (word.endsWith(rule[0]) && word.length() - rule[0].length() >= 3) {
        String stem = word.substring(0, word.length() - rule[0].length());
        if (!LISTS.notIse.containsKey(stem + "ise")) {
          return stem + rule[1];
        }
      }
    }
    return null;
  }

  private static final String[][] SUFFIXES = {
    {"isations", "izations"},
    {"isation", "ization"},
    {"ising", "izing"},
    {"ised", "ized"},
    {"ises", "izes"},
    {"iser", "izer"},
    {"isers", "izers"},
    {"ise", "ize"}
  };

  private record Lists(CharArrayMap<String> pairs, CharArrayMap<Boolean> notIse) {
    static Lists load() {
      CharArrayMap<String> pairs = new CharArrayMap<>(512, false);
      CharArrayMap<Boolean> notIse = new CharArrayMap<>(256, false);
      try (InputStream in =
          ReferenceEnglishSpellingFilter.class.getResourceAsStream("british_american.txt")) {
        if (in == null) {
          throw new IOException("missing bundled resource british_american.txt (a packaging bug)");
        }
        Map<String, String> seen = new HashMap<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String entry = line.strip();
          if (entry.isEmpty() || entry.startsWith("#")) {
            continue;
          }
          String[] f = entry.split("\\s+");
          if (f.length == 2 && f[0].equals("!ise")) {
            notIse.put(f[1], Boolean.TRUE);
          } else if (f.length == 2 && seen.put(f[0], f[1]) == null) {
            pairs.put(f[0], f[1]);
          } else {
            throw new IOException("bad line in british_american.txt: " + entry);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Lists(CharArrayMap.unmodifiableMap(pairs), CharArrayMap.unmodifiableMap(notIse));
    }
  }
}
