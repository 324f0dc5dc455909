package io.github.loci.analyzers.vi;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites each Vietnamese syllable to one canonical spelling, so that spelling variants of the
 * same word give the same term.
 *
 * <p>Two kinds of variants are unified; only the term changes, never the offsets or positions:
 *
 * <ol>
 *   <li><b>Tone-mark placement.</b> Quốc ngữ has two conventions for where the tone mark goes in a
 *       syllable with more than one vowel: the "old style" ({@code hòa}, {@code thủy}, {@code
 *       khỏe}) and the "new style" ({@code hoà}, {@code thuỷ}, {@code khoẻ}). This filter always
 *       writes the new style, so {@code hòa} and {@code hoà} both give {@code hoà}.
 *   <li><b>i/y spelling.</b> A syllable made of a consonant onset and a bare {@code y} nucleus is
 *       written with {@code i}: {@code tỷ → tỉ}, {@code lý → lí}, {@code kỹ → kĩ}, {@code quý →
 *       quí}, {@code ty → ti}. A {@code y} that is part of a larger nucleus ({@code thuỷ}, {@code
 *       hay}, {@code yêu}, {@code chuyện}) or a syllable that is only {@code y} ({@code y tế},
 *       {@code ý}) is kept.
 * </ol>
 *
 * <p>The input is expected to be one syllable per token, normally already NFC-normalized and
 * lower-cased (for instance by {@code ICUNormalizer2Filter} with {@code nfkc_cf}), but NFD input
 * and upper-case letters are also accepted: the output of a recognized syllable is always NFC, with
 * the case of each letter kept. Tokens that are not a single Vietnamese syllable (numbers, Latin
 * words such as {@code amazon} or {@code cloud}, mixed tokens, other scripts) are left exactly as
 * they are. Tokens marked with {@link KeywordAttribute} are left untouched.
 *
 * <p>Tone placement rules (general knowledge of Vietnamese orthography: quốc ngữ tone placement,
 * old vs new style), applied to the vowel nucleus once the tone mark has been taken out:
 *
 * <ol>
 *   <li>{@code qu} and {@code gi} are onsets when another vowel follows: {@code quý} has nucleus
 *       {@code y}, {@code già} has nucleus {@code a}, but {@code gì} has nucleus {@code i}.
 *   <li>If a vowel of the nucleus carries a quality mark (â ă ê ô ơ ư), the tone goes on it; with
 *       two such vowels ({@code ươ}), on the last one ({@code ơ}): {@code người}, {@code tiếng}.
 *   <li>Otherwise, a one-vowel nucleus takes the tone.
 *   <li>Otherwise, if the syllable ends in a consonant, the last vowel of the nucleus: {@code
 *       hoàn}, {@code huỳnh}.
 *   <li>Otherwise (open syllable), for {@code oa}, {@code oe} and {@code uy} the second vowel
 *       ({@code hoà}, {@code khoẻ}, {@code thuỷ}); for any other two-vowel nucleus the first
 *       ({@code hài}, {@code mùa}, {@code kìa}); for a three-vowel nucleus the middle one ({@code
 *       ngoài}, {@code khuya}).
 * </ol>
 *
 * <p>Only the two recognized placements are rewritten: a syllable whose tone sits on a vowel where
 * neither style puts it is not a Vietnamese spelling and is left as it is. This keeps foreign words
 * that look like syllables intact: Italian {@code più}, {@code può}, {@code ciò}, French {@code
 * où}, Spanish {@code dió} (the new style would write {@code pìu}, {@code pùo}, …). The price is
 * that misplaced tones such as {@code ngòai} or {@code hòan} are not corrected either.
 *
 * <p>Examples: {@code hòa → hoà}, {@code thủy → thuỷ}, {@code khỏe → khoẻ}, {@code hóa → hoá},
 * {@code tỷ → tỉ}, {@code quý → quí}; {@code ma}, {@code má}, {@code mà}, {@code mả}, {@code mã},
 * {@code mạ} all stay distinct.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {

  /** More letters than any Vietnamese syllable has ({@code nghiêng}, {@code khuyếch}: seven). */
  private static final int MAX_LETTERS = 8;

  /**
   * No Vietnamese syllable is longer than this in NFD (eight letters, three marks); longer tokens
   * are skipped without any work.
   */
  private static final int MAX_CHARS = 12;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final Syllable syllable = new Syllable();

  /** The syllable written out, NFC: at most three chars a letter. */
  private final char[] rebuilt = new char[3 * MAX_LETTERS];

  /**
   * Creates a filter that normalizes the syllables of {@code input}.
   *
   * @param input the token stream to normalize, one syllable per token
   */
  public VietnameseNormalizationFilter(TokenStream input) {
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
    if (length == 0
        || length > MAX_CHARS
        || !syllable.parse(buffer, length)
        || syllable.isWrittenAsItIs()) {
      return;
    }
    final int n = syllable.write(rebuilt);
    if (!Arrays.equals(rebuilt, 0, n, buffer, 0, length)) {
      termAtt.copyBuffer(rebuilt, 0, n);
    }
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

  /** The onsets of Vietnamese syllables, lower case; the empty one too. */
  private static final CharArraySet ONSETS =
      set(
          "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
          "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

  /** The codas of Vietnamese syllables, lower case; the empty one too. */
  private static final CharArraySet CODAS = set("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

  /** Onsets after which a bare {@code y} nucleus is spelled {@code i}. */
  private static final CharArraySet I_FOR_Y_ONSETS =
      set(
          "b", "c", "ch", "d", "đ", "h", "k", "kh", "l", "m", "n", "nh", "p", "ph", "qu", "r", "s",
          "t", "th", "tr", "v", "x");

  private static CharArraySet set(String... parts) {
    return CharArraySet.unmodifiableSet(new CharArraySet(List.of(parts), false));
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

    /** Whether a char of the term is not a composed letter: a mark alone, or a letter's NFD. */
    boolean decomposed;

    /**
     * Parses a syllable in any normalization form, each char read as its NFD (from {@link
     * VietnameseLetters}, no normalization per token); returns false (leaving the token alone) if
     * it is not a well-formed Vietnamese syllable: letters outside a–z and đ, marks other than the
     * eight Vietnamese ones or on the wrong letter, more than one vowel group, an onset or coda
     * that Vietnamese does not have, more than three nucleus vowels, or a tone where neither style
     * puts it.
     */
    boolean parse(char[] buffer, int length) {
      letters = 0;
      tone = 0;
      decomposed = false;
      for (int i = 0; i < length; i++) {
        decomposed |= !VietnameseLetters.isComposedLetter(buffer[i]);
        // The NFD of the term, char by char. Unlike Normalizer2, this does not put the marks after
        // a letter in canonical order; but which marks a letter carries does not depend on it.
        final char[] decomposition = VietnameseLetters.decomposition(buffer[i]);
        if (decomposition == null) {
          return false;
        }
        for (char c : decomposition) {
          if (!add(c)) {
            return false;
          }
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
      return ONSETS.contains(lower, 0, start)
          && CODAS.contains(lower, end, letters - end)
          && (tone == 0 || toneAt == tonePosition() || toneAt == oldStylePosition());
    }

    /** Adds a letter or a mark of the NFD; false if the syllable cannot have it there. */
    private boolean add(char c) {
      final char l = letter(c);
      if (l != 0) {
        if (letters == MAX_LETTERS) {
          return false;
        }
        original[letters] = c;
        lower[letters] = l;
        quality[letters] = 0;
        letters++;
      } else if (VietnameseLetters.isToneMark(c)) {
        // One tone per syllable, on a vowel (a tilde on n is Spanish ñ, not Vietnamese).
        if (letters == 0 || tone != 0 || !isVowel(lower[letters - 1])) {
          return false;
        }
        tone = c;
        toneAt = letters - 1;
      } else if (VietnameseLetters.isQualityMark(c)) {
        if (letters == 0
            || quality[letters - 1] != 0
            || !VietnameseLetters.qualityFits(lower[letters - 1], c)) {
          return false;
        }
        quality[letters - 1] = c;
      } else {
        return false;
      }
      return true;
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

    /**
     * Whether {@link #write} would give the term back: its letters are composed, its tone is where
     * the new style puts it, and its y stays.
     */
    boolean isWrittenAsItIs() {
      return !decomposed && (tone == 0 || toneAt == tonePosition()) && !yToI();
    }

    /** Whether the syllable's bare y nucleus is to be spelled i. */
    private boolean yToI() {
      return nucleusEnd - nucleusStart == 1
          && lower[nucleusStart] == 'y'
          && nucleusEnd == letters
          && nucleusStart > 0
          && I_FOR_Y_ONSETS.contains(lower, 0, nucleusStart);
    }

    /**
     * Writes the syllable, NFC, to {@code out}: each letter composed with its quality mark and,
     * where the new style puts it, the tone.
     *
     * @return the number of chars written
     */
    int write(char[] out) {
      final boolean yToI = yToI();
      final int tonePos = tone == 0 ? -1 : tonePosition();
      int n = 0;
      for (int i = 0; i < letters; i++) {
        char c = original[i];
        if (yToI && i == nucleusStart) {
          c = c == 'Y' ? 'I' : 'i';
        }
        final char[] composed = VietnameseLetters.composed(c, quality[i], i == tonePos ? tone : 0);
        for (char x : composed) {
          out[n++] = x;
        }
      }
      return n;
    }
  }
}
