package io.github.loci.analyzers.vi;

import com.ibm.icu.text.Normalizer2;

/**
 * The letters and marks of Vietnamese spelling, with two tables that let the filters skip Unicode
 * normalization per token: the canonical decomposition (NFD) of every char that decomposes into
 * Latin letters and Vietnamese marks only, and the composed form (NFC) of each letter with a
 * quality mark and a tone mark. Both are computed once, from ICU's normalization data, so that they
 * give what {@code Normalizer2} gives.
 */
final class VietnameseLetters {
  private VietnameseLetters() {}

  /** The five tone marks: grave, acute, tilde, hook above, dot below. */
  static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

  /** The three vowel-quality marks: circumflex (â ê ô), breve (ă), horn (ơ ư). */
  static final String QUALITY_MARKS = "\u0302\u0306\u031B";

  /** The letters a syllable can use: a–z, A–Z, đ and Đ; their index in the composition table. */
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZđĐ";

  /**
   * The blocks that hold every char whose NFD is made of Vietnamese letters and marks alone: Basic
   * Latin to Latin Extended-B, the combining diacritical marks (U+0340 and U+0341 are U+0300 and
   * U+0301), Latin Extended Additional and the letterlike symbols (U+212A KELVIN SIGN is K). Ranges
   * of code points, end exclusive; a test checks every code point outside them.
   */
  static final int[][] BLOCKS = {{0, 0x0250}, {0x0300, 0x0370}, {0x1E00, 0x1F00}, {0x2100, 0x2150}};

  /**
   * The NFD of each char of {@link #BLOCKS} whose NFD has only letters of {@link #LETTERS} and
   * Vietnamese marks (the letter itself for a–z and A–Z, {@code a + ̂ + ́} for {@code ấ}), else
   * null.
   */
  private static final char[][] DECOMPOSITIONS = decompositions();

  /** NFC of letter + quality mark + tone mark, by {@link #composedIndex}. */
  private static final char[][] COMPOSED = composed();

  /** Which chars of {@link #DECOMPOSITIONS} are one letter with its marks, composed (NFC). */
  private static final boolean[] COMPOSED_LETTERS = composedLetters();

  static boolean isToneMark(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }

  static boolean isQualityMark(char c) {
    return c == '\u0302' || c == '\u0306' || c == '\u031B';
  }

  /** Whether {@code mark} is a quality mark that Vietnamese puts on the vowel {@code lower}. */
  static boolean qualityFits(char lower, char mark) {
    return switch (mark) {
      case '\u0302' -> lower == 'a' || lower == 'e' || lower == 'o'; // â ê ô
      case '\u0306' -> lower == 'a'; // ă
      case '\u031B' -> lower == 'o' || lower == 'u'; // ơ ư
      default -> false;
    };
  }

  /**
   * The canonical decomposition of a char, if it has only Vietnamese letters and marks.
   *
   * @param c a char (a surrogate gives null)
   * @return its NFD, shared and not to be modified, or null when the NFD of any text with this char
   *     has some other char
   */
  static char[] decomposition(char c) {
    return c < DECOMPOSITIONS.length ? DECOMPOSITIONS[c] : null;
  }

  /**
   * Whether a char is a letter with its marks, if any, in composed form: {@code a}, {@code đ},
   * {@code ấ}, but not {@code a + ́}, a mark alone or KELVIN SIGN (whose NFC is K).
   *
   * @param c a char
   * @return true if its decomposition is a letter with marks and {@link #composed} gives it back
   */
  static boolean isComposedLetter(char c) {
    return c < COMPOSED_LETTERS.length && COMPOSED_LETTERS[c];
  }

  /**
   * The NFC of a letter with at most one quality mark and one tone mark.
   *
   * @param letter a letter of a–z, A–Z, đ, Đ
   * @param quality a quality mark, or 0
   * @param tone a tone mark, or 0
   * @return its composed chars, shared and not to be modified (one char for every combination a
   *     Vietnamese syllable has); null for the marks no syllable has (on a consonant, or a quality
   *     mark that does not fit the vowel)
   */
  static char[] composed(char letter, char quality, char tone) {
    return COMPOSED[composedIndex(letterIndex(letter), markIndex(quality), markIndex(tone))];
  }

