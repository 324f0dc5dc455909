package io.github.loci.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.Loci;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.eval.Evaluation;
import io.github.loci.core.eval.EvidenceSpan;
import io.github.loci.core.eval.Metric;
import io.github.loci.core.eval.RetrievedPassage;
import io.github.loci.core.eval.SpanJudgments;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer-passage task on XQuAD: each paragraph of one language is a source, Loci's own
 * segmentation makes the passages, each question of a (possibly other) language is a query, and a
 * passage is relevant when it covers at least half of the question's answer span in that paragraph.
 * By default it runs on the user's path: no source and no question has its language declared (Loci
 * detects the sources' language, and the query's words tell theirs); {@link Mode#DECLARED} declares
 * both. Reports MRR@10, Recall@1/10/100 and the mean length of the returned passages.
 */
public final class Xquad {
  /** The metrics reported, in order. */
  public static final List<Metric> METRICS =
      List.of(
          Metric.parse("MRR@10"),
          Metric.parse("Recall@1"),
          Metric.parse("Recall@10"),
          Metric.parse("Recall@100"));

  /** How many passages each question retrieves. */
  public static final int DEPTH = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Xquad() {}

  /**
   * How Loci is configured for a run.
   *
   * @param name the row's name in a table
   * @param profile the analyzers of the language fields
   * @param tunedQueries whether queries use Loci's query-side analysis
   * @param k1 BM25's k1
   * @param b BM25's b
   */
  public record Config(
      String name, Analysis.Profile profile, boolean tunedQueries, float k1, float b) {
    /** Loci's defaults: its analyzers, its query side, its BM25. */
    public static final Config FULL =
        new Config(
            "Loci, full configuration",
            Analysis.Profile.LOCI,
            true,
            Loci.DEFAULT_K1,
            Loci.DEFAULT_B);

    /** (a) Loci's analyzers, plain query side, Lucene's BM25 defaults. */
    public static final Config LOCI_ANALYZERS =
        new Config("(a) Loci analyzers", Analysis.Profile.LOCI, false, 1.2f, 0.75f);

    /** (b) Lucene's StandardAnalyzer, plain query side, Lucene's BM25 defaults. */
    public static final Config STANDARD =
        new Config(
            "(b) Lucene StandardAnalyzer", Analysis.Profile.LUCENE_STANDARD, false, 1.2f, 0.75f);

    /** (c) Lucene's stock language analyzer, plain query side, Lucene's BM25 defaults. */
    public static final Config STOCK =
        new Config(
            "(c) Lucene language analyzer", Analysis.Profile.LUCENE_STOCK, false, 1.2f, 0.75f);
  }

  /**
   * How questions and sources are given.
   *
   * @param declared whether every source's and question's language is declared (else detected and
   *     guessed, as on the user's path)
   * @param stripDiacritics whether to remove the questions' diacritics (as typed on a keyboard
   *     without them)
   * @param translate whether questions are translated through the lexicon
   */
  public record Mode(boolean declared, boolean stripDiacritics, boolean translate) {
    /** The user's path: languages undeclared, questions as written, translated. */
    public static final Mode USER = new Mode(false, false, true);

    /** Languages declared, questions as written, translated. */
    public static final Mode DECLARED = new Mode(true, false, true);
  }

  /** A question: id, text, and its answer's span in its paragraph (UTF-16 offsets). */
  record Question(String id, String text, String sourceId, int answerStart, int answerEnd) {}

  /** A language's file: paragraphs by source id, and questions. */
  record Dataset(String lang, Map<String, String> paragraphs, List<Question> questions) {}

  /**
   * One run's figures.
   *
   * @param queryLang the questions' language
   * @param passageLang the paragraphs' language
   * @param evaluation the metrics
   * @param meanPassageChars mean length of the returned passages
   * @param sources paragraphs indexed
   * @param passages passages indexed
   * @param seconds wall-clock time of indexing and searching
   */
  public record Result(
      String queryLang,
      String passageLang,
      Evaluation evaluation,
      double meanPassageChars,
      int sources,
      long passages,
      double seconds) {

    /**
     * The run's name: {@code en}, or {@code en→es} across languages.
     *
     * @return the name
     */
    public String name() {
      return queryLang.equals(passageLang) ? queryLang : queryLang + "→" + passageLang;
    }
  }

  /** Removes every diacritic and writes đ as d, as text typed without a Vietnamese keyboard. */
  static String stripDiacritics(String text) {
    String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{Mn}+", "").replace('đ', 'd').replace('Đ', 'D');
  }

  /**
   * Reads {@code xquad.LANG.json}.
   *
   * @param dir the folder with the XQuAD files
   * @param lang en, es or vi
   * @return the paragraphs and questions
   * @throws IOException if the file is missing or not XQuAD
   */
  static Dataset read(Path dir, String lang) throws IOException {
    Path file = dir.resolve("xquad." + lang + ".json");
    if (!Files.isRegularFile(file)) {
      throw new IOException("no XQuAD file " + file + " (use --data DIR)");
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      throw new IOException(
          file
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid JSON: "
              // Jackson names where an unclosed object began as "[Source: REDACTED …]".
              + e.getOriginalMessage().replaceAll("\\s*\\[Source: [^\\]]*\\]", ""),
          e);
    }
    Map<String, String> paragraphs = new LinkedHashMap<>();
    List<Question> questions = new ArrayList<>();
    JsonNode articles = root.path("data");
    for (int a = 0; a < articles.size(); a++) {
      JsonNode paras = articles.get(a).path("paragraphs");
      for (int p = 0; p < paras.size(); p++) {
        String sourceId = String.format("a%02d-p%02d", a, p);
        String context = paras.get(p).path("context").asText();
        paragraphs.put(sourceId, context);
        for (JsonNode qa : paras.get(p).path("qas")) {
          JsonNode answer = qa.path("answers").path(0);
          String text = answer.path("text").asText();
          int codePoint = answer.path("answer_start").asInt(-1);
          if (text.isEmpty() || codePoint < 0) {
            throw new IOException(file + ": question " + qa.path("id").asText() + " has no answer");
          }
          // SQuAD offsets count code points (Python); Java strings count UTF-16 units.
          int start = context.offsetByCodePoints(0, codePoint);
          questions.add(
              new Question(
                  qa.path("id").asText(),
                  qa.path("question").asText(),
                  sourceId,
                  start,
                  start + text.length()));
        }
      }
    }
    return new Dataset(lang, paragraphs, questions);
  }

  /**
   * The questions of one language's file, in order.
   *
   * @param dir the folder with the XQuAD files
   * @param lang en, es or vi
   * @return the questions' text
   * @throws IOException if the file is missing or not XQuAD
   */
  public static List<String> questions(Path dir, String lang) throws IOException {
    return read(dir, lang).questions().stream().map(Question::text).toList();
  }

  /**
   * Runs the task on the user's path with Loci's defaults.
   *
   * @param dir the folder with the XQuAD files
   * @param queryLang the questions' language
   * @param passageLang the paragraphs' language (the same for the monolingual task)
   * @return the figures
   * @throws IOException if the data cannot be read or indexing fails
   */
  public static Result run(Path dir, String queryLang, String passageLang) throws IOException {
    return run(dir, queryLang, passageLang, Config.FULL, Mode.USER);
  }

  /**
   * Runs the task with a configuration.
   *
   * @param dir the folder with the XQuAD files
   * @param queryLang the questions' language
   * @param passageLang the paragraphs' language
   * @param config analyzers, query side and BM25
   * @param mode declared or undeclared languages, diacritics, translation
   * @return the figures
   * @throws IOException if the data cannot be read or indexing fails
   */
  public static Result run(Path dir, String queryLang, String passageLang, Config config, Mode mode)
      throws IOException {
    long started = System.nanoTime();
    Dataset passages = read(dir, passageLang);
    Dataset queries = queryLang.equals(passageLang) ? passages : read(dir, queryLang);
    SpanJudgments judgments = judgments(passages, queries);
    try (Loci loci =
        Loci.builder()
            .analyzers(config.profile())
            .tunedQueries(config.tunedQueries())
            .bm25(config.k1(), config.b())
            .build()) {
      List<Source> sources = new ArrayList<>();
      passages
          .paragraphs()
          .forEach(
              (id, text) ->
                  sources.add(
                      new Source(
                          id,
                          id,
                          Optional.empty(),
                          Optional.empty(),
                          mode.declared() ? Optional.of(passageLang) : Optional.empty(),
                          text)));
      IndexReport report = loci.index(sources);
      if (!report.skipped().isEmpty()) {
        throw new IOException("XQuAD paragraphs failed to index: " + report.skipped());
      }
      Map<String, List<RetrievedPassage>> ranked = new LinkedHashMap<>();
      long chars = 0;
      long returned = 0;
      for (Question q : queries.questions()) {
        List<Hit> hits =
            loci.search(
                    SearchRequest.builder()
                        .query(mode.stripDiacritics() ? stripDiacritics(q.text()) : q.text())
                        .queryLanguage(mode.declared() ? queryLang : null)
                        .translate(mode.translate())
                        .limit(DEPTH)
                        .build())
                .hits();
        ranked.put(q.id(), hits.stream().map(RetrievedPassage::of).toList());
        for (Hit hit : hits) {
          chars += hit.text().length();
        }
        returned += hits.size();
      }
      return new Result(
          queryLang,
          passageLang,
          judgments.evaluate(ranked, METRICS),
          returned == 0 ? 0 : chars / (double) returned,
          sources.size(),
          report.passagesWritten(),
          (System.nanoTime() - started) / 1e9);
    }
  }

  /**
   * The judgments of a run: each question's answer span in the paragraphs' language.
   *
   * @param passages the paragraphs' dataset
   * @param queries the questions' dataset (the same, or the same questions in another language)
   * @return a span per question that has an answer in the paragraphs
   */
  static SpanJudgments judgments(Dataset passages, Dataset queries) {
    Map<String, Question> answers = new LinkedHashMap<>();
    passages.questions().forEach(q -> answers.put(q.id(), q));
    List<EvidenceSpan> evidence = new ArrayList<>();
    for (Question q : queries.questions()) {
      Question answer = answers.get(q.id());
      if (answer != null) {
        evidence.add(
            new EvidenceSpan(
                q.id(), answer.sourceId(), answer.answerStart(), answer.answerEnd(), 1));
      }
    }
    return SpanJudgments.of(evidence);
  }
}
