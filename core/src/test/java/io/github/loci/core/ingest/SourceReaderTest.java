package io.github.loci.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path dir;

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void testFolderIsReadRecursivelyWithRelativeIds() throws Exception {
    write("a.txt", "Primera línea con título\nTexto.");
    write("sub/deeper/b.md", "Second source here\nMore.");
    write(".hidden/c.txt", "never read");
    write(".d.txt", "never read");
    IngestResult result = SourceReader.read(dir);
    assertEquals(List.of(), result.skipped());
    assertEquals(List.of("a", "sub/deeper/b"), result.sources().stream().map(Source::id).toList());
    Source a = result.sources().get(0);
    assertEquals("Primera línea con título", a.title());
    assertEquals(Optional.of(dir.resolve("a.txt").toAbsolutePath().normalize()), a.path());
    assertTrue(a.language().isEmpty());
  }

  @Test
  void testBinaryFileIsRejectedWithByteOffsetAndOthersAreRead() throws Exception {
    write("good.txt", "Good text file");
    Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', 0, 1, 2});
    IngestResult result = SourceReader.read(dir);
    assertEquals(List.of("good"), result.sources().stream().map(Source::id).toList());
    IngestException problem = result.skipped().get(0);
    IngestException.InvalidEncoding bad =
        assertInstanceOf(IngestException.InvalidEncoding.class, problem);
    assertEquals(4, bad.byteOffset());
    assertTrue(problem.getMessage().contains("image.txt (byte 4)"), problem.getMessage());
    assertTrue(problem.getMessage().contains("binary"), problem.getMessage());
  }

  @Test
  void testNonUtf8FileIsRejectedWithByteOffset() throws Exception {
    byte[] latin1 = "Año de inversión".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("latin1.txt"), latin1);
    IngestResult result = SourceReader.read(dir);
    assertTrue(result.sources().isEmpty());
    IngestException.InvalidEncoding bad =
        assertInstanceOf(IngestException.InvalidEncoding.class, result.skipped().get(0));
    assertEquals(1, bad.byteOffset(), "the ñ of Año is the first bad byte");
    assertTrue(
        bad.getMessage().contains("it looks like Latin-1 or Windows-1252 text (a lone byte 0xF1)")
            && bad.getMessage().contains("iconv -f WINDOWS-1252 -t UTF-8"),
        bad.getMessage());
    // A byte that no single-byte letter explains gets no such guess.
    Files.delete(dir.resolve("latin1.txt"));
    Files.write(dir.resolve("broken.txt"), new byte[] {'a', (byte) 0x81, 'b'});
    String said = SourceReader.read(dir).skipped().get(0).getMessage();
    assertTrue(said.contains("not valid UTF-8 (convert the file to UTF-8)"), said);
  }

  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs(
      value = org.junit.jupiter.api.condition.OS.LINUX,
      disabledReason = "Linux file names are bytes; other systems refuse names not in UTF-8")
  void testFileNamesNotValidUtf8AreReportedByNameNotMixedUp() throws Exception {
    // Latin-1 names from an old archive: "résumé.txt" and "rèsumè.txt" both read as "r\uFFFDsum
    // \uFFFD.txt", a path that names neither file. Java writes only valid names: the shell makes
    // them (Linux file names are bytes).
    write("good.txt", "Good text file");
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "printf 'First report.' > \"$(printf 'r\\351sum\\351.txt')\";"
                    + " printf 'Second report.' > \"$(printf 'r\\350sum\\350.txt')\"")
            .directory(dir.toFile())
            .start();
    assertEquals(0, p.waitFor());
    try (var listing = Files.list(dir)) {
      assertEquals(3, listing.count(), "the shell made two files");
    }
    IngestResult result = SourceReader.read(dir);
    assertEquals(List.of("good"), result.sources().stream().map(Source::id).toList());
    assertEquals(2, result.skipped().size(), result.skipped().toString());
    // A link to such a file is read through the link (its own name reads back): the walk cannot.
    Path links = Files.createDirectories(dir.resolve("links"));
    try (var names = Files.list(dir)) {
      Path latin1 =
          names.filter(f -> f.getFileName().toString().startsWith("r")).findFirst().orElseThrow();
      Files.createSymbolicLink(links.resolve("report.txt"), latin1);
    }
    IngestResult both = SourceReader.read(dir);
    assertEquals(
        List.of("good", "links/report"),
        both.sources().stream().map(Source::id).toList(),
        both.skipped().toString());
    for (IngestException problem : result.skipped()) {
      assertInstanceOf(IngestException.Unsupported.class, problem);
      assertTrue(
          problem.getMessage().contains("name cannot be read in this JVM's file-name encoding"),
          problem.getMessage());
    }
  }

  @Test
  void testAFeedKeepingRecordIdsListsTheJsonLinesFilesReadWithoutAProblem() throws Exception {
    Path clean =
        write(
            "clean.jsonl",
            "{\"id\":\"r1\",\"text\":\"One.\"}\n{\"id\":\"r2\",\"text\":\"Two.\"}\n");
    write("broken.jsonl", "{\"id\":\"b1\",\"text\":\"One.\"}\n{not json\n");
    write("a.txt", "A text file");
    try (SourceFeed feed = SourceReader.openKeepingRecordIds(List.of(dir), "p/")) {
      while (feed.next() != null) {
        // read through
      }
      List<RecordsFile> files = feed.recordsFilesRead();
      assertEquals(1, files.size(), files.toString());
      RecordsFile read = files.get(0);
      assertEquals(clean.toRealPath(), read.file());
      assertTrue(read.holds("p/r1") && read.holds("p/r2"));
      assertFalse(read.holds("r1") || read.holds("p/r3") || read.holds("p/b1"));
    }
    try (SourceFeed feed = SourceReader.openKeepingRecordIds(List.of(dir), "").withLanguage("en")) {
      while (feed.next() != null) {
        // read through
      }
      assertEquals(1, feed.recordsFilesRead().size());
    }
    try (SourceFeed feed = SourceReader.open(List.of(dir))) {
      while (feed.next() != null) {
        // read through
      }
      assertEquals(List.of(), feed.recordsFilesRead(), "kept only when asked");
    }
  }

  @Test
  void testUtf16WithoutAByteOrderMarkIsNamedAsPossiblyThat() throws Exception {
    String text = "Alibaba opened a new data centre in Frankfurt.";
    Files.write(dir.resolve("le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
    Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', 0, 1, 2, 3, 4, 5, 6, 7});
    IngestResult result = SourceReader.read(dir);
    List<String> messages = result.skipped().stream().map(Throwable::getMessage).sorted().toList();
    assertEquals(3, messages.size(), messages.toString());
    assertTrue(messages.get(0).contains("iconv -f UTF-16BE -t UTF-8"), messages.get(0));
    assertTrue(messages.get(1).contains("binary file (NUL byte), not text"), messages.get(1));
    assertTrue(messages.get(2).contains("iconv -f UTF-16LE -t UTF-8"), messages.get(2));
  }

  @Test
  void testEmptyFileIsReported() throws Exception {
    write("empty.txt", "");
    write("blank.txt", " \n\u00a0\n");
    // Invisible chars only: they were indexed as sources of no language, of 1 to 8 chars.
    write("invisible.txt", "\u00a0\u200b\u3000\n");
    write("controls.txt", "\u0001\u0002\u001b\n");
    IngestResult result = SourceReader.read(dir);
    assertTrue(result.sources().isEmpty(), result.sources().toString());
    assertEquals(4, result.skipped().size());
    result.skipped().forEach(e -> assertInstanceOf(IngestException.Empty.class, e));
    IngestResult records =
        SourceReader.readJsonLines(
            "z.jsonl",
            "{\"id\":\"z1\",\"text\":\"\\u200b\"}\n{\"id\":\"z2\",\"text\":\"\\u0000\"}\n");
    assertTrue(records.sources().isEmpty(), records.sources().toString());
    assertEquals(2, records.skipped().size(), records.skipped().toString());
  }

  @Test
  void testIdCollisionNamesBothFilesAndIndexesNeither() throws Exception {
    write("x/report.txt", "One report text");
    write("x/report.md", "Another report text");
    write("y.txt", "unrelated text");
    IngestResult result = SourceReader.read(dir);
    assertEquals(List.of("y"), result.sources().stream().map(Source::id).toList());
    assertEquals(2, result.skipped().size());
    for (IngestException e : result.skipped()) {
      assertInstanceOf(IngestException.DuplicateId.class, e);
      assertTrue(e.getMessage().contains("report.txt"), e.getMessage());
      assertTrue(e.getMessage().contains("report.md"), e.getMessage());
    }
  }

  @Test
  void testJsonLinesWithMalformedLineNamesTheLine() throws Exception {
    Path file =
        write(
            "corpus.jsonl",
            String.join(
                "\n",
                "{\"id\":\"a\",\"title\":\"A\",\"url\":\"https://x/a\",\"lang\":\"es\",\"text\":\"Hola mundo\"}",
                "",
                "{\"id\":\"b\", \"text\": unquoted}",
                "{\"id\":\"c\"}",
                "[1,2]",
                "{\"id\":\"d\",\"text\":\"Ciao\",\"lang\":7}",
                "{\"id\":\"e\",\"text\":\"Fine\"}"));
    IngestResult result = SourceReader.read(file);
    assertEquals(List.of("a", "e"), result.sources().stream().map(Source::id).toList());
    Source a = result.sources().get(0);
    assertEquals(Optional.of("https://x/a"), a.url());
    assertEquals(Optional.of("es"), a.language());
    List<String> messages = result.skipped().stream().map(Exception::getMessage).toList();
    assertEquals(4, messages.size(), messages.toString());
    assertTrue(messages.get(0).contains("corpus.jsonl:3: not valid JSON"), messages.get(0));
    assertTrue(messages.get(1).contains("corpus.jsonl:4: missing required field \"text\""));
    assertTrue(messages.get(2).contains("corpus.jsonl:5: a record must be a JSON object"));
    assertTrue(messages.get(3).contains("corpus.jsonl:6: field \"lang\" must be a string"));
  }

  @Test
  void testARecordIsOneJsonObjectWithEachKeyOnce() {
    IngestResult result =
        SourceReader.readJsonLines(
            "more.jsonl",
            String.join(
                "\n",
                "{\"id\":\"x1\",\"text\":\"first\"}{\"id\":\"x2\",\"text\":\"second\"}",
                "{\"id\":\"x3\",\"text\":\"trailing words\"} xyz",
                "{\"id\":\"x4\",\"text\":\"one\",\"text\":\"two\"}",
                "{\"id\":\"x5\",\"text\":\"fine\"}  ",
                "{\"id\":\"x6\",\"text\":\"unclosed\" "));
    // Before, x2 was dropped unsaid, x3 indexed with its junk ignored, x4 as "two".
    assertEquals(List.of("x5"), result.sources().stream().map(Source::id).toList());
    List<String> messages = result.skipped().stream().map(Exception::getMessage).toList();
    assertEquals(4, messages.size(), messages.toString());
    assertTrue(
        messages
            .get(0)
            .startsWith("more.jsonl:1: not valid JSON: more after the value, from column 27"),
        messages.get(0));
    assertTrue(messages.get(1).startsWith("more.jsonl:2: not valid JSON:"), messages.get(1));
    assertTrue(
        messages.get(2).contains("more.jsonl:3: not valid JSON: Duplicate field 'text'"),
        messages.get(2));
    assertTrue(
        messages
            .get(3)
            .contains("expected close marker for Object (start marker at (line 1, column 1))"),
        messages.get(3));
    assertTrue(messages.stream().noneMatch(m -> m.contains("REDACTED")), messages.toString());
  }

  @Test
  void testDuplicateIdsInJsonLinesNameBothLines() {
    IngestResult result =
        SourceReader.readJsonLines(
            "dup.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"a\",\"text\":\"two\"}\n");
    assertTrue(result.sources().isEmpty());
    assertTrue(result.skipped().get(0).getMessage().contains("dup.jsonl:1"));
    assertTrue(result.skipped().get(0).getMessage().contains("dup.jsonl:2"));
  }

  @Test
  void testUnsupportedAndMissingPathsAreReported() throws Exception {
    write("photo.png", "not really");
    IngestResult result =
        SourceReader.read(List.of(dir.resolve("photo.png"), dir.resolve("missing")));
    assertEquals(2, result.skipped().size());
    assertInstanceOf(IngestException.Unsupported.class, result.skipped().get(0));
    assertInstanceOf(IngestException.Unreadable.class, result.skipped().get(1));
    assertTrue(result.skipped().get(1).getMessage().contains("no such file or folder"));
  }

  @Test
  void testAFoldersOtherFilesAndIndexesArePassedOverAndCounted() throws Exception {
    write("a.txt", "Alibaba abrió un centro de datos en Colombia.");
    write("b.pdf", "%PDF-1.4");
    write("sub/c.PDF", "%PDF-1.4");
    write("sub/LICENSE", "text without an extension");
    // A Lucene index inside the folder read (the index of this very run, often): not sources.
    write("idx/segments_2", "x");
    write("idx/_0.cfs", "x");
    write("idx/notes.txt", "an index folder's files are never sources");
    // A user's file named like a commit point is no index: its folder is read.
    write("notes/segments_2023.md", "Margins improved in the third quarter of the year.");
    try (SourceFeed feed = SourceReader.open(List.of(dir))) {
      List<String> read = new java.util.ArrayList<>();
      for (SourceFeed.Item item = feed.next(); item != null; item = feed.next()) {
        assertNull(item.problem(), String.valueOf(item.problem()));
        read.add(item.source().id());
      }
      assertEquals(List.of("a", "notes/segments_2023"), read);
      assertEquals(Map.of(".pdf", 2L, "no extension", 1L, "index folder", 1L), feed.passedOver());
    }
  }

  @Test
  void testByteOrderMarkIsDropped() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', ' ', 't', 'h', 'e', 'r', 'e'};
    Files.write(dir.resolve("bom.txt"), bom);
    assertEquals("Hi there", SourceReader.read(dir).sources().get(0).text());
  }

  @Test
  void testSourceValidatesId() {
    assertThrows(IllegalArgumentException.class, () -> Source.of(" ", "t", "x"));
    assertEquals("id", Source.of("id", "", "x").title());
  }

  @Test
  void testOversizedRecordAndFileAreSkippedByLineAndTheRestRead() throws Exception {
    String big = "x".repeat(300);
    write(
        "big.jsonl",
        "{\"id\":\"a\",\"text\":\"small one\"}\n"
            + "{\"id\":\"b\",\"text\":\""
            + big
            + "\"}\r\n"
            + "{\"id\":\"c\",\"text\":\"small two\"}\n");
    write("big.txt", big);
    write("small.txt", "small three");
    List<String> ids = new java.util.ArrayList<>();
    List<String> problems = new java.util.ArrayList<>();
    try (SourceFeed feed = SourceReader.open(List.of(dir), 200)) {
      for (SourceFeed.Item item = feed.next(); item != null; item = feed.next()) {
        if (item.problem() != null) {
          problems.add(item.problem().getMessage());
        } else {
          ids.add(item.source().id());
        }
      }
      assertEquals(feed.totalBytes().getAsLong(), feed.bytesRead());
    }
    assertEquals(List.of("a", "c", "small"), ids);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("big.jsonl:2: record of more than 200 bytes"), problems.get(0));
    assertTrue(problems.get(1).contains("big.txt: file of 300 bytes skipped"), problems.get(1));
  }

  @Test
  void testJsonLinesLineEndingsAndBadBytesNameTheLine() throws Exception {
    byte[] text =
        ("{\"id\":\"a\",\"text\":\"one\"}\r"
                + "{\"id\":\"b\",\"text\":\"tw\u00f3\"}\r\n"
                + "{\"id\":\"c\",\"text\":\"thr")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(text, text.length + 40);
    byte[] tail =
        "\u00e9e\"}\n{\"id\":\"d\",\"text\":\"four\"}".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(tail, 0, bad, text.length, tail.length);
    Files.write(dir.resolve("ends.jsonl"), java.util.Arrays.copyOf(bad, text.length + tail.length));
    IngestResult result = SourceReader.read(dir);
    assertEquals(List.of("a", "b", "d"), result.sources().stream().map(Source::id).toList());
    assertEquals("twó", result.sources().get(1).text());
    IngestException.InvalidEncoding problem =
        assertInstanceOf(IngestException.InvalidEncoding.class, result.skipped().get(0));
    assertTrue(problem.getMessage().contains("ends.jsonl:3"), problem.getMessage());
    assertEquals(text.length, problem.byteOffset(), "the offset of the bad byte in the file");
  }

  @Test
  void testUtf16AndUtf32FilesAreNamedByTheirByteOrderMark() throws Exception {
    byte[] text = "Data centres".getBytes(StandardCharsets.UTF_16LE);
    byte[] le = new byte[text.length + 2];
    le[0] = (byte) 0xFF;
    le[1] = (byte) 0xFE;
    System.arraycopy(text, 0, le, 2, text.length);
    Files.write(dir.resolve("le.txt"), le);
    Files.write(dir.resolve("be.txt"), ("\uFEFFData centres").getBytes(StandardCharsets.UTF_16BE));
    Files.write(dir.resolve("le32.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'D', 0, 0, 0});
    Files.write(dir.resolve("records.jsonl"), le);
    IngestResult result = SourceReader.read(dir);
    assertTrue(result.sources().isEmpty());
    List<String> messages = result.skipped().stream().map(Exception::getMessage).toList();
    assertEquals(4, messages.size(), messages.toString());
    assertTrue(
        messages.get(0).contains("be.txt (byte 0): UTF-16, big-endian text"), messages.get(0));
    assertTrue(messages.get(0).contains("iconv -f UTF-16BE -t UTF-8"), messages.get(0));
    assertTrue(messages.get(1).contains("le.txt (byte 0): UTF-16, little-endian"), messages.get(1));
    assertTrue(messages.get(2).contains("le32.txt (byte 0): UTF-32, little-endian"));
    assertTrue(messages.get(3).contains("records.jsonl:1 (byte 0): UTF-16"), messages.get(3));
  }

  @Test
  void testLinksThatCannotBeFollowedAreReportedAndTheWalkGoesOn() throws Exception {
    write("a.txt", "First source here");
    Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("nowhere.txt"));
    Files.createSymbolicLink(dir.resolve("c.txt"), Path.of("c.txt"));
    write("d.txt", "Last source here");
    IngestResult result = SourceReader.read(dir);
    assertEquals(List.of("a", "d"), result.sources().stream().map(Source::id).toList());
    assertEquals(2, result.skipped().size());
    assertInstanceOf(IngestException.Unreadable.class, result.skipped().get(0));
    assertTrue(result.skipped().get(0).getMessage().contains("to " + dir.resolve("nowhere.txt")));
    assertTrue(result.skipped().get(1).getMessage().contains("cannot be followed, to c.txt"));
  }

  @Test
  void testAFeedEndsWithAllItsBytesReadWhenALinkLeadsToAFileItReads() throws Exception {
    // The total counts the link and its file; the file is read once, by its own name.
    write("a.txt", "First source here, with some words");
    Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("a.txt"));
    long total = 2 * Files.size(dir.resolve("a.txt"));
    try (SourceFeed feed = SourceReader.open(List.of(dir))) {
      int items = 0;
      for (SourceFeed.Item item = feed.next(); item != null; item = feed.next()) {
        items++;
      }
      assertEquals(2, items);
      // Asked before the total, as a run's last progress report does.
      assertEquals(total, feed.bytesRead());
      assertEquals(total, feed.totalBytes().getAsLong());
    }
  }

  @Test
  void testAPipeIsReportedGivenOrInAFolderAndTheWalkGoesOn() throws Exception {
    write("a.txt", "First source here");
    Path pipe = dir.resolve("b.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo makes a pipe here");
    write("c.txt", "Last source here");
    IngestResult inFolder = SourceReader.read(dir);
    assertEquals(List.of("a", "c"), inFolder.sources().stream().map(Source::id).toList());
    assertEquals(1, inFolder.skipped().size(), inFolder.skipped().toString());
    IngestException problem = inFolder.skipped().get(0);
    assertInstanceOf(IngestException.Unsupported.class, problem);
    assertTrue(problem.getMessage().contains(pipe + ": not a regular file"), problem.getMessage());
    try (SourceFeed given = SourceReader.open(List.of(pipe))) {
      assertInstanceOf(IngestException.Unsupported.class, given.next().problem());
    }
  }

  @Test
  void testIdPrefixAndRecordPathsAndCanonicalRoots() throws Exception {
    write("one/README.md", "Read me first");
    write("one/recs.jsonl", "{\"id\":\"r1\",\"text\":\"A record\"}\n");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("one"));
    try (SourceFeed feed = SourceReader.open(List.of(link), 1 << 20, "p/")) {
      Source readme = feed.next().source();
      Source record = feed.next().source();
      assertEquals("p/README", readme.id());
      assertEquals(Optional.of(dir.toRealPath().resolve("one/README.md")), readme.path());
      assertEquals("p/r1", record.id());
      assertEquals(Optional.of(dir.toRealPath().resolve("one/recs.jsonl")), record.path());
    }
  }

  @Test
  void testAnIdLongerThanTheLimitIsAMalformedRecordShownShort() {
    String id = "x".repeat(Source.MAX_ID_CHARS + 1);
    IngestResult result =
        SourceReader.readJsonLines("r.jsonl", "{\"id\":\"" + id + "\",\"text\":\"t\"}");
    IngestException problem = result.skipped().get(0);
    assertInstanceOf(IngestException.MalformedRecord.class, problem);
    assertTrue(problem.getMessage().startsWith("r.jsonl:1: field \"id\" is 1001 chars long"));
    assertTrue(problem.getMessage().length() < 300, problem.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Source.of(id, "t", "text"));
  }

  @Test
  void testTitleOfAHugeSingleLineIsTakenFromItsStart() {
    String line = "word ".repeat(10_000_000);
    String title = SourceReader.titleOf(line, "id");
    assertTrue(title.length() <= 101 && title.startsWith("word word word"), title);
    String manyLines = "x\n".repeat(2_000_000) + "A title of words";
    assertEquals("A title of words", SourceReader.titleOf(manyLines, "id"));
  }

  @Test
  void testALongTitleWithoutSpacesIsNotCutInsideASurrogatePair() {
    String line = "a" + "\uD83D\uDE00".repeat(60);
    String title = SourceReader.titleOf(line, "id");
    assertTrue(title.endsWith("\uD83D\uDE00…"), title);
    assertFalse(title.contains("\uFFFD"), title);
    assertEquals(99 + 1, title.length());
  }

  @Test
  void testTheTitleOfFrontMatterIsTheTitle() {
    String post =
        "---\nlayout: post\ntitle: \"Cloud: Alibaba's \\\"new\\\" region\"\ndate: 2024-05-01\n---\n"
            + "Alibaba abrió un centro de datos en Colombia, dijo la empresa.\n";
    assertEquals("Cloud: Alibaba's \"new\" region", SourceReader.titleOf(post, "id"));
    assertEquals(
        "It's here",
        SourceReader.titleOf("\uFEFF---\r\ntitle: 'It''s here'\r\n...\r\nBody text here.", "id"));
    assertEquals(
        "Market share", SourceReader.titleOf("---\nTitle: Market share # a comment\n---\nx", "id"));
    // A block scalar's text is on the indented lines; a comment after a quoted value is not it.
    assertEquals(
        "Cloud market share in 2024",
        SourceReader.titleOf(
            "---\ntitle: >-\n  Cloud market share\n  in 2024\ndate: 2024\n---\nx", "id"));
    assertEquals(
        "A # sign", SourceReader.titleOf("+++\ntitle = \"A # sign\" # the title\n+++\nx", "id"));
    assertEquals("Foo", SourceReader.titleOf("---\ntitle: \"Foo\"  # c\n---\nx", "id"));
    assertEquals(
        "Floods in Pakistan",
        SourceReader.titleOf("+++\ntitle = \"Floods in Pakistan\"\n+++\nRivers rose.", "id"));
    // Front matter without a title: its lines are not the title, the text's are.
    assertEquals(
        "Alibaba abre un centro",
        SourceReader.titleOf(
            "---\ndate: 2024-05-01\ntags: [a, b, c]\n---\nAlibaba abre un centro", "id"));
  }

  @Test
  void testARuleOrAnUnclosedBlockIsNoFrontMatter() {
    assertEquals(
        "A title of words", SourceReader.titleOf("---\nA title of words\n---\nmore text", "id"));
    assertEquals(
        "title: not closed here", SourceReader.titleOf("---\ntitle: not closed here\nbody", "id"));
  }

  @Test
  void testAMarkdownHeadingIsTheTitleWithoutItsMarks() {
    assertEquals(
        "Cloud market in 2024", SourceReader.titleOf("## Cloud market in 2024 ##\n", "id"));
    assertEquals("Programming in C#", SourceReader.titleOf("# Programming in C#\ntext", "id"));
    assertEquals("#hashtag not a heading", SourceReader.titleOf("#hashtag not a heading", "id"));
    assertEquals("Short", SourceReader.titleOf("# Short\n", "id"));
  }

  @Test
  void testAJsonDocumentInAJsonLinesFileIsOneProblemNotOnePerLine() {
    IngestResult array =
        SourceReader.readJsonLines(
            "a.jsonl",
            "[\n  {\"id\": \"a\", \"text\": \"one\"},\n  {\"id\": \"b\", \"text\": \"two\"}\n]\n");
    assertEquals(1, array.skipped().size(), array.skipped().toString());
    assertTrue(
        array.skipped().get(0).getMessage().startsWith("a.jsonl:1: a JSON array, not JSON Lines")
            && array.skipped().get(0).getMessage().contains("jq -c '.[]'"),
        array.skipped().get(0).getMessage());
    IngestResult pretty =
        SourceReader.readJsonLines("p.jsonl", "{\n  \"id\": \"a\",\n  \"text\": \"one\"\n}\n");
    assertEquals(1, pretty.skipped().size(), pretty.skipped().toString());
    assertTrue(
        pretty.skipped().get(0).getMessage().contains("one JSON object over several lines"),
        pretty.skipped().get(0).getMessage());
    // A bad first record of a real JSON Lines file is one problem, and the rest are read.
    IngestResult lines =
        SourceReader.readJsonLines(
            "l.jsonl", "{\"id\": \"a\", \"text\": }\n{\"id\": \"b\", \"text\": \"two\"}\n");
    assertEquals(1, lines.sources().size());
    assertEquals(1, lines.skipped().size());
  }

  @Test
  void testAnIdWithWhiteSpaceAtItsEndIsAMalformedRecord() {
    IngestResult result =
        SourceReader.readJsonLines(
            "r.jsonl", "{\"id\":\"r11 \",\"text\":\"one\"}\n{\"id\":\"r12\",\"text\":\"two\"}\n");
    assertEquals(List.of("r12"), result.sources().stream().map(Source::id).toList());
    String said = result.skipped().get(0).getMessage();
    assertTrue(said.startsWith("r.jsonl:1: ") && said.contains("'r11 ' starts or ends"), said);
  }
}