  /** The letter's index in {@link #LETTERS}. */
  private static int letterIndex(char letter) {
    if (letter >= 'a' && letter <= 'z') {
      return letter - 'a';
    }
    if (letter >= 'A' && letter <= 'Z') {
      return 26 + letter - 'A';
    }
    return letter == 'đ' ? 52 : 53;
  }

  /** 0 for no mark, else one more than the mark's index in its list. */
  private static int markIndex(char mark) {
    return switch (mark) {
      case 0 -> 0;
      case '\u0300', '\u0302' -> 1;
      case '\u0301', '\u0306' -> 2;
      case '\u0303', '\u031B' -> 3;
      case '\u0309' -> 4;
      case '\u0323' -> 5;
      default -> throw new IllegalArgumentException("not a Vietnamese mark: " + (int) mark);
    };
  }

  private static int composedIndex(int letter, int quality, int tone) {
    return (letter * (QUALITY_MARKS.length() + 1) + quality) * (TONE_MARKS.length() + 1) + tone;
  }

  private static boolean isVietnamese(char c) {
    return LETTERS.indexOf(c) >= 0 || isToneMark(c) || isQualityMark(c);
  }

  private static boolean isVietnamese(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isVietnamese(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char[][] decompositions() {
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    char[][] table = new char[BLOCKS[BLOCKS.length - 1][1]][];
    for (int[] block : BLOCKS) {
      for (int c = block[0]; c < block[1]; c++) {
        String mapping = nfd.getDecomposition(c);
        if (mapping == null ? isVietnamese((char) c) : isVietnamese(mapping)) {
          table[c] = mapping == null ? new char[] {(char) c} : mapping.toCharArray();
        }
      }
    }
    return table;
  }

  private static boolean[] composedLetters() {
    boolean[] table = new boolean[DECOMPOSITIONS.length];
    for (int c = 0; c < DECOMPOSITIONS.length; c++) {
      char[] nfd = DECOMPOSITIONS[c];
      if (nfd == null || LETTERS.indexOf(nfd[0]) < 0) {
        continue;
      }
      char quality = 0;
      char tone = 0;
      boolean oneOfEach = true;
      for (int i = 1; i < nfd.length; i++) {
        if (isQualityMark(nfd[i]) && quality == 0) {
          quality = nfd[i];
        } else if (isToneMark(nfd[i]) && tone == 0) {
          tone = nfd[i];
        } else {
          oneOfEach = false;
        }
      }
      if (oneOfEach) {
        char[] composed =
            COMPOSED[composedIndex(letterIndex(nfd[0]), markIndex(quality), markIndex(tone))];
        table[c] = composed != null && composed.length == 1 && composed[0] == c;
      }
    }
    return table;
  }

  /**
   * Only the combinations a syllable can have are computed, with ICU: marks on a vowel, and a
   * quality mark only where it fits. A letter alone is its own NFC.
   */
  private static char[][] composed() {
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    char[][] table = new char[composedIndex(LETTERS.length(), 0, 0)][];
    for (int l = 0; l < LETTERS.length(); l++) {
      char letter = LETTERS.charAt(l);
      table[composedIndex(l, 0, 0)] = new char[] {letter};
      if ("aeiouyAEIOUY".indexOf(letter) < 0) {
        continue;
      }
      for (int q = 0; q <= QUALITY_MARKS.length(); q++) {
        if (q > 0 && !qualityFits(Character.toLowerCase(letter), QUALITY_MARKS.charAt(q - 1))) {
          continue;
        }
        for (int t = 0; t <= TONE_MARKS.length(); t++) {
          StringBuilder marked = new StringBuilder().append(letter);
          if (q > 0) {
            marked.append(QUALITY_MARKS.charAt(q - 1));
          }
          if (t > 0) {
            marked.append(TONE_MARKS.charAt(t - 1));
          }
          table[composedIndex(l, q, t)] = nfc.normalize(marked).toCharArray();
        }
      }
    }
    return table;
  }
}
