package io.github.loci.core.detect;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The letters that, among Loci's languages, only Vietnamese writes: ă, đ, ơ, ư, and a vowel with a
 * dot below, a hook above, or a quality mark and a tone mark together (ạ, ả, ậ, ữ, …), in lower
 * case and composed (NFC). A word with one of them is Vietnamese, never Spanish, Italian or
 * English.
 */
public final class VietnameseLetters {
  private static final String LETTERS = "ăđơưạảậẩẫầấặẳẵằắẹẻẽệểễềếịỉọỏộổỗồốợởỡờớụủựửữừứỵỷỹỳ";

  /**
   * Of those, the letters other Latin alphabets do not write either: ơ and ư with or without a tone
   * mark, a vowel with a hook above, and â, ê, ô or ă with a tone mark. Left out: ă (Romanian), đ
   * (Croatian), a lone dot below (Yoruba ẹ, ọ; Igbo ị, ụ), ẽ and ỹ (Guarani), ỳ (Welsh).
   */
  private static final String DISTINCT = "ơớờởỡợưứừửữựảẻỉỏủỷấầẩẫậếềểễệốồổỗộắằẳẵặ";

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

  /**
   * Counts the words of a text spelled with one of those letters, up to a limit.
   *
   * @param text the text, in any case and Unicode normalization form
   * @param atMost the count at which counting stops
   * @return the words with such a letter, at most {@code atMost}
   */
  public static int words(CharSequence text, int atMost) {
    return count(text, atMost, LETTERS);
  }

  /**
   * Counts the words of a text spelled with a letter that no other Latin alphabet writes either (ơ,
   * ư, ả, ậ, ể, ữ, …: a horn, a hook above, or a quality mark with a tone mark), up to a limit.
   *
   * @param text the text, in any case and Unicode normalization form
   * @param atMost the count at which counting stops
   * @return the words with such a letter, at most {@code atMost}
   */
  public static int distinctWords(CharSequence text, int atMost) {
    return count(text, atMost, DISTINCT);
  }

  private static int count(CharSequence text, int atMost, String letters) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    int words = 0;
    boolean inWord = false;
    boolean counted = false;
    for (int i = 0; i < nfc.length() && words < atMost; i++) {
      char c = nfc.charAt(i);
      if (!Character.isLetter(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (!counted && letters.indexOf(c) >= 0) {
        counted = true;
        words++;
      }
    }
    return words;
  }
}
