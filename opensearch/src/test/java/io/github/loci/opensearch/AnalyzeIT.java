package io.github.loci.opensearch;

import io.github.loci.analyzers.Language;
import io.github.loci.analyzers.LanguageAnalyzers;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.opensearch.analysis.LociAnalyzerNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.opensearch.client.opensearch.indices.AnalyzeResponse;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

/**
 * {@code _analyze} with each of Loci's analyzers, through the client on an index of three shards
 * and one replica, gives exactly the tokens, positions and offsets of the embedded analyzer on the
 * five seed articles.
 */
public class AnalyzeIT extends LociClusterTestCase {
  /** The seeds: tests run with the module folder as working directory. */
  static final Path SEEDS = Path.of("..", "corpus", "seeds");

  /** One token as both sides report it. */
  record Token(String term, int position, int length, long start, long end) {}

  public void testEveryAnalyzerMatchesEmbeddedOnTheSeeds() throws IOException {
    javaClient()
        .indices()
        .create(c -> c.index("analyze").settings(s -> s.numberOfShards(3).numberOfReplicas(1)));
    ensureGreen("analyze");
    List<String> seeds = seeds();
    assertEquals(5, seeds.size());
    Set<String> checked = new TreeSet<>();
    // Every field of the embedded index, with the analyzer embedded Loci indexes it with, and each
    // language's main field with its query analyzer too.
    try (Analysis analysis = new Analysis()) {
      Map<String, Analyzer> expected = new LinkedHashMap<>();
      for (Language language : Language.values()) {
        for (Analysis.LanguageField field : analysis.fields(language)) {
          expected.put(field.name(), analysis.indexAnalyzer());
        }
        expected.put(Fields.textField(language) + "_query", null);
      }
      expected.put(Fields.TEXT_NEUTRAL, analysis.indexAnalyzer());
      for (Map.Entry<String, Analyzer> entry : expected.entrySet()) {
        boolean query = entry.getValue() == null;
        String field =
            query ? entry.getKey().substring(0, entry.getKey().length() - 6) : entry.getKey();
        Analyzer embedded = query ? analysis.queryAnalyzer(field) : entry.getValue();
        String name = LociAnalyzerNames.ofField(entry.getKey());
        for (String text : seeds) {
          List<Token> tokens = embedded(embedded, field, text);
          assertFalse(name + " gave no tokens", tokens.isEmpty());
          assertSameTokens(name, tokens, analyze("analyze", name, text));
        }
        checked.add(name);
      }
    }
    assertEquals(new TreeSet<>(LociAnalyzerNames.all().keySet()), checked);
  }

  public void testSettingsReachTheAnalyzersAndFilters() throws IOException {
    String settings =
        """
        {"settings": {"analysis": {
          "analyzer": {
            "english_questions": {"type": "loci_en", "mode": "query"},
            "dotted_numbers": {"type": "custom", "tokenizer": "standard",
              "filter": ["lowercase", "dot_decimal", "loci_english_spelling"]}},
          "filter": {
            "dot_decimal": {"type": "loci_number_normalization", "decimal_separator": "."}}}}}
        """;
    assertEquals(200, status(put("/modes", settings)));
    String question = "What is the colour of the data centres?";
    try (Analyzer query = LanguageAnalyzers.forQuery(Language.EN);
        Analyzer index = LanguageAnalyzers.forLanguage(Language.EN)) {
      List<Token> expected = embedded(query, question);
      assertNotEquals(expected, embedded(index, question));
      assertEquals(expected, analyze("modes", "english_questions", question));
      assertEquals(expected, analyze("modes", "loci_en_query", question));
      assertEquals(embedded(index, question), analyze("modes", "loci_en", question));
    }
    String amount = "38,400 colour centres";
    assertEquals(chain(amount, '.'), analyze("modes", "dotted_numbers", amount));
    assertNotEquals(chain(amount, '.'), chain(amount, ','));
  }

  /** Standard tokenizer, lower case, Loci's number filter with a separator, English spelling. */
  static List<Token> chain(String text, char decimal) throws IOException {
    try (Analyzer analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            org.apache.lucene.analysis.standard.StandardTokenizer source =
                new org.apache.lucene.analysis.standard.StandardTokenizer();
            TokenStream result = new org.apache.lucene.analysis.LowerCaseFilter(source);
            result =
                new io.github.loci.analyzers.NumberNormalizationFilter(
                    result, decimal, io.github.loci.analyzers.NumberNormalizationFilter.Mode.INDEX);
            result = new io.github.loci.analyzers.en.EnglishSpellingFilter(result);
            return new TokenStreamComponents(source, result);
          }
        }) {
      return embedded(analyzer, text);
    }
  }

  /** Creates something with a JSON body through the client's generic API. */
  org.opensearch.client.opensearch.generic.Response put(String endpoint, String json)
      throws IOException {
    return javaClient()
        .generic()
        .execute(
            org.opensearch.client.opensearch.generic.Requests.builder()
                .method("PUT")
                .endpoint(endpoint)
                .json(json)
                .build());
  }

  static int status(org.opensearch.client.opensearch.generic.Response response) throws IOException {
    try (response) {
      return response.getStatus();
    }
  }

  List<Token> analyze(String index, String analyzer, String text) throws IOException {
    return remote(
        javaClient().indices().analyze(a -> a.index(index).analyzer(analyzer).text(text)));
  }

  /** Fails with the first token that differs, rather than both lists in full. */
  static void assertSameTokens(String analyzer, List<Token> expected, List<Token> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        fail(analyzer + ": token " + i + " is " + actual.get(i) + ", embedded " + expected.get(i));
      }
    }
    assertEquals(analyzer + ": token count", expected.size(), actual.size());
  }

  static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return texts;
    }
  }

  static List<Token> embedded(Analyzer analyzer, String text) throws IOException {
    return embedded(analyzer, "text", text);
  }

  static List<Token> embedded(Analyzer analyzer, String field, String text) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            new Token(
                term.toString(),
                position,
                length.getPositionLength(),
                offset.startOffset(),
                offset.endOffset()));
      }
      stream.end();
    }
    return tokens;
  }

  static List<Token> remote(AnalyzeResponse response) {
    List<Token> tokens = new ArrayList<>();
    for (AnalyzeToken t : response.tokens()) {
      Integer length = t.positionLength();
      tokens.add(
          new Token(
              t.token(),
              t.position(),
              length == null ? 1 : length,
              t.startOffset(),
              t.endOffset()));
    }
    return tokens;
  }
}
