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
import org.apache.lucene.util.ArrayUtil;

/**
 * Writes British spellings the American way, before stemming, so that both match: "centre" and
 * "center", "organise" and "organize", "analyse" and "analyze", "colour" and "color", "programme"
 * and "program". Expects lower-case tokens.
 *
 * <p>Word-level pairs come from the bundled list {@code british_american.txt}; besides them, the
 * {@code -ise}/{@code -isation} verb and noun endings become {@code -ize}/{@code -ization} unless
 * the word is one whose {@code -ise} is not that suffix ("rise", "promise", "exercise",
 * "enterprise", listed in the same file).
 */
public final class EnglishSpellingFilter extends TokenFilter {
  private static final Lists LISTS = Lists.load();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** A stem with "ise" appended, to look up in the list of words not to change. */
  private char[] word = new char[16];

  /**
   * Creates the filter.
   *
   * @param input lower-case tokens
   */
  public EnglishSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      americanize();
    }
    return true;
  }

  /** Rewrites the term in its American spelling, if it has one; works on the term's chars. */
  private void americanize() {
    final char[] buffer = term.buffer();
    final int length = term.length();
    String mapped = LISTS.pairs.get(buffer, 0, length);
    if (mapped != null) {
      term.setEmpty().append(mapped);
      return;
    }
    for (Suffix rule : SUFFIXES) {
      final int stem = length - rule.british.length;
      if (stem >= 3 && endsWith(buffer, length, rule.british) && !isNotIse(buffer, stem)) {
        term.setLength(stem).append(rule.american);
        return;
      }
    }
  }

  /** Compares from the last char, where nearly every token already differs. */
  private static boolean endsWith(char[] buffer, int length, char[] suffix) {
    for (int i = suffix.length - 1, j = length - 1; i >= 0; i--, j--) {
      if (buffer[j] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the stem followed by "ise" is listed as a word whose -ise is not the suffix. */
  private boolean isNotIse(char[] buffer, int stem) {
    word = ArrayUtil.grow(word, stem + 3);
    System.arraycopy(buffer, 0, word, 0, stem);
    word[stem] = 'i';
    word[stem + 1] = 's';
    word[stem + 2] = 'e';
    return LISTS.notIse.containsKey(word, 0, stem + 3);
  }

  /** A British ending and its American spelling. */
  private record Suffix(char[] british, String american) {
    Suffix(String british, String american) {
      this(british.toCharArray(), american);
    }
  }

  /** Tried in this order; the first whose stem is not a listed -ise word applies. */
  private static final Suffix[] SUFFIXES = {
    new Suffix("isations", "izations"),
    new Suffix("isation", "ization"),
    new Suffix("ising", "izing"),
    new Suffix("ised", "ized"),
    new Suffix("ises", "izes"),
    new Suffix("iser", "izer"),
    new Suffix("isers", "izers"),
    new Suffix("ise", "ize")
  };

  private record Lists(CharArrayMap<String> pairs, CharArrayMap<Boolean> notIse) {
    static Lists load() {
      CharArrayMap<String> pairs = new CharArrayMap<>(512, false);
      CharArrayMap<Boolean> notIse = new CharArrayMap<>(256, false);
      try (InputStream in =
          EnglishSpellingFilter.class.getResourceAsStream("british_american.txt")) {
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
