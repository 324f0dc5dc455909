package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseScriptTest {
  @Test
  void twoWordsInLettersOnlyVietnameseWritesMakeATextVietnamese() {
    assertTrue(VietnameseScript.isVietnamese("Ai đã bị húc văng bóng?"));
    assertTrue(VietnameseScript.isVietnamese("Thành Cát Tư Hãn đã cướp phá Baghdad"));
    assertTrue(VietnameseScript.isVietnamese("ĐẦU TƯ"));
    String decomposed = Normalizer.normalize("trung tâm dữ liệu đã", Normalizer.Form.NFD);
    assertTrue(VietnameseScript.isVietnamese(decomposed));
  }

  @Test
  void otherLanguagesAndASingleVietnameseNameAreNot() {
    assertFalse(VietnameseScript.isVietnamese("¿En qué año se fundó la compañía?"));
    assertFalse(VietnameseScript.isVietnamese("Qual è la quota di mercato più alta?"));
    assertFalse(VietnameseScript.isVietnamese("Who founded Nguyễn's company?"));
    // Letters Vietnamese shares with Spanish and Italian (á, à, â, ê, ô) count for nothing.
    assertFalse(VietnameseScript.isVietnamese("tâm bóng thì là"));
    assertFalse(VietnameseScript.isVietnamese(""));
  }
}
