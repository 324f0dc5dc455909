package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountExtractor;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.amount.Qualifier;
import io.github.loci.core.cite.Citations;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.lexicon.Lexicon;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Amounts are extracted at index time, listed in hits, and filter, sort and rank passages. */
class AmountSearchTest {
  private static Loci loci;

  private static Source source(String id, String lang, String text) {
    return new Source(id, id, Optional.empty(), Optional.empty(), Optional.of(lang), text);
  }

  @BeforeAll
  static void index() throws Exception {
    Topics topics =
        Topics.parse(
            "t.json",
            "{\"topics\":[{\"id\":\"funding\",\"label\":\"Funding\",\"concepts\":{\"invest\":1},"
                + "\"prefers\":[\"money\"]},"
                + "{\"id\":\"plain\",\"label\":\"Plain\",\"concepts\":{\"invest\":1}}]}");
    loci = Loci.builder().lexicon(Lexicon.builtIn()).topics(topics).build();
    loci.index(
        List.of(
            source("es-big", "es", "La empresa anunció una inversión de US$38.400 millones."),
            source("vi-mid", "vi", "Công ty đầu tư 3,53 tỷ USD vào khu vực."),
            source("en-none", "en", "The company will invest in new regions."),
            source("it-pct", "it", "Gli investimenti sono cresciuti del 115% rispetto al 2019."),
            source("en-small", "en", "It announced a $15 million investment in Colombia.")));
  }

  @AfterAll
  static void close() throws Exception {
    loci.close();
  }

  private static List<String> ids(SearchRequest request) throws Exception {
    return loci.search(request).hits().stream().map(Hit::sourceId).toList();
  }

