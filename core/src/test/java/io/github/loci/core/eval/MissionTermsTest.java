package io.github.loci.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.core.Loci;
import io.github.loci.core.Seeds;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mission topics' terms typed as free text in each language find, in the top 10, judged
 * evidence in each other language that has it (corpus/judgments/seed-topics.quotes.tsv); the
 * Vietnamese terms typed without diacritics too.
 */
class MissionTermsTest {
  /** Per topic, the words a user would type in en, es, it and vi. */
  static final Map<String, Map<String, String>> TERMS =
      Map.of(
          "data-centres",
          Map.of(
              "en", "data centres",
              "es", "centros de datos",
              "it", "data center",
              "vi", "trung tâm dữ liệu"),
          "investments",
          Map.of(
              "en", "investments",
              "es", "inversiones",
              "it", "investimenti",
              "vi", "đầu tư"),
          "market-share",
          Map.of(
              "en", "market share",
              "es", "cuota de mercado",
              "it", "quota di mercato",
              "vi", "thị phần"));

  /** Per topic, the Vietnamese words typed without diacritics, as on a keyboard without them. */
  static final Map<String, String> VI_WITHOUT_DIACRITICS =
      Map.of(
          "data-centres", "trung tam du lieu",
          "investments", "dau tu",
          "market-share", "thi phan");

  private static Loci loci;
  private static SpanJudgments judgments;
  private static Map<String, String> langOf;

  @BeforeAll
  static void setUp() throws Exception {
    loci = Loci.inMemory();
    loci.index(Seeds.all());
    judgments = SeedJudgmentsTest.read();
    langOf = new LinkedHashMap<>();
    loci.sources().forEach(s -> langOf.put(s.id(), s.lang()));
  }

  @AfterAll
  static void tearDown() throws Exception {
    loci.close();
  }

  @Test
  void testEachLanguagesTermsFindEvidenceInEveryOtherLanguage() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (var topic : TERMS.entrySet()) {
      List<EvidenceSpan> evidence = judgments.forQuery(topic.getKey());
      Set<String> withEvidence =
          evidence.stream()
              .filter(e -> e.grade() >= 2)
              .map(e -> langOf.get(e.sourceId()))
              .collect(Collectors.toSet());
      List<Map.Entry<String, String>> typedForms = new ArrayList<>(topic.getValue().entrySet());
      typedForms.add(Map.entry("vi", VI_WITHOUT_DIACRITICS.get(topic.getKey())));
      for (var typed : typedForms) {
        // Typed as free text, its language not declared: the lexicon tells it.
        List<Hit> hits =
            loci.search(SearchRequest.builder().query(typed.getValue()).limit(10).build()).hits();
        for (String lang : withEvidence) {
          if (lang.equals(typed.getKey())) {
            continue;
          }
          checked++;
          boolean found =
              hits.stream()
                  .filter(h -> h.lang().equals(lang))
                  .map(RetrievedPassage::of)
                  .anyMatch(p -> evidence.stream().anyMatch(e -> e.coveredBy(p)));
          if (!found) {
            missing.add(
                "«" + typed.getValue() + "» (" + typed.getKey() + "): no " + lang + " evidence");
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(true, checked >= 25, "checked " + checked);
  }

  /** The passages of the top {@code n} that contain a text, as their source ids and ordinals. */
  private static List<String> containing(String query, int n, String text) throws Exception {
    return loci.search(SearchRequest.builder().query(query).limit(n).build()).hits().stream()
        .filter(h -> h.text().contains(text))
        .map(Hit::passageId)
        .toList();
  }

  @Test
  void testTheCloudProvidersAcronymFindsItsNameSpelledOut() throws Exception {
    // Only the Spanish seeds spell out "Amazon Web Services"; the English one writes "AWS".
    assertEquals(
        true, containing("AWS", 10, "Amazon Web Services").size() >= 2, "AWS misses the name");
    assertEquals(
        true,
        containing("Amazon Web Services", 10, "AWS").size() >= 1,
        "Amazon Web Services misses AWS");
    // Typed as a term of all four languages, the name's own words still count in Spanish: the
    // passages that name it come first (the Vietnamese seed writes "Amazon Web Service").
    List<String> top3 = containing("Amazon Web Services", 3, "Amazon Web Service");
    assertEquals(3, top3.size(), "top 3: " + top3);
  }

  @Test
  void testAFunctionWordInANameDoesNotMakeTheQueryItsLanguage() throws Exception {
    // "Ma" is Italian for "but": "ceo Jack Ma" was searched as Italian, which dropped "Ma".
    Hit first =
        loci.search(SearchRequest.builder().query("ceo Jack Ma").limit(1).build()).hits().get(0);
    assertEquals(
        true,
        first.matches().stream()
            .anyMatch(m -> first.text().substring(m.start(), m.end()).contains("Ma")),
        first.toString());
  }
}
