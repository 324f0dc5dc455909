package io.github.loci.core.detect;

/**
 * The letters that, among Loci's languages, only Vietnamese writes: ă, đ, ơ, ư, and a vowel with a
 * dot below, a hook above, or a quality mark and a tone mark together (ạ, ả, ậ, ữ, …), in lower
 * case and composed (NFC). A word with one of them is Vietnamese, never Spanish, Italian or
 * English.
 */
public final class VietnameseLetters {
  private static final String LETTERS = "ăđơưạảậẩẫầấặẳẵằắẹẻẽệểễềếịỉọỏộổỗồốợởỡờớụủựửữừứỵỷỹỳ";

  private VietnameseLetters() {}

  /**
   * Whether a char is one of those letters.
   *
   * @param c a char of a text in lower case and NFC
   * @return whether only Vietnamese writes it
   */
  public static boolean contains(char c) {
    return LETTERS.indexOf(c) >= 0;
  }
}