  @Test
  void testASumOfMoneyInTheQueryFindsThePassagesStatingItInAnyLanguageOrScale() throws Exception {
    // "$38.4 billion" shares no word with "US$38.400 millones"; "3.53 billion dollars" none with
    // "3,53 tỷ USD". A sum without a currency is not read as money, and finds no sum.
    assertEquals("es-big", ids(SearchRequest.of("$38.4 billion")).get(0));
    // The citation marks the amount the query states, as the query wrote it: its clause matches a
    // value, which Lucene's Matches API places nowhere.
    Hit big = loci.search(SearchRequest.of("$38.4 billion")).hits().get(0);
    MatchSpan amount =
        big.matches().stream()
            .filter(m -> m.terms().contains("$38.4 billion"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(big.matches().toString()));
    assertEquals("US$38.400 millones", big.text().substring(amount.start(), amount.end()));
    assertEquals("vi-mid", ids(SearchRequest.of("3.53 billion dollars")).get(0));
    assertTrue(!ids(SearchRequest.of("38.4 billion")).contains("es-big"));
    // Within half a percent only: $38 billion is another sum.
    assertTrue(!ids(SearchRequest.of("$38 billion")).contains("es-big"));
  }

  @Test
  void testThePassageStatingATypedSumRanksBeforeOnesThatOnlyShareItsWords() throws Exception {
    // On the seeds, at a concept term's weight, "10.000 millones de dólares" ranked sixth for "$10
    // billion", below "a billion dollar" and "durante 10 años" (a helper's probe).
    try (Loci seeds = Loci.inMemory()) {
      seeds.index(io.github.loci.core.Seeds.all());
      for (String query : List.of("$10 billion", "$38.4 billion", "$1.5 billion")) {
        double value = AmountExtractor.extract(query, null).get(0).value();
        List<Hit> hits = seeds.search(SearchRequest.of(query)).hits();
        int first = -1;
        for (int i = 0; i < hits.size() && first < 0; i++) {
          if (hits.get(i).amounts().stream().anyMatch(a -> a.value() == value)) {
            first = i;
          }
        }
        assertEquals(0, first, query + ": " + hits.get(0).sourceId() + " ranks first");
      }
    }
  }

  @Test
  void testAPercentageInTheQueryFindsThePassagesStatingIt() throws Exception {
    // "8%" was searched as the number 8: the short passage counting eight data centres came first.
    try (Loci one = Loci.inMemory()) {
      one.index(
          List.of(
              source("es-count", "es", "Tiene 8 centros."),
              source(
                  "es-pct",
                  "es",
                  "Según los analistas, su cuota del mercado de la nube en la región de Asia y el"
                      + " Pacífico es cercana al 8% este año.")));
      // Words the index never holds leave the amount its part alone: it still ranks first.
      for (String query : List.of("8%", "8 percent", "8 per cent", "inflation 8%")) {
        List<Hit> hits = one.search(SearchRequest.of(query)).hits();
        assertEquals("es-pct", hits.get(0).sourceId(), query);
      }
    }
    // With words besides the amount, the amount counts in a passage that matches them too: one
    // that only states it answers nothing asked (it ranked first for "cloud revenue 8%").
    try (Loci one = Loci.inMemory()) {
      one.index(
          List.of(
              source("en-cloud", "en", "Alibaba Cloud revenue grew strongly this year."),
              source("en-inflation", "en", "Inflation in Argentina reached 8% in March.")));
      List<String> ids =
          one.search(SearchRequest.of("cloud revenue 8%")).hits().stream()
              .map(Hit::sourceId)
              .toList();
      assertEquals(List.of("en-cloud", "en-inflation"), ids);
    }
  }

  @Test
  void testAnAmountWhereAnOverlongSentenceWouldBeCutStaysInOnePassage() throws Exception {
    // One line of about 2,000 chars without a full stop: it is cut near its 1,000th char, where
    // the amount lies ("38.400 millones de" | "dólares"), and the amount was in neither piece.
    StringBuilder text = new StringBuilder();
    while (text.length() < 977) {
      text.append("la empresa abrió nuevas oficinas en la región ");
    }
    text.setLength(977);
    text.append("38.400 millones de dólares");
    while (text.length() < 2_100) {
      text.append(" y la empresa abrió nuevas oficinas en la región");
    }
    try (Loci one = Loci.inMemory()) {
      one.index(List.of(source("long", "es", text.toString())));
      List<Hit> hits =
          one.search(SearchRequest.builder().query("oficinas").minAmount(1e9).build()).hits();
      assertEquals(1, hits.size(), hits.toString());
      assertEquals(38.4e9, hits.get(0).amounts().get(0).value(), 1e3);
      assertTrue(hits.get(0).text().contains("38.400 millones de dólares"));
    }
  }

  @Test
  void testHitsListTheirAmountsNormalized() throws Exception {
    Hit es =
        loci.search(SearchRequest.builder().query("inversión").sources(Set.of("es-big")).build())
            .hits()
            .get(0);
    assertEquals(1, es.amounts().size());
    Amount a = es.amounts().get(0);
    assertEquals(AmountKind.MONEY, a.kind());
    assertEquals(38.4e9, a.value(), 1);
    assertEquals(Optional.of("USD"), a.currency());
    assertEquals(Qualifier.EXACT, a.qualifier());
    assertEquals("US$38.400 millones", a.text(es.text()));
    assertTrue(
        Citations.reference(es).endsWith("amounts: 38.4e9 USD “US$38.400 millones”"),
        Citations.reference(es));
  }

  @Test
  void testAnAmountAcrossAWrappedLineIsQuotedOnOneLine() throws Exception {
    try (Loci wrapped = Loci.inMemory()) {
      wrapped.index(
          List.of(
              source("en-wrapped", "en", "Alibaba invested 300\nmillion dollars in Europe."),
              source("en-ls", "en", "Microsoft invested 200\u2028million dollars in Asia.")));
      Hit hit = wrapped.search("Alibaba").hits().get(0);
      assertEquals("300\nmillion dollars", hit.amounts().get(0).text(hit.text()));
      assertTrue(
          Citations.reference(hit).endsWith("amounts: 300e6 USD “300 million dollars”"),
          Citations.reference(hit));
      Hit separator = wrapped.search("Microsoft").hits().get(0);
      assertTrue(
          Citations.reference(separator).endsWith("amounts: 200e6 USD “200 million dollars”"),
          Citations.reference(separator));
    }
  }

  @Test
  void testMinimumAmountAndKindFilter() throws Exception {
    assertEquals(
        Set.of("es-big", "vi-mid"),
        Set.copyOf(ids(SearchRequest.builder().query("investment").minAmount(1e9).build())));
    assertEquals(
        List.of("it-pct"),
        ids(
            SearchRequest.builder()
                .query("investment")
                .withAmounts(Set.of(AmountKind.PERCENT))
                .build()));
  }

  @Test
  void testOrderByAmountPutsTheLargestSumFirstAndPassagesWithoutOneLast() throws Exception {
    List<String> order =
        ids(SearchRequest.builder().query("investment").order(SearchRequest.Order.AMOUNT).build());
    assertEquals(List.of("es-big", "vi-mid", "en-small"), order.subList(0, 3));
    assertEquals(Set.of("en-none", "it-pct"), Set.copyOf(order.subList(3, 5)));
  }

  @Test
  void testATopicThatPrefersMoneyRanksPassagesWithMoneyHigherWithoutFilteringTheOthers()
      throws Exception {
    Map<String, Float> plain = scores("plain");
    Map<String, Float> funding = scores("funding");
    assertEquals(plain.keySet(), funding.keySet(), "a preference is not a filter");
    assertEquals(plain.get("en-none"), funding.get("en-none"), 1e-5);
    assertEquals(plain.get("it-pct"), funding.get("it-pct"), 1e-5);
    assertTrue(funding.get("en-small") > plain.get("en-small") + 0.1f, funding + " " + plain);
  }

  private static Map<String, Float> scores(String topic) throws Exception {
    Map<String, Float> scores = new java.util.TreeMap<>();
    loci.search(SearchRequest.builder().topic(topic).build())
        .hits()
        .forEach(h -> scores.put(h.sourceId(), h.score()));
    return scores;
  }
}
