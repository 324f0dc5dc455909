package io.github.loci.core.detect;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The features OpenNLP's language detector computes from a text, computed faster: the same five
 * normalizers in the same order (emoji, URLs and e-mail addresses, Twitter marks, numbers, repeated
 * chars and spaces), each run only when a char-level test shows its patterns could match (a pattern
 * that cannot match leaves the text as it is), the emoji, number, face and shrink ones as char
 * loops that give what their regular expressions give, then the distinct lower-cased char n-grams
 * of length 1 to 3. The result is the set {@code DefaultLanguageDetectorContextGenerator} gives,
 * which {@code OpenNlpDetectorTest} checks; OpenNLP runs every normalizer's regular expressions on
 * every text.
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
    s = mayHaveEmoji(s) ? replaceEmoji(s) : s;
    s =
        maybe(
            s, contains(s, "://") || indexOf(s, '@') >= 0, UrlCharSequenceNormalizer.getInstance());
    s = twitter(s);
    s = hasAsciiDigit(s) ? replaceDigits(s) : s;
    if (!mayShrink(s)) {
      return s;
    }
    return hasSurrogate(s) ? ShrinkCharSequenceNormalizer.getInstance().normalize(s) : shrink(s);
  }

  private static CharSequence maybe(
      CharSequence s, boolean mayMatch, CharSequenceNormalizer normalizer) {
    return mayMatch ? normalizer.normalize(s) : s;
  }

  /**
   * What the emoji normalizer's {@code [\uD83C-\uDBFF\uDC00-\uDFFF]+} replaced by a space does:
   * each run of hyphens and code points from U+D83C to U+10FC00 becomes one space.
   */
  private static String replaceEmoji(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); ) {
      int c = Character.codePointAt(s, i);
      i += Character.charCount(c);
      if (c == '-' || (c >= 0xD83C && c <= 0x10FC00)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.appendCodePoint(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** What the number normalizer's {@code \d+} replaced by a space does (ASCII digits). */
  private static String replaceDigits(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isAsciiDigit(c)) {
        if (i == 0 || !isAsciiDigit(s.charAt(i - 1))) {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * What the shrink normalizer does, for a text without surrogates: runs of two or more {@code \s}
   * chars become one space; then each run of three or more equal chars (ASCII case ignored; not the
   * line terminators {@code .} does not match) becomes its first char twice; then {@code trim()}.
   */
  private static String shrink(CharSequence s) {
    StringBuilder spaced = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c) && i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
        spaced.append(' ');
        while (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
          i++;
        }
      } else {
        spaced.append(c);
      }
    }
    StringBuilder out = new StringBuilder(spaced.length());
    for (int i = 0; i < spaced.length(); ) {
      char c = spaced.charAt(i);
      int run = 1;
      while (i + run < spaced.length() && ascii(spaced.charAt(i + run)) == ascii(c)) {
        run++;
      }
      if (run >= 3 && !isLineTerminator(c)) {
        out.append(c).append(c);
      } else {
        out.append(spaced, i, i + run);
      }
      i += run;
    }
    return out.toString().trim();
  }

  /** The chars {@code .} does not match without DOTALL. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean hasSurrogate(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
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

  /** The Twitter normalizer's patterns, as OpenNLP compiles them. */
  private static final Pattern TAG = Pattern.compile("[#@]\\S+");

  private static final Pattern RETWEET = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);

  private static final Pattern LAUGH =
      Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);

  /**
   * What the Twitter normalizer does: {@code [#@]\S+}, {@code \b(rt[ :])+} and {@code
   * [:;x]-?[()dop]} replaced by a space, {@code ([hj])+([aieou])+(\1+\2+)+} by {@code $1$2$1$2},
   * the last three ignoring ASCII case, in this order; each expression run only where a char test
   * shows it could match, the faces (which "expect" and "exotic" hold) by a char loop.
   */
  private static CharSequence twitter(CharSequence text) {
    CharSequence s = text;
    if (indexOf(s, '#') >= 0 || indexOf(s, '@') >= 0) {
      s = TAG.matcher(s).replaceAll(" ");
    }
    if (mayRetweet(s)) {
      s = RETWEET.matcher(s).replaceAll(" ");
    }
    s = replaceFaces(s);
    if (mayLaugh(s)) {
      s = LAUGH.matcher(s).replaceAll("$1$2$1$2");
    }
    return s;
  }

  /** "rt" and a space or colon, after no ASCII word char (then {@code \b} may hold). */
  private static boolean mayRetweet(CharSequence s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      if (ascii(s.charAt(i)) == 'r'
          && ascii(s.charAt(i + 1)) == 't'
          && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')
          && (i == 0 || !isAsciiWordChar(s.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiWordChar(char c) {
    char a = ascii(c);
    return (a >= 'a' && a <= 'z') || isAsciiDigit(c) || c == '_';
  }

  /** {@code [:;x]-?[()dop]} (ASCII case ignored) replaced by a space. */
  private static CharSequence replaceFaces(CharSequence s) {
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    for (int i = 0; i + 1 < n; i++) {
      char c = ascii(s.charAt(i));
      if (c != ':' && c != ';' && c != 'x') {
        continue;
      }
      int face = s.charAt(i + 1) == '-' ? i + 2 : i + 1;
      if (face < n && isFace(ascii(s.charAt(face)))) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, copied, i).append(' ');
        copied = face + 1;
        i = face;
      }
    }
    return out == null ? s : out.append(s, copied, n).toString();
  }

  private static boolean isFace(char c) {
    return c == '(' || c == ')' || c == 'd' || c == 'o' || c == 'p';
  }

  /**
   * Whether a laugh could match: an h or j, vowels, the same letter once or more, then a vowel
   * (what any match of {@code ([hj])+([aieou])+(\1+\2+)+} holds).
   */
  private static boolean mayLaugh(CharSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = ascii(s.charAt(i));
      if (c != 'h' && c != 'j') {
        continue;
      }
      int k = i + 1;
      while (k < n && isVowel(ascii(s.charAt(k)))) {
        k++;
      }
      int again = k;
      while (again < n && ascii(s.charAt(again)) == c) {
        again++;
      }
      if (k > i + 1 && again > k && again < n && isVowel(ascii(s.charAt(again)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** ASCII letters in lower case, as a case-insensitive pattern without UNICODE_CASE sees them. */
  private static char ascii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean hasAsciiDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isAsciiDigit(s.charAt(i))) {
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
    if (hasSurrogate(s)) {
      return true;
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
