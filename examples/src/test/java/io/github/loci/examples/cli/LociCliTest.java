package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.Loci;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LociCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LociCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void testDemoFindsDataCentresInThreeLanguagesInTopFive() {
    Result r = run("demo", "data centres", "--no-color");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Loci demo: 5 bundled seed sources"), r.out());
    assertTrue(r.out().contains("Of its 16 operational ⟦data centers⟧"), r.out());
    assertTrue(r.out().contains("14 ⟦trung tâm dữ liệu⟧"), r.out());
    assertTrue(r.out().contains("ha scelto la Germania per la sua nuova ⟦server farm⟧"), r.out());
    assertTrue(r.out().contains(" 5. "), "five hits by default");
    assertFalse(r.out().contains(" 6. "));
  }

  @Test
  void testBenchXquadComparesWithStockLuceneOnTheUsersPathOrDeclared() throws Exception {
    String paragraph =
        "Tesla built his laboratory in Colorado Springs in 1899. It had a giant coil.";
    Files.writeString(
        dir.resolve("xquad.en.json"),
        """
        {"data": [{"title": "t", "paragraphs": [{"context": "%s", "qas": [{"id": "q1",
          "question": "Where did Tesla build his laboratory?",
          "answers": [{"text": "Colorado Springs", "answer_start": %d}]}]}]}]}
        """
            .formatted(paragraph, paragraph.indexOf("Colorado Springs")));
    Result user = run("bench", "xquad", "--data", dir.toString(), "--lang", "en", "--compare");
    assertEquals(0, user.code(), user.err());
    assertTrue(
        user.out().contains("| en | stock: Lucene StandardAnalyzer, 2-sentence windows | 1 |"));
    assertTrue(
        user.out().contains("| en | stock: Lucene EnglishAnalyzer, 2-sentence windows | 1 |"));
    assertTrue(user.out().contains("| en | Loci, full configuration | 1 | 1.0000 |"), user.out());
    assertFalse(user.out().contains("declared"), user.out());
    Result declared = run("bench", "xquad", "--data", dir.toString(), "--lang", "en", "--declared");
    assertEquals(0, declared.code(), declared.err());
    assertTrue(
        declared.out().contains("| en, languages declared | Loci, full configuration | 1 |"),
        declared.out());
  }

  @Test
  void testJsonLinesCarryTheDocumentedFields() throws Exception {
    Result r = run("demo", "investments", "--format", "json", "--top", "10");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    assertTrue(lines.size() >= 3 && lines.size() <= 10, r.out());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode hit = JSON.readTree(lines.get(i));
      assertEquals(i + 1, hit.get("rank").asInt());
      for (String field :
          List.of(
              "score",
              "sourceId",
              "passageId",
              "title",
              "lang",
              "start",
              "end",
              "sentences",
              "text",
              "matches")) {
        assertTrue(hit.has(field), field + " in " + lines.get(i));
      }
      assertFalse(hit.has("qid"), "qid only in batch mode");
      assertEquals(
          hit.get("sourceId").asText() + "#",
          hit.get("passageId").asText().replaceAll("\\d+$", ""));
      assertEquals(
          hit.get("end").asInt() - hit.get("start").asInt(), hit.get("text").asText().length());
      for (JsonNode m : hit.get("matches")) {
        assertEquals(
            m.get("text").asText(),
            hit.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt()));
      }
    }
    assertTrue(r.out().contains("inversión de 26 millones"));
    assertTrue(r.out().contains("vốn đầu tư hàng tỉ USD"));
  }

  @Test
  void testIndexSearchSourcesAndSyncOnDisk() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("my corpus"));
    Files.writeString(
        corpus.resolve("cloud news.txt"), "Alibaba opened a data centre in Frankfurt. It is big.");
    Files.writeString(corpus.resolve("other.txt"), "Amazon Web Services leads the cloud market.");
    Files.write(corpus.resolve("bad.txt"), new byte[] {'a', 0, 'b'});
    Path index = dir.resolve("index");

    Result indexed = run("index", corpus.toString(), "--index", index.toString());
    assertEquals(ExitCodes.SKIPPED, indexed.code(), indexed.err());
    assertTrue(
        indexed.out().contains("Indexed 2 sources (2 added, 0 replaced, 0 unchanged)"),
        indexed.out());
    assertTrue(indexed.out().contains("Skipped 1:"), indexed.out());
    assertTrue(indexed.out().contains("bad.txt (byte 1): binary file"), indexed.out());

    Result again = run("index", corpus.toString(), "--index", index.toString(), "--threads", "1");
    assertTrue(again.out().contains("(0 added, 0 replaced, 2 unchanged)"), again.out());
    assertTrue(again.out().contains("Resumed: 2 sources were already indexed"), again.out());

    Result trec = run("search", "--index", index.toString(), "--format", "trec", "data", "centres");
    assertEquals(0, trec.code(), trec.err());
    assertTrue(trec.lines().get(0).startsWith("1 Q0 cloud%20news#0 1 "), trec.out());
    assertTrue(trec.lines().get(0).endsWith(" loci"));
    // In any order, the score column falls with the rank (trec_eval ranks by score).
    Result byAmount =
        run("search", "--index", index.toString(), "--format", "trec", "--sort", "amount", "cloud");
    assertEquals(0, byAmount.code(), byAmount.err());
    double previous = Double.MAX_VALUE;
    for (String line : byAmount.lines()) {
      double score = Double.parseDouble(line.split(" ")[4]);
      assertTrue(score < previous, byAmount.out());
      previous = score;
    }
    Result untagged =
        run("search", "--index", index.toString(), "--format", "trec", "--tag", "", "cloud");
    assertEquals(ExitCodes.USAGE, untagged.code(), untagged.out());
    assertTrue(untagged.err().contains("--tag must not be blank"), untagged.err());
    Result tooDeep = run("search", "--index", index.toString(), "--top", "2147483647", "cloud");
    assertEquals(ExitCodes.USAGE, tooDeep.code(), tooDeep.out());
    assertTrue(
        tooDeep.err().contains("--offset plus --top must be at most 10,000, not 0 + 2147483647"),
        tooDeep.err());

    Result listed = run("sources", "--index", index.toString());
    assertTrue(listed.out().contains("cloud news"), listed.out());
    assertTrue(listed.out().contains("2 sources"), listed.out());

    Files.delete(corpus.resolve("other.txt"));
    Result synced = run("index", corpus.toString(), "--index", index.toString(), "--sync");
    assertTrue(synced.out().contains("Removing 1 source whose file is gone: other"), synced.out());
    assertTrue(synced.out().contains("Removed 1 source whose file is gone"), synced.out());

    Result deleted = run("sources", "--index", index.toString(), "--delete", "cloud news");
    assertEquals(0, deleted.code(), deleted.err());
    Result missing = run("sources", "--index", index.toString(), "--delete", "cloud news");
    assertEquals(1, missing.code());
    assertEquals("loci: error: no source 'cloud news' in " + index + "\n", missing.err());
  }

  @Test
  void testIndexPrintsACommitLineWithSizesAndCountsAndChecksThreads() throws Exception {
    Path jsonl = dir.resolve("records.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"text\":\"Alibaba abrió un centro de datos en Colombia.\"}\n"
            + "{\"id\":\"b\",\"text\":\"Amazon opened a data centre in Ireland.\"}\n");
    Path index = dir.resolve("index");
    Result indexed = run("index", jsonl.toString(), "--index", index.toString(), "--threads", "2");
    assertEquals(0, indexed.code(), indexed.err());
    long bytes = Files.size(jsonl);
    String committed =
        indexed.lines().stream().filter(l -> l.startsWith("committed: ")).findFirst().orElseThrow();
    assertTrue(committed.contains("100% 2 sources"), committed);
    assertTrue(
        committed.contains(
            String.format(java.util.Locale.ROOT, "%.1f/%.1f MB", bytes / 1e6, bytes / 1e6)),
        committed);
    assertTrue(indexed.out().contains("(1 commit)"), indexed.out());
    Result zero = run("index", jsonl.toString(), "--index", index.toString(), "--threads", "0");
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--threads must be from 1 to 256, not 0"), zero.err());
    Result unknown = run("sources", "--index", index.toString(), "--delete", "\u001b[31mevil");
    assertEquals(1, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains("\uFFFD[31mevil"), unknown.err());
    // 2^30 threads overflowed the workers' slots: the run waited for ever.
    Result huge =
        run("index", jsonl.toString(), "--index", index.toString(), "--threads", "1073741824");
    assertEquals(2, huge.code());
    assertTrue(huge.err().contains("--threads must be from 1 to 256"), huge.err());
  }

  @Test
  void testBatchQueriesFromTsv() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("index", "../corpus/seeds", "--index", index.toString()).code());
    Path queries = dir.resolve("q.tsv");
    Files.writeString(
        queries, "# topics\nq1\tdata centres\nq2\tcuota de mercado\tes\n", StandardCharsets.UTF_8);
    Result r =
        run(
            "search",
            "--index",
            index.toString(),
            "--queries",
            queries.toString(),
            "--format",
            "json",
            "--top",
            "3");
    assertEquals(0, r.code(), r.err());
    assertEquals(6, r.lines().size());
    assertEquals("q1", JSON.readTree(r.lines().get(0)).get("qid").asText());
    assertEquals("q2", JSON.readTree(r.lines().get(5)).get("qid").asText());

    Files.writeString(queries, "q1\tdata centres\nbroken line\n");
    Result bad = run("search", "--index", index.toString(), "--queries", queries.toString());
    // A bad line is reported with file and line, and the other queries run (issue #12).
    assertEquals(1, bad.code());
    assertTrue(
        bad.err().startsWith("loci: error: " + queries + ":2: expected qid<TAB>query"), bad.err());
    assertTrue(bad.out().contains("[q1]"), bad.out());
    assertEquals(2, bad.err().lines().count(), "the line and the count, no stack trace");
  }

  @Test
  void testLockedIndexIsOneReadableLine() throws Exception {
    Path index = dir.resolve("index");
    try (Loci holder = Loci.open(index)) {
      Result r = run("index", "../corpus/seeds", "--index", index.toString());
      assertEquals(1, r.code());
      assertTrue(r.err().startsWith("loci: error: index is locked: " + index), r.err());
      assertEquals(1, r.err().lines().count());
      Result verbose = run("--verbose", "index", "../corpus/seeds", "--index", index.toString());
      assertTrue(verbose.err().contains("LockObtainFailedException"), "stack trace with --verbose");
    }
  }

  @Test
  void testUsageErrorsExitTwo() {
    assertEquals(2, run("search").code());
    assertEquals(2, run("nonsense").code());
    assertEquals(2, run("demo", "--top", "many").code());
    assertEquals(2, run("demo", "--topic", "nope").code(), "an unknown topic is a usage error");
    assertEquals(0, run("--help").code());
    for (String command :
        List.of("demo", "index", "search", "sources", "topics", "eval", "bench")) {
      Result help = run(command, "--help");
      assertEquals(0, help.code(), command + ": " + help.err());
      assertTrue(help.out().startsWith("Usage: loci " + command), help.out());
    }
    Result badValue = run("demo", "Alibaba", "--with", "nonsense");
    assertEquals(2, badValue.code());
    assertEquals(1, badValue.err().lines().count(), badValue.err());
    assertTrue(
        badValue.err().startsWith("loci: error: Invalid value for option '--with'"),
        badValue.err());
    assertTrue(badValue.err().contains("(see: loci demo --help)"), badValue.err());
    // An empty path (a script's unset variable) named the current folder: an index was written
    // there.
    for (String[] args :
        List.of(
            new String[] {"index", "x.txt", "--index", ""},
            new String[] {"index", "", "--index", "idx"},
            new String[] {"search", "--index", "", "words"},
            new String[] {"sources", "--index", ""})) {
      Result empty = run(args);
      assertEquals(2, empty.code(), String.join(" ", args) + ": " + empty.err());
      assertTrue(empty.err().contains("an empty path (a variable not set?)"), empty.err());
    }
    // A value echoed back in an error keeps no escape sequence: it could recolour or rewrite the
    // terminal.
    Result escape = run("demo", "Alibaba", "--with", "no\u001b[31m");
    assertEquals(2, escape.code(), escape.err());
    assertTrue(escape.err().contains("no\uFFFD[31m"), escape.err());
    // An OpenSearch index name goes into request paths: "x#y" created the index "x".
    for (String command : List.of("index", "search")) {
      Result name = run(command, "x", "--opensearch", "http://127.0.0.1:9", "--index-name", "x#y");
      assertEquals(2, name.code(), name.err());
      assertTrue(
          name.err().contains("--index-name: not an OpenSearch index name: 'x#y' holds '#'"),
          name.err());
    }
    Result shards =
        run(
            "index",
            "x",
            "--opensearch",
            "http://127.0.0.1:9",
            "--index-name",
            "x",
            "--shards",
            "0");
    assertEquals(2, shards.code(), shards.err());
    assertTrue(shards.err().contains("--shards must be at least 1"), shards.err());
    // Every id would start with white space, and each source be refused on its own.
    Result prefix = run("index", "x.txt", "--index", "idx", "--id-prefix", " ");
    assertEquals(2, prefix.code(), prefix.err());
    assertTrue(prefix.err().contains("--id-prefix must not start with white space"), prefix.err());
    // picocli's own messages begin with "Error: ": not twice an error.
    Result both = run("search", "--index", "idx", "words", "--topic", "t");
    assertEquals(2, both.code());
    assertTrue(
        both.err().startsWith("loci: error: QUERY, --topic=ID are mutually exclusive"), both.err());
    Result threads = run("index", "x", "--index", "idx", "--threads", "0");
    assertEquals(
        "loci: error: --threads must be from 1 to 256, not 0 (see: loci index --help)\n",
        threads.err());
    Result language = run("demo", "--in", "x1", "words");
    assertEquals(2, language.code());
    assertTrue(language.err().contains("unknown language \"x1\""), language.err());
    Result version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("loci "), version.out());
  }

  @Test
  void testACommandNamedFirstIsBuiltAloneAndBehavesAsAmongAllCommands() {
    CommandLine all = LociCli.commandLine(new LociCli(), new String[] {"--help"});
    assertEquals(
        List.copyOf(LociCli.COMMANDS.keySet()), List.copyOf(all.getSubcommands().keySet()));
    for (String name : LociCli.COMMANDS.keySet()) {
      if (name.equals("help")) {
        continue;
      }
      CommandLine alone = LociCli.commandLine(new LociCli(), new String[] {name, "--help"});
      assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()));
      CommandLine one = alone.getSubcommands().get(name);
      CommandLine among = all.getSubcommands().get(name);
      assertEquals(among.getUsageMessage(), one.getUsageMessage(), name);
      // The root's options that every command inherits (--verbose, --topics, --lexicon).
      assertEquals(
          among.getCommandSpec().options().stream().map(o -> o.longestName()).toList(),
          one.getCommandSpec().options().stream().map(o -> o.longestName()).toList(),
          name);
    }
    // "help" names the help command, which lists every command.
    CommandLine help = LociCli.commandLine(new LociCli(), new String[] {"help"});
    assertEquals(LociCli.COMMANDS.size(), help.getSubcommands().size());
    Result usage = run("help");
    assertEquals(0, usage.code(), usage.err());
    for (String name : LociCli.COMMANDS.keySet()) {
      assertTrue(usage.out().contains("  " + name + " "), name + " in " + usage.out());
    }
  }

  @Test
  void testTopicsListsBuiltInAndFileTopics() throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(
        file,
        "{\"topics\":[{\"id\":\"partnerships\",\"label\":\"Partnerships\",\"terms\":{\"en\":[\"partnership\"],\"it\":[\"alleanza\"]}}]}");
    Result r = run("--topics", file.toString(), "topics");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "data-centres  Data centres  concepts: data-centre, cloud-infrastructure^0.5"));
    assertTrue(r.out().contains("investments  Investments  concepts: "), r.out());
    assertTrue(r.out().contains("prefers: money"), r.out());
    assertTrue(r.out().contains("partnerships  Partnerships"));
    assertTrue(r.out().contains("  it: alleanza"));
    Files.writeString(file, "{\"topics\":[{\"id\":\"Bad Id\",\"terms\":{\"en\":[\"x\"]}}]}");
    Result bad = run("--topics", file.toString(), "topics");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains(file + ": topic 1: topic id 'Bad Id'"), bad.err());
  }

  @Test
  void testLexiconCheckNamesTheFileAndLineOfABadEntry() throws Exception {
    Result builtIn = run("lexicon", "check");
    assertEquals(0, builtIn.code(), builtIn.err());
    assertTrue(builtIn.out().startsWith("built-in lexicon: "), builtIn.out());
    Path good = dir.resolve("mine.tsv");
    Files.writeString(
        good, "# mine\nedge-node\tcloud\tedge node\tnodo perimetral\tnodo edge\tnút biên\n");
    Result ok = run("lexicon", "check", good.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().startsWith("1 file(s): 1 concepts, no problems"), ok.out());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "# mine\nedge-node\tcloud\tedge node\tnodo perimetral\tnodo edge\n");
    Result error = run("lexicon", "check", bad.toString());
    assertEquals(1, error.code());
    assertTrue(error.err().contains(bad + ":2: expected 6 tab-separated columns"), error.err());
    // Every bad line of every file is told, not only the first.
    Path worse = dir.resolve("worse.tsv");
    Files.writeString(worse, "bad line\nx\tcloud\tterm\tes\tit\tvi\nBad Id\tcloud\ta\tb\tc\td\n");
    Result all = run("lexicon", "check", bad.toString(), worse.toString());
    assertEquals(1, all.code());
    assertTrue(all.err().contains(bad + ":2: expected 6"), all.err());
    assertTrue(all.err().contains(worse + ":1: expected 6"), all.err());
    assertTrue(all.err().contains(worse + ":3: concept id 'Bad Id'"), all.err());
    assertTrue(all.err().contains("3 problems in 2 of 2 file(s)"), all.err());
    // A file whose terms are only function words is checked beside the others.
    Path function2 = dir.resolve("function2.tsv");
    Files.writeString(function2, "of\tgeneral\tof\tde\tdi\tcủa\n");
    Result both = run("lexicon", "check", bad.toString(), function2.toString());
    assertEquals(1, both.code());
    assertTrue(both.err().contains(function2 + ":1: en term 'of'"), both.err());
    assertTrue(both.err().contains("2 problems in 2 of 2 file(s)"), both.err());
    Path function = dir.resolve("function.tsv");
    Files.writeString(function, "of\tgeneral\tof\tde\tdi\tcủa\n");
    Result functionWord = run("lexicon", "check", function.toString());
    assertEquals(1, functionWord.code());
    assertTrue(functionWord.err().contains(function + ":1: en term 'of'"), functionWord.err());
    Result missing = run("lexicon", "check", dir.resolve("none.tsv").toString());
    assertEquals(1, missing.code());
    assertEquals("loci: error: no such file: " + dir.resolve("none.tsv") + "\n", missing.err());
    Path topics = dir.resolve("topics.json");
    Files.writeString(topics, "{\"topics\":[{\"id\":\"edge\",\"concepts\":{\"edge-node\":1}}]}");
    Result unknownConcept = run("--topics", topics.toString(), "topics");
    assertEquals(1, unknownConcept.code());
    assertTrue(
        unknownConcept.err().startsWith("loci: error: " + topics + ": topic 'edge' names concept"),
        unknownConcept.err());
    Result withLexicon = run("--lexicon", good.toString(), "--topics", topics.toString(), "topics");
    assertEquals(0, withLexicon.code(), withLexicon.err());
    assertTrue(withLexicon.out().contains("  vi: nút biên"), withLexicon.out());
    // Checked through --lexicon: named, and its replacements noted, as when given as a file.
    Path override = dir.resolve("override.tsv");
    Files.writeString(
        override,
        "data-centre\ttech\tdata centre\tcentro de datos\tdata center\ttrung tâm dữ liệu\n");
    Result viaOption = run("--lexicon", override.toString(), "lexicon", "check");
    assertEquals(0, viaOption.code(), viaOption.err());
    assertTrue(
        viaOption.out().contains("replace built-in concepts of the same id: data-centre"),
        viaOption.out());
    assertTrue(
        viaOption.out().contains("built-in lexicon with " + override + ": "), viaOption.out());
    // A user lexicon extends the built-in one for search.
    Result show = run("--lexicon", good.toString(), "lexicon", "show", "nodo perimetral");
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("vi: nút biên"), show.out());
  }

  @Test
  void testLexiconShowAndCoverageRefuseWhatTheyCannotMeasure() throws Exception {
    Result show = run("lexicon", "show", "--lang", "xx", "centro de datos");
    assertEquals(2, show.code(), show.out());
    assertTrue(
        show.err().contains("--lang: 'xx' is not one of the lexicon's languages"), show.err());
    Result missing = run("lexicon", "coverage", "--seeds", dir.resolve("none").toString());
    assertEquals(1, missing.code(), missing.out());
    assertTrue(missing.err().contains("no such file: " + dir.resolve("none")), missing.err());
    Result noXquad = run("lexicon", "coverage", "--xquad", dir.toString());
    assertEquals(1, noXquad.code(), noXquad.out());
    assertTrue(noXquad.err().contains(dir + ": no XQuAD files here"), noXquad.err());
    // A source in a language the lexicon has no terms for is left out, not an error.
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(
        seeds.resolve("de.txt"),
        "Das Rechenzentrum in Frankfurt wurde im Jahr 2020 eröffnet und beschäftigt viele"
            + " Menschen aus der Region, die dort an neuen Diensten für Unternehmen arbeiten.");
    Files.writeString(
        seeds.resolve("en.txt"),
        "The company opened a new data centre in Frankfurt, its third in Germany, to serve"
            + " customers of its cloud services across central Europe.");
    Result coverage =
        run("lexicon", "coverage", "--seeds", seeds.toString(), "--xquad", dir + "/x");
    assertEquals(1, coverage.code(), coverage.err());
    Files.createDirectories(dir.resolve("x"));
    Files.writeString(dir.resolve("x/xquad.en.json"), "{\"data\":[]}");
    coverage = run("lexicon", "coverage", "--seeds", seeds.toString(), "--xquad", dir + "/x");
    assertEquals(0, coverage.code(), coverage.err());
    assertTrue(coverage.out().contains("| seed sources | en |"), coverage.out());
    assertTrue(
        coverage.err().contains("left out, in languages the lexicon has no terms for: de 1"),
        coverage.err());
  }

  @Test
  void testSourcesStopsListingWhenItsReaderHasGone() throws Exception {
    Path index = dir.resolve("listing");
    try (io.github.loci.core.Loci loci = io.github.loci.core.Loci.open(index)) {
      List<io.github.loci.core.ingest.Source> sources = new java.util.ArrayList<>();
      for (int i = 0; i < 50; i++) {
        sources.add(io.github.loci.core.ingest.Source.of("s" + i, "T" + i, "Data centres " + i));
      }
      loci.index(sources);
    }
    // A pipe whose reader has gone (loci sources | head): every write fails. Counted: the lines
    // still written after the first failure.
    int[] writesAfterFailure = {0};
    java.io.Writer gone =
        new java.io.Writer() {
          private boolean failed;

          @Override
          public void write(char[] b, int off, int len) throws java.io.IOException {
            if (failed) {
              for (int i = off; i < off + len; i++) {
                writesAfterFailure[0] += b[i] == '\n' ? 1 : 0;
              }
            }
            failed = true;
            throw new java.io.IOException("Broken pipe");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    int code =
        LociCli.run(
            new String[] {"sources", "--index", index.toString()},
            new PrintWriter(gone),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    // Before, each of the 50 sources was still formatted and written, for nobody.
    assertTrue(writesAfterFailure[0] <= 2, "lines after the pipe broke: " + writesAfterFailure[0]);
  }

  @Test
  void testExplainPrintsTheExpandedQueryAndWhatEachHitMatched() {
    Result r = run("demo", "nuevos centros de datos", "--explain", "--no-color", "--top", "10");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("“centros de datos” (es) = concept data-centre"), r.out());
    assertTrue(r.out().contains("      vi: trung tâm dữ liệu"), r.out());
    assertTrue(r.out().contains("“trung tâm dữ liệu” = trung tâm dữ liệu (data-centre)"), r.out());
    assertTrue(r.out().contains("“data centers” = data center (data-centre)"), r.out());
    Result topic = run("demo", "market share", "--explain", "--no-color");
    assertTrue(topic.out().contains("topic market-share = concepts market-share + "), topic.out());
    assertTrue(topic.out().contains("      vi: thị phần"), topic.out());
    // JSON and TREC output hold hits only: the expansion goes to stderr (it was dropped).
    Result json = run("demo", "nuevos centros de datos", "--explain", "--format", "json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.err().startsWith("Query: nuevos centros de datos\n"), json.err());
    assertTrue(json.err().contains("“centros de datos” (es) = concept data-centre"), json.err());
    assertTrue(json.err().contains("  Lucene query: "), json.err());
    for (String line : json.lines()) {
      assertTrue(line.startsWith("{\"total_matches\":"), line);
    }
  }

  @Test
  void testExplainOfATopicOfItsOwnTermsSaysSo() throws Exception {
    Path file = dir.resolve("own.json");
    Files.writeString(
        file,
        "{\"topics\":[{\"id\":\"hk\",\"label\":\"Hong Kong\",\"terms\":{\"en\":[\"hong kong\"]}}]}");
    Result r = run("--topics", file.toString(), "demo", "Hong Kong", "--explain", "--no-color");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("topic hk = its own terms (one group each spelling"), r.out());
    assertTrue(r.out().contains("      en: hong kong"), r.out());
  }

  @Test
  void testAmountsAreListedInJsonAndFilterAndSortHits() throws Exception {
    Result r = run("demo", "investments", "--format", "json", "--top", "10");
    assertEquals(0, r.code(), r.err());
    boolean found = false;
    for (String line : r.lines()) {
      JsonNode hit = JSON.readTree(line);
      assertTrue(hit.get("amounts").isArray(), line);
      for (JsonNode a : hit.get("amounts")) {
        assertEquals(
            a.get("text").asText(),
            hit.get("text").asText().substring(a.get("start").asInt(), a.get("end").asInt()));
        if (a.get("text").asText().equals("$15 billion")) {
          assertEquals("money", a.get("kind").asText());
          assertEquals(15e9, a.get("value").asDouble());
          assertEquals("USD", a.get("currency").asText());
          assertEquals("exact", a.get("qualifier").asText());
          found = true;
        }
      }
    }
    assertTrue(found, r.out());
    Result big =
        run(
            "demo",
            "Alibaba",
            "--format",
            "json",
            "--top",
            "20",
            "--min-amount",
            "1e10",
            "--sort",
            "amount");
    assertEquals(0, big.code(), big.err());
    assertFalse(big.lines().isEmpty());
    double previous = Double.POSITIVE_INFINITY;
    for (String line : big.lines()) {
      double max = 0;
      for (JsonNode a : JSON.readTree(line).get("amounts")) {
        if (a.get("kind").asText().equals("money")) {
          max = Math.max(max, a.get("value").asDouble());
        }
      }
      assertTrue(max >= 1e10, line);
      assertTrue(max <= previous, "sorted by the largest amount: " + big.out());
      previous = max;
    }
    Result percent = run("demo", "Alibaba", "--format", "json", "--with", "percent");
    assertEquals(0, percent.code(), percent.err());
    assertFalse(percent.lines().isEmpty());
    for (String line : percent.lines()) {
      assertTrue(line.contains("\"kind\":\"percent\""), line);
    }
  }

  @Test
  void testTrecIdsEscapeWhiteSpaceAndPercent() {
    assertEquals("a%20b%25c%09d", HitPrinter.trecId("a b%c\td"));
    assertEquals("a%C2%A0b", HitPrinter.trecId("a\u00a0b"));
  }

  @Test
  void testEvalPrintsTheLibraryNumbers() throws Exception {
    Path qrels = dir.resolve("qrels.txt");
    Path run = dir.resolve("run.txt");
    Files.writeString(qrels, "q1 0 d1 2\nq1 0 d2 1\nq1 0 d3 0\nq1 0 d5 1\nq2 0 d9 0\n");
    Files.writeString(
        run,
        "q1 Q0 d1 1 0.8 t\nq1 Q0 d2 2 0.5 t\nq1 Q0 d3 3 0.9 t\nq1 Q0 d4 4 0.8 t\nq2 Q0 d9 1 1 t\n");
    var library =
        io.github.loci.core.eval.Evaluator.evaluate(
            io.github.loci.core.eval.Qrels.read(qrels),
            io.github.loci.core.eval.Run.read(run),
            io.github.loci.core.eval.Evaluator.DEFAULT_METRICS,
            io.github.loci.core.eval.Run.Order.SCORE);
    Result r = run("eval", "--qrels", qrels.toString(), "--run", run.toString(), "--per-query");
    assertEquals(0, r.code(), r.err());
    for (var metric : io.github.loci.core.eval.Evaluator.DEFAULT_METRICS) {
      String expected = EvalCommand.line(metric.toString(), "all", library.mean(metric));
      assertTrue(r.lines().contains(expected), expected + " in\n" + r.out());
    }
    // Rounded as trec_eval's printf rounds: the exact binary value, half to even.
    assertEquals("P@32          \tq\t0.0312", EvalCommand.line("P@32", "q", 1.0 / 32));
    assertEquals("MRR@10        \tall\t0.2812", EvalCommand.line("MRR@10", "all", 0.28125));
    assertEquals("MAP           \tall\t0.3333", EvalCommand.line("MAP", "all", 1.0 / 3));
    assertEquals("MAP           \tall\t1.0000", EvalCommand.line("MAP", "all", 1));
    assertEquals("MAP           \tall\t0.0000", EvalCommand.line("MAP", "all", 0));
    assertTrue(r.lines().contains(String.format("%-14s\tq1\t%.4f", "MRR@10", 1.0 / 3)), r.out());
    assertTrue(r.lines().contains(String.format("%-14s\tall\t%d", "num_q", 2)), r.out());
    assertTrue(r.lines().contains(String.format("%-14s\tall\t%d", "num_q_no_rel", 1)), r.out());
    assertTrue(r.lines().contains(String.format("%-14s\tall\t%d", "num_q_not_judged", 0)), r.out());
    Result ranked =
        run(
            "eval",
            "--qrels",
            qrels.toString(),
            "--run",
            run.toString(),
            "--metrics",
            "MRR@10",
            "--order",
            "rank");
    // q1 ranks d1 (grade 2) first by its rank column: 1; q2, judged without a relevant document: 0.
    assertTrue(
        ranked.lines().contains(String.format("%-14s\tall\t%.4f", "MRR@10", 0.5)), ranked.out());
    Result bad =
        run("eval", "--qrels", qrels.toString(), "--run", run.toString(), "--metrics", "F1");
    assertEquals(2, bad.code());
    Files.writeString(run, "q1 Q0 d1 one 0.8 t\n");
    Result broken = run("eval", "--qrels", qrels.toString(), "--run", run.toString());
    assertEquals(1, broken.code());
    assertEquals(
        "loci: error: " + run + ":1: rank must be an integer, found 'one'\n", broken.err());
    Files.writeString(run, "# nothing ran\n");
    Result empty = run("eval", "--qrels", qrels.toString(), "--run", run.toString());
    assertEquals(1, empty.code(), empty.out());
    assertEquals(
        "loci: error: " + run + ": no run lines (qid Q0 docid rank score tag)\n", empty.err());
  }
}
