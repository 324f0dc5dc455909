package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.Source;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the user's path (languages detected, queries without a language), a source written in another
 * Unicode form than the query is found as if it were written alike: decomposed accents (files from
 * macOS), a ligature from a PDF, a narrow no-break space inside a term, typographic apostrophes, a
 * French elision in text that only the neutral field holds.
 */
class TextFormsSearchTest {
  private static Loci loci;

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @BeforeAll
  static void index() throws Exception {
    loci = Loci.inMemory();
    loci.index(
        List.of(
            Source.of(
                "es-nfd",
                "Nube",
                nfd(
                    "La compañía anunció una inversión de 26 millones de dólares en Colombia. La"
                        + " inversión llegará durante los próximos tres años, según la empresa.")),
            Source.of(
                "en-pdf",
                "Results",
                "The company reported record proﬁts this quarter. Its proﬁts rose on strong"
                    + " demand for cloud services from banks and retailers."),
            Source.of(
                "it-nnbsp",
                "Germania",
                "Alibaba ha inaugurato una server\u202Ffarm in Germania. L’agenzia Moody’s ha"
                    + " detto che la crescita del gruppo in Europa è stata forte quest’anno."),
            Source.of(
                "fr",
                "Ouverture",
                "L’ouverture du nouveau centre de calcul à Francfort coûtera des millions"
                    + " d’euros, selon l’entreprise, qui prévoit d’embaucher cent personnes.")));
  }

  @AfterAll
  static void close() throws Exception {
    loci.close();
  }

  private static List<String> sources(String query) throws Exception {
    return loci.search(query).hits().stream().map(Hit::sourceId).distinct().toList();
  }

  @Test
  void decomposedAccentsInTheSourceOrTheQueryMatch() throws Exception {
    assertTrue(sources("inversión").contains("es-nfd"), sources("inversión").toString());
    assertTrue(sources("investment").contains("es-nfd"), sources("investment").toString());
    assertTrue(sources(nfd("inversión")).contains("es-nfd"));
    assertEquals(sources("inversión"), sources(nfd("inversión")));
  }

  @Test
  void aLigatureMatchesItsLettersAndTranslations() throws Exception {
    assertTrue(sources("profits").contains("en-pdf"), sources("profits").toString());
    assertTrue(sources("beneficios").contains("en-pdf"), sources("beneficios").toString());
  }

  @Test
  void aNarrowNoBreakSpaceSeparatesTheWordsOfATerm() throws Exception {
    assertTrue(sources("server farm").contains("it-nnbsp"), sources("server farm").toString());
    assertTrue(sources("\"server farm\"").contains("it-nnbsp"));
    assertTrue(sources("server\u202Ffarm").contains("it-nnbsp"));
  }

  @Test
  void straightAndTypographicApostrophesMatchInAPhrase() throws Exception {
    assertTrue(sources("\"agenzia Moody's\"").contains("it-nnbsp"));
  }

  @Test
  void frenchElisionsAreRemovedInTheNeutralField() throws Exception {
    assertEquals(List.of("fr"), sources("ouverture"));
    assertEquals(List.of("fr"), sources("embaucher"));
  }
}
