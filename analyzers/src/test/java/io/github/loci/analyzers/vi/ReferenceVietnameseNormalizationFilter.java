package io.github.loci.analyzers.vi;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * {@code VietnameseNormalizationFilter} as it was before its char-level fast paths (commit
 * ecf270a), unchanged but for its name: the oracle that {@link VietnameseFiltersEquivalenceTest}
 * compares the current filter with.
 */
final class ReferenceVietnameseNormalizationFilter extends TokenFilter {

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** More letters than any Vietnamese syllable has ({@code nghiêng}, {@code khuyếch}: seven). */
  private static final int MAX_LETTERS = 8;

  /**
   * No Vietnamese syllable is longer than this in NFD (eight letters, three marks); longer tokens
   * are skipped without any work.
   */
  private static final int MAX_CHARS = 12;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final StringBuilder decomposed = new StringBuilder();
  private final StringBuilder rebuilt = new StringBuilder();
  private final StringBuilder composed = new StringBuilder();
  private final Syllable syllable = new Syllable();

  /**
   * Creates a filter that normalizes the syllables of {@code input}.
   *
   * @param input the token stream to normalize, one syllable per token
   */
  public ReferenceVietnameseNormalizationFilter(TokenStream input) {
    super(input);
  }

  /**
   * Advances to the next token and rewrites its term to the canonical spelling if it is a
   * Vietnamese syllable and not a keyword.
   *
   * @return {@code false} at the end of the stream
   * @throws IOException if the input throws it
   */
  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      normalizeTerm();
    }
    return true;
  }

  private void normalizeTerm() {
    final char[] buffer = termAtt.buffer();
    final int length = termAtt.length();
    if (length == 0 || length > MAX_CHARS) {
      return;
    }
    CharSequence source = termAtt;
    for (int i = 0; i < length; i++) {
      if (buffer[i] >= 0x80) {
        decomposed.setLength(0);
        NFD.normalize(termAtt, decomposed);
        source = decomposed;
        break;
      }
    }
    if (!syllable.parse(source)) {
      return;
    }
    syllable.write(rebuilt);
    NFC.normalize(rebuilt, composed);
    if (!equalsTerm(composed, buffer, length)) {
      termAtt.setEmpty().append(composed);
    }
  }

  private static boolean equalsTerm(CharSequence s, char[] buffer, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != buffer[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean isToneMark(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }

  static boolean isQualityMark(char c) {
    return c == '\u0302' || c == '\u0306' || c == '\u031B';
  }

  private static boolean isVowel(char lower) {
    return lower == 'a'
        || lower == 'e'
        || lower == 'i'
        || lower == 'o'
        || lower == 'u'
        || lower == 'y';
  }

  /** Lower-cases the base letters a Vietnamese syllable can use; anything else gives 0. */
  private static char letter(char c) {
    if (c >= 'a' && c <= 'z') {
      return c;
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    if (c == 'đ' || c == 'Đ') {
      return 'đ';
    }
    return 0;
  }

  /** Whether {@code mark} is a quality mark that Vietnamese puts on the vowel {@code lower}. */
  private static boolean qualityFits(char lower, char mark) {
    return switch (mark) {
      case '\u0302' -> lower == 'a' || lower == 'e' || lower == 'o'; // â ê ô
      case '\u0306' -> lower == 'a'; // ă
      case '\u031B' -> lower == 'o' || lower == 'u'; // ơ ư
      default -> false;
    };
  }

  private static boolean isOnset(CharSequence onset) {
    return switch (onset.toString()) {
      case "",
          "b",
          "c",
          "ch",
          "d",
          "đ",
          "g",
          "gh",
          "gi",
          "h",
          "k",
          "kh",
          "l",
          "m",
          "n",
          "ng",
          "ngh",
          "nh",
          "p",
          "ph",
          "qu",
          "r",
          "s",
          "t",
          "th",
          "tr",
          "v",
          "x" ->
          true;
      default -> false;
    };
  }

  private static boolean isCoda(CharSequence coda) {
    return switch (coda.toString()) {
      case "", "c", "ch", "m", "n", "ng", "nh", "p", "t" -> true;
      default -> false;
    };
  }

  /** Onsets after which a bare {@code y} nucleus is spelled {@code i}. */
  private static boolean takesIForY(CharSequence onset) {
    return switch (onset.toString()) {
      case "b",
          "c",
          "ch",
          "d",
          "đ",
          "h",
          "k",
          "kh",
          "l",
          "m",
          "n",
          "nh",
          "p",
          "ph",
          "qu",
          "r",
          "s",
          "t",
          "th",
          "tr",
          "v",
          "x" ->
          true;
      default -> false;
    };
  }

  /** One syllable taken apart: letters, their quality marks, and the single tone mark. */
  private static final class Syllable {
    final char[] original = new char[MAX_LETTERS];
    final char[] lower = new char[MAX_LETTERS];
    final char[] quality = new char[MAX_LETTERS];
    int letters;
    char tone;
    int toneAt;
    int nucleusStart;
    int nucleusEnd;
    final StringBuilder part = new StringBuilder();

    /**
     * Parses an NFD syllable; returns false (leaving the token alone) if it is not a well-formed
     * Vietnamese syllable: letters outside a–z and đ, marks other than the eight Vietnamese ones or
     * on the wrong letter, more than one vowel group, an onset or coda that Vietnamese does not
     * have, more than three nucleus vowels, or a tone where neither style puts it.
     */
    boolean parse(CharSequence s) {
      letters = 0;
      tone = 0;
      for (int i = 0; i < s.length(); i++) {
        final char c = s.charAt(i);
        final char l = letter(c);
        if (l != 0) {
          if (letters == MAX_LETTERS) {
            return false;
          }
          original[letters] = c;
          lower[letters] = l;
          quality[letters] = 0;
          letters++;
        } else if (isToneMark(c)) {
          // One tone per syllable, on a vowel (a tilde on n is Spanish ñ, not Vietnamese).
          if (letters == 0 || tone != 0 || !isVowel(lower[letters - 1])) {
            return false;
          }
          tone = c;
          toneAt = letters - 1;
        } else if (isQualityMark(c)) {
          if (letters == 0 || quality[letters - 1] != 0 || !qualityFits(lower[letters - 1], c)) {
            return false;
          }
          quality[letters - 1] = c;
        } else {
          return false;
        }
      }
      // onset: leading consonants; nucleus: the vowels; coda: the consonants after them.
      int i = 0;
      while (i < letters && !isVowel(lower[i])) {
        i++;
      }
      if (i == letters) {
        return false; // no vowel
      }
      int start = i;
      while (i < letters && isVowel(lower[i])) {
        i++;
      }
      int end = i;
      while (i < letters && !isVowel(lower[i])) {
        i++;
      }
      if (i != letters) {
        return false; // a second vowel group: not one syllable
      }
      // "qu" and "gi": the u / i belongs to the onset when another vowel follows.
      if (start == 1 && end - start >= 2 && quality[start] == 0) {
        if ((lower[0] == 'q' && lower[start] == 'u') || (lower[0] == 'g' && lower[start] == 'i')) {
          start++;
        }
      }
      nucleusStart = start;
      nucleusEnd = end;
      int nucleus = end - start;
      if (nucleus > 3) {
        return false;
      }
      return isOnset(lowerPart(0, start))
          && isCoda(lowerPart(end, letters))
          && (tone == 0 || toneAt == tonePosition() || toneAt == oldStylePosition());
    }

    private CharSequence lowerPart(int from, int to) {
      part.setLength(0);
      part.append(lower, from, to - from);
      return part;
    }

    /** Index of the letter that carries the tone, by the new-style rules. */
    int tonePosition() {
      final int start = nucleusStart;
      final int end = nucleusEnd;
      // A vowel with a quality mark takes it; for ươ, the last one (ơ).
      for (int i = end - 1; i >= start; i--) {
        if (quality[i] != 0) {
          return i;
        }
      }
      final int n = end - start;
      if (n == 1) {
        return start;
      }
      if (end < letters) {
        return end - 1; // closed syllable: last vowel
      }
      if (n == 2) {
        char a = lower[start];
        char b = lower[start + 1];
        if ((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y')) {
          return start + 1; // oa, oe, uy
        }
        return start;
      }
      return start + 1; // three vowels: the middle one
    }

    /**
     * Where the old style puts the tone when it differs from the new style (the first vowel of an
     * open {@code oa}, {@code oe} or {@code uy}: {@code hòa}, {@code khỏe}, {@code thủy}), else -1.
     */
    int oldStylePosition() {
      if (nucleusEnd - nucleusStart == 2 && nucleusEnd == letters) {
        char a = lower[nucleusStart];
        char b = lower[nucleusStart + 1];
        if (quality[nucleusStart] == 0
            && quality[nucleusStart + 1] == 0
            && ((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y'))) {
          return nucleusStart;
        }
      }
      return -1;
    }

    /** Writes the syllable in NFD-like order (letter, quality mark, tone) to {@code out}. */
    void write(StringBuilder out) {
      out.setLength(0);
      final boolean yToI =
          nucleusEnd - nucleusStart == 1
              && lower[nucleusStart] == 'y'
              && nucleusEnd == letters
              && nucleusStart > 0
              && takesIForY(lowerPart(0, nucleusStart));
      final int tonePos = tone == 0 ? -1 : tonePosition();
      for (int i = 0; i < letters; i++) {
        char c = original[i];
        if (yToI && i == nucleusStart) {
          c = c == 'Y' ? 'I' : 'i';
        }
        out.append(c);
        if (quality[i] != 0) {
          out.append(quality[i]);
        }
        if (i == tonePos) {
          out.append(tone);
        }
      }
    }
  }
}
