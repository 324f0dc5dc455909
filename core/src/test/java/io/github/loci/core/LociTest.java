package io.github.loci.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.index.IncompatibleIndexException;
import io.github.loci.core.index.IndexListener;
import io.github.loci.core.index.IndexLockedException;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.index.SourceInfo;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.MatchSpan;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LociTest {
  private static Loci seeds;

  @TempDir Path dir;

  @BeforeAll
  static void indexSeeds() throws Exception {
    seeds = Loci.inMemory();
    IndexReport report = seeds.index(Seeds.all());
    assertEquals(5, report.count(IndexReport.Status.ADDED), report.toString());
  }

  @AfterAll
  static void close() throws Exception {
    seeds.close();
  }

  private static List<Hit> top(String query, int k) throws Exception {
    return seeds.search(SearchRequest.builder().query(query).limit(k).build()).hits();
  }

  private static void assertFound(List<Hit> hits, String seedPrefix, String quote) {
    assertTrue(
        hits.stream()
            .anyMatch(h -> h.sourceId().startsWith(seedPrefix) && h.text().contains(quote)),
        () -> "no hit of " + seedPrefix + " contains «" + quote + "» in " + describe(hits));
  }

  private static String describe(List<Hit> hits) {
    StringBuilder out = new StringBuilder();
    for (Hit h : hits) {
      out.append("\n  ")
          .append(h.rank())
          .append(' ')
          .append(h.passageId())
          .append(' ')
          .append(h.score())
          .append(' ')
          .append(h.text(), 0, Math.min(90, h.text().length()));
    }
    return out.toString();
  }

  @Test
  void testSeedLanguagesAreDetected() throws Exception {
    Map<String, String> langs = new java.util.TreeMap<>();
    seeds.sources().forEach(s -> langs.put(s.id().substring(0, 3), s.lang()));
    assertEquals(Map.of("000", "es", "001", "es", "002", "it", "003", "en", "004", "vi"), langs);
    assertTrue(seeds.sources().stream().allMatch(SourceInfo::detected));
  }

  @Test
  void testDataCentresFindsEvidenceInThreeLanguagesInTopFive() throws Exception {
    List<Hit> hits = top("data centres", 5);
    assertFound(hits, "003", "Of its 16 operational data centers");
    assertFound(hits, "004", "14 trung tâm dữ liệu");
    assertFound(hits, "002", "ha scelto la Germania per la sua nuova server farm");
  }

  @Test
  void testInvestmentsFindsEvidenceInTopTen() throws Exception {
    List<Hit> hits = top("investments", 10);
    assertFound(hits, "001", "inversión de 26 millones");
    assertFound(hits, "003", "$15 billion investment");
    assertFound(hits, "004", "vốn đầu tư hàng tỉ USD");
  }

  @Test
  void testMarketShareFindsEvidenceInTopTen() throws Exception {
    List<Hit> hits = top("market share", 10);
    assertFound(hits, "004", "thị phần hơn 40%");
    assertFound(hits, "002", "più del 50% del mercato del cloud");
    assertFound(hits, "001", "lidera el mercado en la nube");
  }

  @Test
  void testFreeTextInOneLanguageIsTranslatedThroughTheLexicon() throws Exception {
    SearchResult spanish = seeds.search("nuevos centros de datos de Alibaba");
    assertEquals(List.of(), spanish.topics());
    assertEquals(List.of("data-centre"), spanish.expansions().get(0).concepts());
    assertEquals("es", spanish.expansions().get(0).language());
    assertFound(spanish.hits(), "004", "14 trung tâm dữ liệu");
    assertFound(spanish.hits(), "003", "16 operational data centers");
    assertFound(spanish.hits(), "002", "server farm in Germania");
  }

  @Test
  void testTextThatIsOnlyATopicNameSearchesTheTopic() throws Exception {
    assertEquals(List.of("market-share"), seeds.search("thị phần").topics());
    assertEquals(List.of("market-share"), seeds.search("market share").topics());
    assertEquals(List.of("data-centres"), seeds.search("centros de datos").topics());
    assertEquals(
        List.of("investments", "market-share"),
        seeds.search("investments and market share").topics());
    // With other words it is text: "market share" is one concept among them.
    SearchResult text = seeds.search("Alibaba market share in China");
    assertEquals(List.of(), text.topics());
    assertEquals(List.of("market-share"), text.expansions().get(0).concepts());
    SearchResult byId = seeds.search(SearchRequest.builder().topic("investments").build());
    assertFound(byId.hits(), "001", "inversión de 26 millones");
    // Many topics at once stay within Lucene's clause limit (a concept is one clause).
    assertEquals(
        4,
        seeds
            .search("investments market share revenue and growth profit and loss")
            .topics()
            .size());
    // Words as typed name no topic.
    assertEquals(
        List.of(),
        seeds
            .search(SearchRequest.builder().query("market share").translate(false).build())
            .topics());
  }

  @Test
  void testSourcesOfAnotherAnalysisAreCountedAndNotedUntilIndexedAgain(@TempDir Path dir)
      throws Exception {
    List<Source> sources =
        List.of(
            Source.of("es", "Nube", "Alibaba abrió un centro de datos en Colombia este año."),
            Source.of("en", "Cloud", "Amazon opened a data centre in Ireland this year."));
    try (Loci other =
        Loci.builder()
            .directory(dir)
            .analyzers(io.github.loci.core.analyze.Analysis.Profile.LUCENE_STANDARD)
            .build()) {
      other.index(sources);
      assertEquals(0, other.sourcesOfAnotherAnalysis());
    }
    try (Loci loci = Loci.open(dir)) {
      assertEquals(2, loci.sourcesOfAnotherAnalysis());
      SearchResult stale = loci.search("centros de datos");
      assertTrue(
          stale.notes().stream()
              .anyMatch(
                  n -> n.startsWith("2 sources of this index were indexed by another analysis")),
          stale.notes().toString());
      IndexReport again = loci.index(sources);
      assertEquals(2, again.replaced());
      assertEquals(0, loci.sourcesOfAnotherAnalysis());
      SearchResult fresh = loci.search("centros de datos");
      assertTrue(fresh.notes().isEmpty(), fresh.notes().toString());
      assertEquals(2, fresh.hits().size());
    }
  }

  @Test
  void testAQueryRepeatingALexiconWordStaysWithinLucenesClauseLimit() throws Exception {
    // Each "data" named the concept once more: 1,019 groups passed Lucene's 1,024 clauses.
    SearchResult many = seeds.search("data ".repeat(1_500) + "centres");
    assertFalse(many.hits().isEmpty());
    // Named twice, a concept is one group boosted twice: the scores of two groups.
    List<Float> twice =
        seeds.search("nube nube").hits().stream().map(h -> (float) h.score()).toList();
    List<Float> once = seeds.search("nube").hits().stream().map(h -> (float) h.score()).toList();
    assertEquals(once.size(), twice.size());
    assertTrue(twice.get(0) > once.get(0), twice + " " + once);
  }

  @Test
  void testBm25ParametersOutOfRangeAreRefusedByTheBuilder() {
    for (float[] kb :
        new float[][] {{Float.POSITIVE_INFINITY, 0.5f}, {Float.NaN, 0.5f}, {-1f, 0.5f}, {1f, 2f}}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Loci.builder().bm25(kb[0], kb[1]));
      assertTrue(e.getMessage().contains("BM25 needs"), e.getMessage());
    }
  }

  @Test
  void testThreadsOutOfRangeAreRefusedByTheBuilder() {
    // 2^30 threads overflowed the workers' slots (2 per thread): indexing waited for ever.
    for (int threads : new int[] {0, -1, Loci.MAX_THREADS + 1, 1 << 30}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Loci.builder().threads(threads));
      assertTrue(e.getMessage().contains("from 1 to 256"), e.getMessage());
    }
    Loci.builder().threads(Loci.MAX_THREADS);
  }

  @Test
  void testAQueryLanguageLociDoesNotAnalyzeIsABadRequest() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> seeds.search(SearchRequest.builder().query("cloud").queryLanguage("fr").build()));
    assertTrue(e.getMessage().contains("'fr'"), e.getMessage());
  }

  @Test
  void testUnknownTopicIsAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> seeds.search(SearchRequest.builder().topic("nope").build()));
  }

  @Test
  void testCitationSpansRoundTripAndMatchesAreInsideThePassage() throws Exception {
    for (String query : List.of("data centres", "Alibaba Amazon", "\"Simon Hu\"", "38.400")) {
      List<Hit> hits = top(query, 20);
      assertFalse(hits.isEmpty(), query);
      for (Hit hit : hits) {
        String source = seeds.sourceText(hit.sourceId()).orElseThrow();
        assertEquals(hit.text(), source.substring(hit.start(), hit.end()));
        assertFalse(hit.matches().isEmpty(), "every hit says what matched: " + hit.passageId());
        int previous = 0;
        for (MatchSpan m : hit.matches()) {
          assertTrue(m.start() >= previous && m.end() <= hit.text().length());
          previous = m.end();
        }
      }
    }
  }

  @Test
  void testPhraseMatchSpanCoversThePhrase() throws Exception {
    Hit hit = top("\"trung tâm dữ liệu\"", 1).get(0);
    MatchSpan span = hit.matches().get(0);
    assertEquals("trung tâm dữ liệu", hit.text().substring(span.start(), span.end()));
  }

  @Test
  void testNamesAndNumbersMatchAcrossLanguages() throws Exception {
    List<Hit> hits = top("Simon Hu", 10);
    Set<String> langs = new java.util.HashSet<>();
    hits.forEach(h -> langs.add(h.lang()));
    assertTrue(langs.containsAll(Set.of("es", "en", "vi")), describe(hits));
  }

  @Test
  void testFurnitureNeverOutranksContent() throws Exception {
    List<Hit> hits = top("share this reply photo", 30);
    boolean seenFurniture = false;
    for (Hit hit : hits) {
      if (hit.furniture()) {
        seenFurniture = true;
      } else {
        assertFalse(seenFurniture, "content after furniture: " + describe(hits));
      }
    }
    assertTrue(seenFurniture, "the query does match the furniture");
    assertFalse(hits.get(0).furniture());
  }

  @Test
  void testOverlappingPassagesOfOneSourceDoNotRepeatEvidence() throws Exception {
    for (String query : List.of("Alibaba", "Amazon nube cloud", "data centres")) {
      List<Hit> hits = top(query, 200);
      for (int i = 0; i < hits.size(); i++) {
        Hit hit = hits.get(i);
        List<Hit> better =
            hits.subList(0, i).stream().filter(h -> h.sourceId().equals(hit.sourceId())).toList();
        boolean addsEvidence =
            hit.matches().stream()
                .anyMatch(
                    m ->
                        better.stream()
                            .noneMatch(
                                b ->
                                    b.start() <= hit.start() + m.start()
                                        && hit.start() + m.end() <= b.end()));
        assertTrue(addsEvidence, hit.passageId() + " only repeats evidence already listed");
      }
      assertTrue(
          hits.stream().map(Hit::passageId).distinct().count() == hits.size(), "no passage twice");
    }
    long alibabaPassages =
        seeds.search(SearchRequest.builder().query("Alibaba").limit(500).build()).totalMatches();
    assertTrue(top("Alibaba", 500).size() < alibabaPassages, "overlapping passages were merged");
  }

  @Test
  void testPagingIsConsistentAndRankingDeterministic() throws Exception {
    List<Hit> all = top("Alibaba Cloud", 12);
    SearchResult page2 =
        seeds.search(SearchRequest.builder().query("Alibaba Cloud").limit(4).offset(4).build());
    assertEquals(
        all.subList(4, 8).stream().map(Hit::passageId).toList(),
        page2.hits().stream().map(Hit::passageId).toList());
    assertEquals(5, page2.hits().get(0).rank());
    assertEquals(all, top("Alibaba Cloud", 12));
    for (int i = 1; i < all.size(); i++) {
      Hit a = all.get(i - 1);
      Hit b = all.get(i);
      if (a.score() == b.score() && a.furniture() == b.furniture()) {
        int bySource = a.sourceId().compareTo(b.sourceId());
        assertTrue(bySource < 0 || (bySource == 0 && a.ordinal() < b.ordinal()), "tie order");
      }
    }
  }

  @Test
  void testFiltersByLanguageAndSource() throws Exception {
    SearchResult italian =
        seeds.search(
            SearchRequest.builder().query("Alibaba").languages(Set.of("it")).limit(50).build());
    assertFalse(italian.hits().isEmpty());
    assertTrue(italian.hits().stream().allMatch(h -> h.lang().equals("it")));
    String id = Seeds.seed(3).id();
    SearchResult one =
        seeds.search(
            SearchRequest.builder().query("Alibaba").sources(Set.of(id)).limit(50).build());
    assertTrue(one.hits().stream().allMatch(h -> h.sourceId().equals(id)));
  }

  @Test
  void testQueryOfOnlyStopwordsFindsNothing() throws Exception {
    assertTrue(seeds.search("the of de la").hits().isEmpty());
  }

  @Test
  void testChangedSourceReplacesItsPassagesAndUnchangedIsNoOp() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      Source v1 =
          Source.of("doc", "Doc", "Alibaba abrió un centro de datos en Colombia. Es grande.")
              .withLanguage("es");
      assertEquals(IndexReport.Status.ADDED, onlyStatus(loci.index(List.of(v1))));
      assertEquals(IndexReport.Status.UNCHANGED, onlyStatus(loci.index(List.of(v1))));
      Source v2 = Source.of("doc", "Doc", "Alibaba cerró su oficina en Bogotá.").withLanguage("es");
      assertEquals(IndexReport.Status.REPLACED, onlyStatus(loci.index(List.of(v2))));
      assertTrue(loci.search("Colombia").hits().isEmpty());
      assertEquals(1, loci.search("Bogotá").hits().size());
      assertEquals(1, loci.sources().size());
      assertEquals(1, loci.sources().get(0).passages());
    }
  }

  /** A source whose id and declared language are {@code lang}. */
  private static Source declared(String lang, String text) {
    return Source.of(lang, lang, text).withLanguage(lang);
  }

  @Test
  void testBuiltInTermsDoNotShrinkToACommonWord() throws Exception {
    // Terms the query analyzers reduced to one everyday word: vi "anh" (he, brother) for the
    // United Kingdom, it "in rosso" (red) for a loss, es "europa del este" (Europe) for Eastern
    // Europe.
    try (Loci loci = Loci.inMemory()) {
      loci.index(
          List.of(
              declared("vi", "Anh ấy nói rằng công ty sẽ mở rộng."),
              declared("it", "Il logo della società è rosso e blu."),
              declared("es", "La empresa vende en toda Europa.")));
      for (String query : List.of("United Kingdom", "UK", "net loss", "Eastern Europe")) {
        assertEquals(List.of(), loci.search(query).hits(), query);
      }
      assertFalse(loci.search("Europe").hits().isEmpty());
    }
  }

  @Test
  void testAPossessiveFindsWhatTheNameFinds() throws Exception {
    // "amazon's" was searched whole in the es, it, vi and neutral fields, which hold "amazon" for
    // Amazon, and "mcdonald's" for McDonald's: both forms are searched there now.
    try (Loci loci = Loci.inMemory()) {
      loci.index(
          List.of(
              declared("es", "McDonald's abre un restaurante en Madrid."),
              declared("it", "Amazon apre un nuovo centro a Milano."),
              declared("en", "Amazon's cloud grew again this year.")));
      for (String amazon : List.of("Amazon", "Amazon's", "AMAZON’S")) {
        assertEquals(
            Set.of("it", "en"),
            loci.search(amazon).hits().stream().map(Hit::sourceId).collect(Collectors.toSet()),
            amazon);
      }
      assertEquals(
          List.of("es"), loci.search("McDonald's").hits().stream().map(Hit::sourceId).toList());
    }
    // A contraction's function word ("that" of "that's") is no more searched than "that" is.
    try (Loci loci = Loci.inMemory()) {
      loci.index(List.of(declared("en", "That is what the board said.")));
      for (String query : List.of("that zyxwv", "that's zyxwv", "it's zyxwv")) {
        assertEquals(List.of(), loci.search(query).hits(), query);
      }
    }
  }

  @Test
  void testAPhraseRepeatedSearchesAsOnce() throws Exception {
    List<Hit> once = seeds.search("\"data centre\"").hits();
    // 180 copies once passed Lucene's clause limit, and the query was cut to the word "data".
    List<Hit> repeated = seeds.search("\"data centre\" ".repeat(180)).hits();
    assertFalse(once.isEmpty());
    assertEquals(
        once.stream().map(h -> h.passageId() + " " + h.score()).toList(),
        repeated.stream().map(h -> h.passageId() + " " + h.score()).toList());
  }

  @Test
  void testAnIdWithAnUnpairedSurrogateNamesNoSource() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      loci.index(List.of(Source.of("doc\uFFFD", "Doc", "Alibaba opened a data centre.")));
      // As UTF-8 each of these is "doc\uFFFD": another id than the one indexed.
      assertEquals(Optional.empty(), loci.sourceText("doc\uD800"));
      assertFalse(loci.delete("doc\uDC00"));
      assertEquals(1, loci.sourceCount());
      assertTrue(loci.sourceText("doc\uFFFD").isPresent());
    }
  }

  @Test
  void testWordsAtSentencesGluedTogetherAreFound() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      String text =
          "Alibaba opened a new data centre in Frankfurt.The company invested heavily in the"
              + " project.Analysts were surprised.";
      loci.index(List.of(Source.of("glued", "Glued", text)));
      for (String word : List.of("Frankfurt", "project", "Analysts")) {
        List<Hit> hits = loci.search(word).hits();
        assertFalse(hits.isEmpty(), word);
        Hit hit = hits.get(0);
        MatchSpan span = hit.matches().get(0);
        assertEquals(word, hit.text().substring(span.start(), span.end()));
      }
    }
  }

  @Test
  void testSoftHyphenatedWordsAreFoundInEveryField() throws Exception {
    // Web pages hyphenate long words for line breaks with U+00AD, which is not shown: each such
    // word must be found as the word, in the language's field (stems, concepts) as in the neutral.
    String[][] cases = {
      {"en", "Alibaba opened a new data cen\u00ADtre in Frankfurt.", "data-centres", "centres"},
      {"es", "Alibaba abrió un nuevo centro de da\u00ADtos en Fráncfort.", "data-centres", "dato"},
      {
        "it",
        "Alibaba ha aperto un nuovo cen\u00ADtro dati a Francoforte.",
        "data-centres",
        "centri"
      },
      {"en", "The company in\u00ADvested heavily in the project.", "investments", "investing"}
    };
    for (String[] c : cases) {
      try (Loci loci = Loci.inMemory()) {
        loci.index(List.of(Source.of("shy", "Shy", c[1]).withLanguage(c[0])));
        SearchResult topic = loci.search(SearchRequest.builder().topic(c[2]).build());
        assertFalse(topic.hits().isEmpty(), c[1] + " by topic " + c[2]);
        SearchResult declared =
            loci.search(SearchRequest.builder().query(c[3]).queryLanguage(c[0]).build());
        assertFalse(declared.hits().isEmpty(), c[1] + " by the " + c[0] + " word " + c[3]);
        MatchSpan span = declared.hits().get(0).matches().get(0);
        assertTrue(
            declared.hits().get(0).text().substring(span.start(), span.end()).contains("\u00AD"),
            "the span covers the word as written");
      }
    }
  }

  @Test
  void testOneFailingSourceDoesNotStopTheOthers() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      Source ok = Source.of("ok", "Ok", "A good English sentence about clouds.").withLanguage("en");
      IndexReport report = loci.index(List.of(ok, ok));
      assertEquals(1, report.sources());
      assertEquals(1, report.skipped().size());
      assertTrue(report.skipped().get(0).getMessage().contains("twice"));
    }
  }

  @Test
  void testOtherLanguagesAreKeptAndSearchableThroughTheNeutralField() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      String german =
          "Alibaba eröffnet ein neues Rechenzentrum in Frankfurt. Die Investition soll das"
              + " Cloud-Geschäft in Europa stärken und neue Kunden gewinnen.";
      loci.index(List.of(Source.of("de1", "Rechenzentrum", german)));
      assertEquals("de", loci.sources().get(0).lang());
      Hit hit = loci.search("Rechenzentrum Frankfurt").hits().get(0);
      assertEquals("de", hit.lang());
      assertEquals(2, hit.matches().size());
    }
  }

  @Test
  void testDeleteAndSyncRemoveSources() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "First English source about data centers.");
    Files.writeString(corpus.resolve("b.txt"), "Second English source about investments.");
    Path index = dir.resolve("index");
    try (Loci loci = Loci.open(index)) {
      loci.index(SourceReader.read(corpus));
      assertEquals(2, loci.sources().size());
      Files.delete(corpus.resolve("b.txt"));
      assertEquals(List.of("b"), loci.removeMissingFiles(List.of(corpus)));
      assertEquals(List.of("a"), loci.sources().stream().map(SourceInfo::id).toList());
      assertTrue(loci.delete("a"));
      assertFalse(loci.delete("a"));
      assertTrue(loci.sources().isEmpty());
    }
  }

  @Test
  void testSyncKeepsWhatCannotBeCheckedAndRemovesTheRecordsOfADeletedFile() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "First English source here.");
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("sub/b.txt"), "Second English source about investments.");
    Files.writeString(
        corpus.resolve("recs.jsonl"),
        "{\"id\":\"r1\",\"text\":\"One record\"}\n{\"id\":\"r2\",\"text\":\"Two\"}\n");
    try (Loci loci = Loci.open(dir.resolve("index"))) {
      loci.index(SourceReader.read(corpus));
      assertEquals(4, loci.sourceCount());
      // sub/b.txt cannot be checked: its folder is now a link in a loop, which root cannot
      // follow either. Not known to be gone, so kept.
      Files.move(corpus.resolve("sub"), dir.resolve("sub.moved"));
      Files.createSymbolicLink(corpus.resolve("sub"), Path.of("sub"));
      Files.delete(corpus.resolve("recs.jsonl"));
      assertEquals(List.of("r1", "r2"), loci.missingFiles(List.of(corpus)));
      assertEquals(List.of("r1", "r2"), loci.removeMissingFiles(List.of(corpus)));
      assertEquals(List.of("a", "sub/b"), loci.sources().stream().map(SourceInfo::id).toList());
    }
  }

  @Test
  void testAFileKeepsItsIdUnderAnotherNameAndAReusedIdIsReportedAsRelocated() throws Exception {
    Path one = Files.createDirectories(dir.resolve("one/sub"));
    Path two = Files.createDirectories(dir.resolve("two"));
    Files.writeString(one.resolve("x.txt"), "First English source about data centers.");
    Files.writeString(two.resolve("x.txt"), "Another source about investments.");
    try (Loci loci = Loci.inMemory()) {
      loci.index(SourceReader.open(List.of(dir.resolve("one"))), IndexListener.NONE);
      IndexReport again =
          loci.index(SourceReader.open(List.of(one.resolve("x.txt"))), IndexListener.NONE);
      assertEquals(1, again.unchanged());
      assertEquals(
          List.of(
              new IndexReport.KnownFile(
                  one.toRealPath().resolve("x.txt").toString(), "x", "sub/x")),
          again.knownFiles());
      IndexReport other =
          loci.index(SourceReader.open(List.of(two), 1 << 20, "sub/"), IndexListener.NONE);
      assertEquals(1, other.replaced());
      assertEquals(
          List.of(
              new IndexReport.Relocation(
                  "sub/x",
                  one.toRealPath().resolve("x.txt").toString(),
                  two.toRealPath().resolve("x.txt").toString())),
          other.relocated());
      assertEquals(List.of("sub/x"), loci.sources().stream().map(SourceInfo::id).toList());
    }
  }

  @Test
  void testOnDiskIndexPersistsAndSecondWriterIsLocked() throws Exception {
    Path index = dir.resolve("index");
    try (Loci loci = Loci.open(index)) {
      loci.index(List.of(Seeds.seed(2)));
      IndexLockedException locked =
          assertThrows(IndexLockedException.class, () -> Loci.open(index));
      assertTrue(locked.getMessage().startsWith("index is locked: " + index), locked.getMessage());
      try (Loci reader = Loci.builder().directory(index).readOnly(true).build()) {
        assertEquals(1, reader.sources().size());
        loci.index(List.of(Seeds.seed(3)));
        reader.refresh();
        assertEquals(2, reader.sources().size());
        assertThrows(IllegalStateException.class, () -> reader.delete("x"));
      }
    }
    try (Loci again = Loci.open(index)) {
      assertEquals(2, again.sources().size());
      assertEquals(IndexReport.Status.UNCHANGED, onlyStatus(again.index(List.of(Seeds.seed(2)))));
    }
  }

  @Test
  void testForeignOrIncompatibleIndexIsRefused() throws Exception {
    Path foreign = dir.resolve("foreign");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of("loci.format", "999").entrySet());
      w.commit();
    }
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> Loci.open(foreign));
    assertTrue(e.getMessage().contains("format 999"), e.getMessage());
    assertThrows(
        java.io.IOException.class,
        () -> Loci.builder().directory(dir.resolve("none")).readOnly(true).build());
  }

  @Test
  void testSearchesRunWhileSourcesAreIndexed() throws Exception {
    try (Loci loci = Loci.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Source> all = Seeds.all();
      Future<?> writer =
          pool.submit(
              () -> {
                for (Source s : all) {
                  loci.index(List.of(s));
                }
                return null;
              });
      Future<Integer> reader =
          pool.submit(
              () -> {
                int searches = 0;
                while (!writer.isDone()) {
                  loci.search("Alibaba");
                  searches++;
                }
                return searches;
              });
      writer.get();
      reader.get();
      assertEquals(5, loci.sources().size());
      assertFound(loci.search("data centres").hits(), "004", "14 trung tâm dữ liệu");
    }
  }

  @Test
  void testVietnameseExactDiacriticsOutrankFoldedMatchesAndBareQueriesFindText() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      loci.index(
          List.of(
              Source.of("exact", "A", "Alibaba dẫn đầu thị trường đám mây tại Trung Quốc.")
                  .withLanguage("vi"),
              Source.of("bare", "B", "Alibaba dan dau thi truong dam may tai Trung Quoc.")
                  .withLanguage("vi")));
      List<Hit> withDiacritics = loci.search("thị trường đám mây").hits();
      assertEquals("exact", withDiacritics.get(0).sourceId());
      assertTrue(
          withDiacritics.size() < 2
              || withDiacritics.get(0).score() > withDiacritics.get(1).score());
      List<Hit> bare = loci.search("thi truong dam may").hits();
      assertEquals(Set.of("exact", "bare"), Set.of(bare.get(0).sourceId(), bare.get(1).sourceId()));
      MatchSpan match =
          bare.stream()
              .filter(h -> h.sourceId().equals("exact"))
              .findFirst()
              .orElseThrow()
              .matches()
              .get(0);
      assertEquals(
          "thị trường đám mây",
          bare.stream()
              .filter(h -> h.sourceId().equals("exact"))
              .findFirst()
              .orElseThrow()
              .text()
              .substring(match.start(), match.end()));
    }
  }

  @Test
  void testVietnameseWordsAsUnitsOutrankTheSameSyllablesScattered() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      // The same ten syllables, once each: only their order tells the two apart. "scattered" is
      // indexed first, so it would win a tie.
      loci.index(
          List.of(
              Source.of("scattered", "A", "Liệu công ty mở tâm dữ ở trung Hà Nội.")
                  .withLanguage("vi"),
              Source.of("unit", "B", "Công ty mở trung tâm dữ liệu ở Hà Nội.").withLanguage("vi")));
      // Untranslated: through the lexicon, "trung tâm dữ liệu" names the data-centres topic, which
      // searches its terms as phrases; here its syllables are searched one by one.
      for (String query : List.of("trung tâm dữ liệu", "trung tam du lieu")) {
        SearchRequest request =
            SearchRequest.builder().query(query).queryLanguage("vi").translate(false).build();
        List<Hit> hits = loci.search(request).hits();
        assertEquals(
            List.of("unit", "scattered"), hits.stream().map(Hit::sourceId).toList(), query);
        assertTrue(hits.get(0).score() > hits.get(1).score(), query);
      }
    }
  }

  @Test
  void testNumbersMatchAcrossLocales() throws Exception {
    assertFound(top("38,400 millones", 3), "000", "US$38.400 millones");
    assertFound(top("3.53 tỷ USD", 3), "004", "3,53 tỷ USD");
  }

  /** The status of the one source a report is about. */
  private static IndexReport.Status onlyStatus(IndexReport report) {
    assertEquals(1, report.sources(), report.toString());
    for (IndexReport.Status status : IndexReport.Status.values()) {
      if (report.count(status) == 1) {
        return status;
      }
    }
    throw new AssertionError(report.toString());
  }
}
