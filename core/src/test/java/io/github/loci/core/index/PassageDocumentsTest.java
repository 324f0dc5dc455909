package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.Seeds;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountExtractor;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.segment.Passage;
import io.github.loci.core.segment.Segmenter;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class PassageDocumentsTest {
  private static PassageDocuments.SourceMeta meta(Source s, String lang) {
    return new PassageDocuments.SourceMeta(
        s.id(),
        s.title(),
        Optional.empty(),
        Optional.empty(),
        new io.github.loci.core.detect.DetectedLanguage(lang, 1),
        List.of(),
        true,
        "h",
        s.text());
  }

  /**
   * Amounts are extracted once from a source's whole text and handed to the passages that hold
   * them: each passage gets exactly what extracting from the passage alone finds.
   */
  @Test
  void testAmountsOfTheWholeTextEqualAmountsOfEachPassage() {
    int checked = 0;
    for (Source seed : Seeds.all()) {
      for (Language language :
          new Language[] {null, Language.ES, Language.IT, Language.EN, Language.VI}) {
        List<Passage> passages =
            Segmenter.defaults()
                .passages(
                    seed.id(),
                    seed.text(),
                    language == null ? java.util.Locale.ROOT : language.locale());
        List<Amount> whole = AmountExtractor.extract(seed.text(), language);
        List<Document> docs =
            PassageDocuments.build(
                meta(seed, language == null ? "und" : language.code()), passages, whole);
        for (int i = 0; i < passages.size(); i++) {
          List<Amount> expected = AmountExtractor.extract(passages.get(i).text(), language);
          List<Amount> actual = PassageDocuments.decode(docs.get(i).get(Fields.AMOUNTS));
          assertEquals(expected, actual, seed.id() + "#" + i + " " + language);
          checked += expected.size();
        }
      }
    }
    assertTrue(checked > 50, "the seeds state amounts: " + checked);
  }

  @Test
  void testSourceDocumentStoresTheTextLength() {
    Source s = Source.of("x", "X", "Una frase. Otra frase.");
    List<Document> docs =
        PassageDocuments.build(
            meta(s, "es"),
            Segmenter.defaults().passages("x", s.text(), Language.ES.locale()),
            List.of());
    Document source = docs.get(docs.size() - 1);
    assertEquals(s.text().length(), source.getField(Fields.SOURCE_CHARS).numericValue().intValue());
  }
}
