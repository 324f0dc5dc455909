package io.github.loci.core.detect;

import java.util.HashSet;
import java.util.Set;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The features OpenNLP's language detector computes from a text, computed faster: the same five
 * normalizers in the same order (emoji, URLs and e-mail addresses, Twitter marks, numbers, repeated
 * chars and spaces), each run only when a char-level test shows its patterns could match (a pattern
 * that cannot match leaves the text as it is), then the distinct lower-cased char n-grams of length
 * 1 to 3. The result is the set {@code DefaultLanguageDetectorContextGenerator} gives, which {@code
 * OpenNlpDetectorTest} checks; OpenNLP runs every normalizer's regular expressions on every text.
 */
final class OpenNlpFeatures {
  private OpenNlpFeatures() {}

  /**
   * The detector's features of a text.
   *
   * @param text the text, as the detector reads it
   * @return the distinct n-grams
   */
  static String[] of(CharSequence text) {
    String lower = normalizedLowerCase(text);
    Set<String> grams = new HashSet<>(lower.length() * 3);
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= lower.length(); i++) {
        grams.add(lower.substring(i, i + n));
      }
    }
    return grams.toArray(new String[0]);
  }

  /**
   * The text as OpenNLP's n-gram model reads it: normalized, then lower-cased.
   *
   * @param text the text
   * @return the normalized, lower-cased text
   */
  static String normalizedLowerCase(CharSequence text) {
    return lowerCase(normalize(text));
  }

  static CharSequence normalize(CharSequence text) {
    CharSequence s = text;
    s = maybe(s, mayHaveEmoji(s), EmojiCharSequenceNormalizer.getInstance());
    s =
        maybe(
            s, contains(s, "://") || indexOf(s, '@') >= 0, UrlCharSequenceNormalizer.getInstance());
    s = maybe(s, mayHaveTwitterMarks(s), TwitterCharSequenceNormalizer.getInstance());
    s = maybe(s, hasAsciiDigit(s), NumberCharSequenceNormalizer.getInstance());
    return maybe(s, mayShrink(s), ShrinkCharSequenceNormalizer.getInstance());
  }

  private static CharSequence maybe(
      CharSequence s, boolean mayMatch, CharSequenceNormalizer normalizer) {
    return mayMatch ? normalizer.normalize(s) : s;
  }

  /** Lower case by code point, as OpenNLP's n-gram model does. */
  private static String lowerCase(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = Character.codePointAt(s, i);
      out.appendCodePoint(Character.toLowerCase(c));
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * Whether the emoji pattern {@code [\uD83C-\uDBFF\uDC00-\uDFFF]+} could match. As Java reads it,
   * its class is '-' and every code point from U+D83C to U+10FC00 (the escaped U+DBFF and U+DC00
   * make one supplementary code point): so a hyphen, or a char from U+D83C up.
   */
  private static boolean mayHaveEmoji(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c >= '\uD83C') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the Twitter normalizer's patterns could match: {@code [#@]\S+}, {@code \b(rt[
   * :])+}, {@code [:;x]-?[()dop]} and {@code ([hj])+([aieou])+(\1+\2+)+}, the last three ignoring
   * ASCII case. Each needs the chars tested here.
   */
  private static boolean mayHaveTwitterMarks(CharSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? ascii(s.charAt(i + 1)) : 0;
      switch (ascii(c)) {
        case '#', '@' -> {
          return true;
        }
        case 'r' -> {
          if (next == 't' && i + 2 < n && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')) {
            return true;
          }
        }
        case ':', ';', 'x' -> {
          char face = next == '-' && i + 2 < n ? ascii(s.charAt(i + 2)) : next;
          if (face == '(' || face == ')' || face == 'd' || face == 'o' || face == 'p') {
            return true;
          }
        }
        case 'a', 'e', 'i', 'o', 'u' -> {
          // a laugh has a vowel followed by the repeated h or j
          if (next == 'h' || next == 'j') {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  /** ASCII letters in lower case, as a case-insensitive pattern without UNICODE_CASE sees them. */
  private static char ascii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean hasAsciiDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the shrink normalizer could change the text: a char three times in a row ({@code
   * (.)\1{2,}}, ASCII case ignored; any surrogate, since the pattern compares code points), two
   * white-space chars in a row ({@code \s{2,}}), or a char up to U+0020 at either end ({@code
   * trim()}).
   */
  private static boolean mayShrink(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    // The pattern compares code points: a supplementary one repeated is not seen by the char test.
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
      return true;
    }
    for (int i = 1; i < n; i++) {
      char c = ascii(s.charAt(i));
      char before = ascii(s.charAt(i - 1));
      if (isRegexSpace(c) && isRegexSpace(before)) {
        return true;
      }
      if (i >= 2 && c == before && c == ascii(s.charAt(i - 2))) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean contains(CharSequence s, String part) {
    return s.toString().contains(part);
  }

  private static int indexOf(CharSequence s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
