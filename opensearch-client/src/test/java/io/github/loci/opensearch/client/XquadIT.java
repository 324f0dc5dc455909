package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.Loci;
import io.github.loci.core.eval.EvidenceSpan;
import io.github.loci.core.eval.Metric;
import io.github.loci.core.eval.RetrievedPassage;
import io.github.loci.core.eval.SpanJudgments;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.Topics;
import io.github.loci.opensearch.LociClusterTestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * XQuAD through OpenSearch in the user's path (no language declared, for questions or paragraphs):
 * MRR@10 of en, es, vi, en→es and en→vi within 0.01 of embedded Loci on the same paragraphs. Slow
 * (about 6,000 searches through the cluster): left out of the {@code opensearch-it} run, run it
 * with {@code .ci/opensearch-tests -Dit.test=XquadIT}.
 */
public class XquadIT extends LociClusterTestCase {
  private static final Path DATA = Path.of("..", "benchmarks", "data", "xquad");
  private static final Metric MRR = Metric.parse("MRR@10");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Paragraph id to text, and per question: id, text, paragraph, answer span. */
  private record Data(Map<String, String> paragraphs, List<String[]> questions) {}

  private static Data read(String lang) throws Exception {
    JsonNode articles =
        JSON.readTree(DATA.resolve("xquad." + lang + ".json").toFile()).path("data");
    Map<String, String> paragraphs = new LinkedHashMap<>();
    List<String[]> questions = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      JsonNode paras = articles.get(a).path("paragraphs");
      for (int p = 0; p < paras.size(); p++) {
        String id = String.format(Locale.ROOT, "a%02d-p%02d", a, p);
        String context = paras.get(p).path("context").asText();
        paragraphs.put(id, context);
        for (JsonNode qa : paras.get(p).path("qas")) {
          JsonNode answer = qa.path("answers").path(0);
          int start = context.offsetByCodePoints(0, answer.path("answer_start").asInt());
          int end = start + answer.path("text").asText().length();
          questions.add(
              new String[] {
                qa.path("id").asText(), qa.path("question").asText(), id, "" + start, "" + end
              });
        }
      }
    }
    return new Data(paragraphs, questions);
  }

  public void testMrrWithinOneHundredthOfEmbedded() throws Exception {
    LociOpenSearch.putTemplate(javaClient(), "loci", "xquad-*", 3, 1);
    String url = httpUrl();
    Map<String, Data> data = new LinkedHashMap<>();
    for (String lang : List.of("en", "es", "vi")) {
      data.put(lang, read(lang));
    }
    StringBuilder figures = new StringBuilder();
    List<String> failures = new ArrayList<>();
    for (String passageLang : List.of("en", "es", "vi")) {
      Data passages = data.get(passageLang);
      List<Source> sources = new ArrayList<>();
      passages
          .paragraphs()
          .forEach(
              (id, text) ->
                  sources.add(
                      new Source(
                          id, id, Optional.empty(), Optional.empty(), Optional.empty(), text)));
      String index = "xquad-" + passageLang;
      try (Loci embedded = Loci.open(createTempDir());
          RemoteLoci remote = RemoteLoci.connect(url, index, Topics.builtIn(), Lexicon.builtIn())) {
        embedded.index(sources);
        LociOpenSearch.createIndex(javaClient(), index);
        ensureGreen(index);
        OpenSearchIndexReport report = remote.index(sources);
        assertEquals(List.of(), report.failures());
        refresh(index);
        List<String> queryLangs =
            passageLang.equals("en") ? List.of("en") : List.of(passageLang, "en");
        for (String queryLang : queryLangs) {
          Map<String, String[]> answers = new LinkedHashMap<>();
          passages.questions().forEach(q -> answers.put(q[0], q));
          List<EvidenceSpan> evidence = new ArrayList<>();
          Map<String, List<RetrievedPassage>> local = new LinkedHashMap<>();
          Map<String, List<RetrievedPassage>> cluster = new LinkedHashMap<>();
          for (String[] q : data.get(queryLang).questions()) {
            String[] answer = answers.get(q[0]);
            evidence.add(
                new EvidenceSpan(
                    q[0], answer[2], Integer.parseInt(answer[3]), Integer.parseInt(answer[4]), 1));
            SearchRequest request = SearchRequest.builder().query(q[1]).limit(10).build();
            local.put(
                q[0], embedded.search(request).hits().stream().map(RetrievedPassage::of).toList());
            cluster.put(
                q[0], remote.search(request).hits().stream().map(RetrievedPassage::of).toList());
          }
          SpanJudgments judgments = SpanJudgments.of(evidence);
          double want = judgments.evaluate(local, List.of(MRR)).mean(MRR);
          double got = judgments.evaluate(cluster, List.of(MRR)).mean(MRR);
          String task = queryLang.equals(passageLang) ? queryLang : queryLang + "→" + passageLang;
          figures.append(
              String.format(Locale.ROOT, "%s: embedded %.4f, OpenSearch %.4f; ", task, want, got));
          if (Math.abs(want - got) > 0.01) {
            failures.add(task);
          }
        }
      }
    }
    logger.info("XQuAD MRR@10: {}", figures);
    System.out.println("XQuAD MRR@10: " + figures);
    assertEquals(figures.toString(), List.of(), failures);
  }
}
