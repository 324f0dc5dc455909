package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class NeutralFormsTest {
  private static final Analysis ANALYSIS = new Analysis();

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  private static List<String> forms(String term, Language language) {
    return NeutralForms.of(
        term,
        language,
        Fields.textField(language),
        (field, text) -> Analysis.tokens(ANALYSIS.queryAnalyzer(field), field, text));
  }

  @Test
  void testFormsTheLanguageFieldMatchesAlike() {
    assertEquals("data centre", forms("data centre", Language.EN).get(0));
    assertTrue(forms("data centre", Language.EN).contains("data centres"));
    assertTrue(forms("centro de datos", Language.ES).contains("centros de datos"));
    assertTrue(forms("data center", Language.IT).contains("data center"));
    assertEquals(List.of("trung tâm dữ liệu"), forms("trung tâm dữ liệu", Language.VI));
  }

  @Test
  void testEveryFormAnalyzesAsTheTermInItsField() {
    for (Language language : Language.values()) {
      String field = Fields.textField(language);
      for (String term : List.of("data centre", "investment", "cuota de mercado", "crescita")) {
        List<String> expected = terms(field, term);
        for (String form : forms(term, language)) {
          assertEquals(expected, terms(field, form), language + ": " + form);
        }
        assertTrue(forms(term, language).size() <= NeutralForms.MAX_FORMS);
      }
    }
  }

  private static List<String> terms(String field, String text) {
    return Analysis.tokens(ANALYSIS.queryAnalyzer(field), field, text).stream()
        .map(Analysis.Token::term)
        .toList();
  }
}
