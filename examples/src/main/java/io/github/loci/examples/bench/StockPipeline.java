package io.github.loci.examples.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.loci.core.eval.RetrievedPassage;
import io.github.loci.core.eval.SpanJudgments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The comparison a user would build with Lucene alone: ICU sentences, passages that are windows of
 * two consecutive sentences with stride 1 (a paragraph of one sentence is one passage), one field
 * analyzed by a stock analyzer, BM25 with Lucene's defaults (k1 1.2, b 0.75), and the question as a
 * bag of its analyzed tokens (each token one SHOULD term clause). The passages are judged as Loci's
 * are: relevant when they cover half of the answer span.
 */
public final class StockPipeline {
  /** Sentences per passage. */
  static final int WINDOW = 2;

  private static final String TEXT = "text";

  private StockPipeline() {}

  /**
   * A stock analyzer, by name.
   *
   * @param name the row's name
   * @param analyzer makes the analyzer
   */
  public record Stock(String name, Supplier<Analyzer> analyzer) {}

  /**
   * The stock analyzers compared for a language of the paragraphs: StandardAnalyzer, then Lucene's
   * language analyzer (for Vietnamese, which has none, ICU tokenization and lower case, alone and
   * with shingles of one and two syllables in one field).
   *
   * @param lang en, es or vi
   * @return the analyzers, StandardAnalyzer first
   */
  public static List<Stock> analyzers(String lang) {
    List<Stock> out = new ArrayList<>();
    out.add(new Stock("Lucene StandardAnalyzer", StandardAnalyzer::new));
    switch (lang) {
      case "en" -> out.add(new Stock("Lucene EnglishAnalyzer", EnglishAnalyzer::new));
      case "es" -> out.add(new Stock("Lucene SpanishAnalyzer", SpanishAnalyzer::new));
      case "vi" -> {
        out.add(new Stock("ICU tokenizer, lower case", () -> icu(false)));
        out.add(new Stock("ICU tokenizer, lower case, shingles 1-2", () -> icu(true)));
      }
      default -> throw new IllegalArgumentException("no stock analyzers for " + lang);
    }
    return out;
  }

  /** ICU word segmentation and lower case, with unigrams and bigrams in one field if asked. */
  static Analyzer icu(boolean shingles) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        ICUTokenizer source = new ICUTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (shingles) {
          stream = new ShingleFilter(stream, 2, 2);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /**
   * A paragraph's passages: windows of {@link #WINDOW} consecutive ICU sentences, stride 1.
   *
   * @param text the paragraph
   * @param lang its language, for the sentence rules
   * @return each passage's [start, end) in the paragraph
   */
  static List<int[]> passages(String text, String lang) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale(lang));
    sentences.setText(text);
    List<int[]> spans = new ArrayList<>();
    for (int start = sentences.first(), end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        spans.add(new int[] {s, e});
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i == 0 || i + WINDOW <= spans.size(); i++) {
      if (spans.isEmpty()) {
        break;
      }
      int last = Math.min(spans.size(), i + WINDOW) - 1;
      out.add(new int[] {spans.get(i)[0], spans.get(last)[1]});
    }
    return out;
  }

  /**
   * Runs the task with a stock analyzer.
   *
   * @param dir the folder with the XQuAD files
   * @param queryLang the questions' language
   * @param passageLang the paragraphs' language
   * @param stock the analyzer of the one field, for passages and questions
   * @param stripDiacritics whether to remove the questions' diacritics
   * @return the figures
   * @throws IOException if the data cannot be read
   */
  public static Xquad.Result run(
      Path dir, String queryLang, String passageLang, Stock stock, boolean stripDiacritics)
      throws IOException {
    long started = System.nanoTime();
    Xquad.Dataset paragraphs = Xquad.read(dir, passageLang);
    Xquad.Dataset queries = queryLang.equals(passageLang) ? paragraphs : Xquad.read(dir, queryLang);
    SpanJudgments judgments = Xquad.judgments(paragraphs, queries);
    try (Analyzer analyzer = stock.analyzer().get();
        ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      BM25Similarity bm25 = new BM25Similarity(1.2f, 0.75f);
      long count = 0;
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(bm25))) {
        for (Map.Entry<String, String> p : paragraphs.paragraphs().entrySet()) {
          for (int[] span : passages(p.getValue(), passageLang)) {
            Document doc = new Document();
            doc.add(new StoredField("source", p.getKey()));
            doc.add(new StoredField("start", span[0]));
            doc.add(new StoredField("end", span[1]));
            doc.add(new TextField(TEXT, p.getValue().substring(span[0], span[1]), Field.Store.NO));
            writer.addDocument(doc);
            count++;
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(bm25);
        Map<String, List<RetrievedPassage>> ranked = new LinkedHashMap<>();
        long chars = 0;
        long returned = 0;
        for (Xquad.Question q : queries.questions()) {
          List<RetrievedPassage> hits = new ArrayList<>();
          for (ScoreDoc sd :
              searcher.search(
                      bagOfWords(
                          analyzer, stripDiacritics ? Xquad.stripDiacritics(q.text()) : q.text()),
                      Xquad.DEPTH)
                  .scoreDocs) {
            Document doc = searcher.storedFields().document(sd.doc);
            RetrievedPassage hit =
                new RetrievedPassage(
                    doc.get("source"),
                    doc.getField("start").numericValue().intValue(),
                    doc.getField("end").numericValue().intValue());
            hits.add(hit);
            chars += hit.end() - hit.start();
          }
          returned += hits.size();
          ranked.put(q.id(), hits);
        }
        return new Xquad.Result(
            queryLang,
            passageLang,
            judgments.evaluate(ranked, Xquad.METRICS),
            returned == 0 ? 0 : chars / (double) returned,
            paragraphs.paragraphs().size(),
            count,
            (System.nanoTime() - started) / 1e9);
      }
    }
  }

  /** The question's analyzed tokens, each a SHOULD term clause (a repeated token counts twice). */
  static BooleanQuery bagOfWords(Analyzer analyzer, String text) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        query.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return query.build();
  }
}
