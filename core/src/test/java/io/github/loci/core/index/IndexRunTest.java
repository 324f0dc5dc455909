package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.IngestException;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.ingest.SourceReader;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRunTest {
  @TempDir Path dir;

  private static final List<String> QUERIES =
      List.of(
          "data centres",
          "inversiones en la nube",
          "quota di mercato",
          "trung tâm dữ liệu",
          "Alibaba Amazon",
          "revenue growth 2019");

  /** Every hit of every query, topics included, at depth 20. */
  private static List<List<Hit>> hits(Loci loci) throws Exception {
    List<List<Hit>> all = new ArrayList<>();
    for (String q : QUERIES) {
      all.add(loci.search(SearchRequest.builder().query(q).limit(20).build()).hits());
    }
    for (Topic topic : loci.topics().all()) {
      all.add(loci.search(SearchRequest.builder().topic(topic.id()).limit(20).build()).hits());
    }
    return all;
  }

  @Test
  void testOneAndFourThreadsGiveIdenticalHits() throws Exception {
    List<Source> sources = Archive.sources(100);
    try (Loci one = Loci.builder().threads(1).build();
        Loci four = Loci.builder().threads(4).build()) {
      IndexReport a = one.index(sources);
      IndexReport b = four.index(sources);
      assertEquals(100, a.added());
      assertEquals(a.passagesWritten(), b.passagesWritten());
      assertEquals(a.languages(), b.languages());
      List<List<Hit>> expected = hits(one);
      assertTrue(expected.stream().mapToInt(List::size).sum() > 100, "the queries find passages");
      assertEquals(expected, hits(four));
      assertEquals(one.sources(), four.sources());
    }
  }

  @Test
  void testCommitsAsItGoesAndARerunResumes() throws Exception {
    Path jsonl = Archive.jsonLines(dir.resolve("archive.jsonl"), 120);
    Path index = dir.resolve("index");
    List<IndexProgress> heard = new ArrayList<>();
    IndexReport first;
    try (Loci loci =
            Loci.builder()
                .directory(index)
                .threads(2)
                .commitPolicy(new CommitPolicy(25, Duration.ofHours(1)))
                .build();
        SourceFeed feed = SourceReader.open(List.of(jsonl))) {
      first = loci.index(feed, heard::add);
    }
    assertEquals(120, first.added());
    // every 25 sources, then once at the end
    assertEquals(120 / 25 + 1, first.commits());
    assertTrue(heard.stream().filter(IndexProgress::committed).count() >= 4);
    IndexProgress last = heard.get(heard.size() - 1);
    assertEquals(120, last.sources());
    assertEquals(last.totalBytes().getAsLong(), last.bytesRead(), "the whole file was read");
    try (Loci loci = Loci.builder().directory(index).build();
        SourceFeed feed = SourceReader.open(List.of(jsonl))) {
      IndexReport again = loci.index(feed, IndexListener.NONE);
      assertEquals(120, again.unchanged());
      assertEquals(0, again.added() + again.replaced());
      assertEquals(first.languages(), again.languages());
    }
  }

  @Test
  void testStreamOfSourcesAndRepeatedIdKeepsTheFirst() throws Exception {
    Source a = Source.of("same", "A", "Alibaba abrió un centro de datos en Colombia.");
    Source b = Source.of("same", "B", "Amazon opened a data centre in Ireland.");
    try (Loci loci = Loci.builder().threads(2).build()) {
      IndexReport report = loci.index(Stream.of(a, b));
      assertEquals(1, report.added());
      assertEquals(1, report.skippedCount());
      IngestException problem = report.skipped().get(0);
      assertTrue(problem instanceof IngestException.DuplicateId, problem.toString());
      assertTrue(loci.sourceText("same").orElseThrow().contains("Colombia"));
    }
  }

  @Test
  void testAnIdRepeatedAfterAFailedSourceIsNotSaidToBeIndexed() throws Exception {
    Source bad = Source.of("x", "Bad", "This text says boom and fails.");
    Source good = Source.of("x", "Good", "Amazon opened a data centre in Ireland.");
    try (Loci loci = Loci.builder().detector(failing(false)).build()) {
      IndexReport report = loci.index(List.of(bad, good));
      assertEquals(0, report.added());
      String said = report.skipped().toString();
      assertTrue(
          said.contains("could not be indexed: java.lang.IllegalStateException: boom"), said);
      assertTrue(said.contains("only the first is read, and it could not be indexed"), said);
      assertFalse(said.contains("the first is indexed"), said);
    }
  }

  @Test
  void testASourceWithoutTextIsReportedAsEmptyAsAnEmptyFileIs() throws Exception {
    try (Loci loci = Loci.inMemory()) {
      IndexReport report =
          loci.index(
              List.of(
                  Source.of("blank", "Blank", " \n\t\u00a0"),
                  Source.of("a", "A", "Amazon opened a data centre in Ireland.")));
      assertEquals(1, report.added());
      assertEquals(1, report.skippedCount());
      assertTrue(report.skipped().get(0) instanceof IngestException.Empty, report.toString());
      assertTrue(report.skipped().get(0).getMessage().contains("blank"), report.toString());
      assertTrue(loci.sourceText("blank").isEmpty());
    }
  }

  @Test
  void testBadRecordIsReportedAndTheOthersIndexed() throws Exception {
    Path jsonl = dir.resolve("mixed.jsonl");
    java.nio.file.Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"text\":\"Alibaba abrió un centro de datos.\"}\n"
            + "{\"id\":\"b\",\"text\": broken}\n"
            + "{\"id\":\"c\",\"text\":\"Amazon opened a data centre.\"}\n");
    try (Loci loci = Loci.builder().threads(2).build();
        SourceFeed feed = SourceReader.open(List.of(jsonl))) {
      IndexReport report = loci.index(feed, IndexListener.NONE);
      assertEquals(2, report.added());
      assertEquals(1, report.skippedCount());
      assertTrue(report.skipped().get(0).getMessage().contains("mixed.jsonl:2"));
      assertFalse(loci.sourceText("c").isEmpty());
    }
  }

  @Test
  void testAnIdRepeatedInARecordsFileNamesTheLineOfTheFirst() throws Exception {
    Path jsonl = dir.resolve("dup.jsonl");
    java.nio.file.Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"text\":\"Alibaba abrió un centro de datos.\"}\n"
            + "{\"id\":\"b\",\"text\":\"Amazon opened a data centre.\"}\n"
            + "{\"id\":\"a\",\"text\":\"Google opened a data centre.\"}\n");
    for (int threads : new int[] {1, 2}) {
      try (Loci loci = Loci.builder().threads(threads).build();
          SourceFeed feed = SourceReader.open(List.of(jsonl))) {
        IndexReport report = loci.index(feed, IndexListener.NONE);
        assertEquals(2, report.added());
        String said = report.skipped().get(0).getMessage();
        assertTrue(
            said.contains("dup.jsonl:3: source id 'a' is also the id of " + jsonl + ":1,"), said);
      }
    }
  }

  /** A detector that fails on texts naming "boom": with an exception, or with an error. */
  /** A detector that answers the same code for every text, as a caller's own may spell it. */
  private static io.github.loci.core.detect.LanguageDetector saying(String code) {
    return new io.github.loci.core.detect.LanguageDetector() {
      @Override
      public io.github.loci.core.detect.DetectedLanguage detect(CharSequence text) {
        return new io.github.loci.core.detect.DetectedLanguage(code, 0.99);
      }

      @Override
      public String name() {
        return "saying " + code;
      }
    };
  }

  @Test
  void testADetectorsCodeIsStoredAsTheCodeTheLanguagesFilterUses() throws Exception {
    for (String code : List.of("EN", "en-US", "eng")) {
      try (Loci loci = Loci.builder().detector(saying(code)).build()) {
        IndexReport report =
            loci.index(
                List.of(Source.of("a", "A", "The company runs its data centres in Ireland.")));
        assertEquals(java.util.Map.of("en", 1L), report.languages(), code);
        List<Hit> hits =
            loci.search(
                    SearchRequest.builder()
                        .query("company")
                        .languages(java.util.Set.of("en"))
                        .build())
                .hits();
        assertEquals(1, hits.size(), code);
        assertEquals("en", hits.get(0).lang(), code);
      }
    }
    // A code of the detector's model that has no ISO 639-1 form (Cebuano) is kept as it is.
    try (Loci loci = Loci.builder().detector(saying("ceb")).build()) {
      IndexReport report =
          loci.index(List.of(Source.of("a", "A", "The company runs its data centres in Ireland.")));
      assertEquals(java.util.Map.of("ceb", 1L), report.languages());
    }
    try (Loci loci = Loci.builder().detector(saying("not a language")).build()) {
      IndexReport report =
          loci.index(List.of(Source.of("a", "A", "The company runs its data centres in Ireland.")));
      assertEquals(0, report.added());
      String said = report.skipped().toString();
      assertTrue(said.contains("the language detector's guess: unknown language"), said);
    }
  }

  private static io.github.loci.core.detect.LanguageDetector failing(boolean error) {
    return failing(error ? new StackOverflowError("boom") : new IllegalStateException("boom"));
  }

  /** A detector that throws on texts naming "boom". */
  static io.github.loci.core.detect.LanguageDetector failing(Throwable thrown) {
    io.github.loci.core.detect.LanguageDetector real =
        io.github.loci.core.detect.LanguageDetectors.defaultDetector();
    return new io.github.loci.core.detect.LanguageDetector() {
      @Override
      public io.github.loci.core.detect.DetectedLanguage detect(CharSequence text) {
        if (text.toString().contains("boom")) {
          if (thrown instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) thrown;
        }
        return real.detect(text);
      }

      @Override
      public String name() {
        return "failing";
      }
    };
  }

  @Test
  void testAFailingSourceIsReportedAndAnErrorStopsTheRunWhateverTheThreads() throws Exception {
    List<Source> sources = new ArrayList<>(Archive.sources(20));
    sources.add(10, Source.of("bad", "Bad", "This text says boom and fails."));
    for (int threads : new int[] {1, 3}) {
      try (Loci loci = Loci.builder().threads(threads).detector(failing(false)).build()) {
        IndexReport report = loci.index(sources);
        assertEquals(20, report.added(), "threads " + threads);
        assertEquals(1, report.skippedCount());
        assertTrue(report.skipped().get(0).getMessage().contains("bad"), report.toString());
      }
      try (Loci loci = Loci.builder().threads(threads).detector(failing(true)).build()) {
        org.junit.jupiter.api.Assertions.assertThrows(
            StackOverflowError.class, () -> loci.index(sources), "threads " + threads);
        // what was written before the error is there once the next run looks
        IndexReport again = loci.index(Archive.sources(20));
        assertEquals(20, again.sources());
        assertEquals(20, loci.sources().size());
      }
    }
  }

  /** The sources as a stream that throws {@code thrown} (unchecked) when it reaches {@code at}. */
  private static Stream<Source> throwingAt(List<Source> sources, int at, Throwable thrown) {
    return sources.stream()
        .peek(
            s -> {
              if (s == sources.get(at)) {
                if (thrown instanceof Error error) {
                  throw error;
                }
                throw (RuntimeException) thrown;
              }
            });
  }

  @Test
  void testSourcesThatThrowCommitWhatCameBeforeWhateverTheThreads() throws Exception {
    List<Source> sources = Archive.sources(150);
    for (int threads : new int[] {1, 2, 4}) {
      try (Loci loci = Loci.builder().threads(threads).build()) {
        IllegalStateException broke = new IllegalStateException("the archive broke");
        assertSame(
            broke,
            org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> loci.index(throwingAt(sources, 70, broke))));
        // The 70 before are searchable at once, and the next run finds them unchanged.
        assertEquals(70, loci.sourceCount(), "threads " + threads);
        IndexReport again = loci.index(sources.subList(0, 80));
        assertEquals(70, again.unchanged(), "threads " + threads);
        assertEquals(10, again.added(), "threads " + threads);
      }
      // An UncheckedIOException (the caller's reading, not the index) and an Error, as they are.
      List<Throwable> thrown =
          List.of(
              new java.io.UncheckedIOException(new java.io.IOException("disk")),
              new AssertionError("a check in the caller's stream"));
      for (Throwable t : thrown) {
        try (Loci loci = Loci.builder().threads(threads).build()) {
          assertSame(
              t,
              org.junit.jupiter.api.Assertions.assertThrows(
                  Throwable.class, () -> loci.index(throwingAt(sources, 40, t))));
          assertEquals(40, loci.sourceCount(), "threads " + threads + ", " + t);
        }
      }
      List<Source> holed = new ArrayList<>(sources.subList(0, 30));
      holed.add(null);
      holed.addAll(sources.subList(30, 40));
      try (Loci loci = Loci.builder().threads(threads).build()) {
        NullPointerException e =
            org.junit.jupiter.api.Assertions.assertThrows(
                NullPointerException.class, () -> loci.index(holed));
        assertTrue(e.getMessage().contains("null (after 30 sources)"), e.getMessage());
        assertEquals(30, loci.sourceCount(), "threads " + threads);
      }
    }
  }

  @Test
  void testASourceOutOfMemoryIsSkippedAndTheRunGoesOn() throws Exception {
    List<Source> sources = new ArrayList<>(Archive.sources(20));
    sources.add(10, Source.of("huge", "Huge", "This text says boom: it takes too much memory."));
    for (int threads : new int[] {1, 3}) {
      try (Loci loci =
          Loci.builder()
              .threads(threads)
              .detector(failing(new OutOfMemoryError("Java heap space")))
              .build()) {
        IndexReport report = loci.index(sources);
        assertEquals(20, report.added(), "threads " + threads);
        assertEquals(1, report.skippedCount());
        String message = report.skipped().get(0).getMessage();
        assertTrue(message.contains("huge") && message.contains("--max-heap"), message);
        assertEquals(20, loci.sources().size());
      }
    }
  }

  @Test
  void testAFailedWriteNamesTheIndexAndTheCauseNotThatTheWriterIsClosed() {
    // A full disk: Lucene's IOException names no file, and the worker that met the writer closed
    // by it said only "this IndexWriter is closed".
    IOException full = new IOException("No space left on device");
    Exception closed =
        new org.apache.lucene.store.AlreadyClosedException("this IndexWriter is closed", full);
    for (Exception e : List.of(full, closed)) {
      String said = IndexRun.cannotWrite(Optional.of(Path.of("/data/idx")), e).getMessage();
      assertEquals(
          "cannot write to the index /data/idx: No space left on device; the sources committed"
              + " before are kept, and the same run again continues from them",
          said);
    }
    String denied =
        IndexRun.cannotWrite(
                Optional.empty(), new java.nio.file.AccessDeniedException("/data/idx/_0.cfs"))
            .getMessage();
    assertTrue(denied.startsWith("cannot write to the index: /data/idx/_0.cfs: "), denied);
    // Lucene's writer, stopped by what it hit, names it as the cause.
    assertTrue(
        IndexRun.isWriteFailure(
            new IllegalStateException("this writer hit an unrecoverable error", full)));
    assertTrue(IndexRun.isWriteFailure(closed));
    // A damaged index says so itself; a writer closed by a close, or another state, is no failure
    // to write.
    assertFalse(
        IndexRun.isWriteFailure(new org.apache.lucene.index.CorruptIndexException("crc", "_0")));
    assertFalse(
        IndexRun.isWriteFailure(
            new org.apache.lucene.store.AlreadyClosedException("this IndexWriter is closed")));
    assertFalse(IndexRun.isWriteFailure(new IllegalStateException("this Loci is closed")));
  }
}
