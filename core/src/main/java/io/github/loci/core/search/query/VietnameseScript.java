package io.github.loci.core.search.query;

import io.github.loci.core.detect.VietnameseLetters;

/**
 * Whether a text is written in Vietnamese letters: letters that Spanish, Italian and English never
 * write ({@link VietnameseLetters}: ă, đ, ơ, ư, ạ, ả, ậ, ữ, …). A question with {@value #MIN_WORDS}
 * words or more spelled with them is Vietnamese whatever the lexicon finds in it: "Ai đã bị húc
 * văng bóng?" (who was fumbled?) matches the English term "AI" through its question word "Ai", and
 * "Thành Cát Tư Hãn" (Genghis Khan) matches Spanish terms, yet neither question is English or
 * Spanish.
 */
final class VietnameseScript {
  /** Words spelled with Vietnamese letters that make a text Vietnamese: a name may have one. */
  static final int MIN_WORDS = 2;

  private VietnameseScript() {}

  /**
   * Whether at least {@value #MIN_WORDS} words of a text are spelled with letters only Vietnamese
   * writes.
   *
   * @param text the text, in any Unicode normalization form
   * @return whether it is written in Vietnamese
   */
  static boolean isVietnamese(String text) {
    return VietnameseLetters.words(text, MIN_WORDS) >= MIN_WORDS;
  }
}
