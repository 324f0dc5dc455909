package io.github.loci.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.Seeds;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountExtractor;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.LanguageDetector;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.segment.Passage;
import io.github.loci.core.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageDocumentsTest {
  private static PassageDocuments.SourceMeta meta(Source s, String lang) {
    return new PassageDocuments.SourceMeta(
        s.id(),
        s.title(),
        Optional.empty(),
        Optional.empty(),
        new io.github.loci.core.detect.DetectedLanguage(lang, 1),
        List.of(),
        true,
        "h",
        s.text());
  }

  /**
   * Amounts are extracted once from a source's whole text and handed to the passages that hold
   * them: each passage gets exactly what extracting from the passage alone finds.
   */
  @Test
  void testAmountsOfTheWholeTextEqualAmountsOfEachPassage() {
    int checked = 0;
    for (Source seed : Seeds.all()) {
      for (Language language :
          new Language[] {null, Language.ES, Language.IT, Language.EN, Language.VI}) {
        List<Passage> passages =
            Segmenter.defaults()
                .passages(
                    seed.id(),
                    seed.text(),
                    language == null ? java.util.Locale.ROOT : language.locale());
        List<Amount> whole = AmountExtractor.extract(seed.text(), language);
        List<Document> docs =
            PassageDocuments.build(
                meta(seed, language == null ? "und" : language.code()), passages, whole);
        for (int i = 0; i < passages.size(); i++) {
          List<Amount> expected = AmountExtractor.extract(passages.get(i).text(), language);
          List<Amount> actual = PassageDocuments.decode(docs.get(i).get(Fields.AMOUNTS));
          assertEquals(expected, actual, seed.id() + "#" + i + " " + language);
          checked += expected.size();
        }
      }
    }
    assertTrue(checked > 50, "the seeds state amounts: " + checked);
  }

  /**
   * Every document gets every text field, empty where it has no text: each field's norms are dense
   * (read by position, not by scanning a block's list of documents), while the field statistics and
   * the scores stay those of the index without the empty fields.
   */
  @Test
  void testEmptyTextFieldsMakeNormsDenseAndLeaveScoresAlone() throws Exception {
    Analysis analysis = new Analysis();
    List<String> textFields = new ArrayList<>(analysis.fieldNames(List.of(Language.values())));
    textFields.add(Fields.TEXT_NEUTRAL);
    LanguageDetector detector = LanguageDetectors.defaultDetector();
    try (Directory sparse = new ByteBuffersDirectory();
        Directory dense = new ByteBuffersDirectory()) {
      for (boolean fill : new boolean[] {false, true}) {
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
        config.setSimilarity(new BM25Similarity(0.7f, 0.4f));
        try (IndexWriter w = new IndexWriter(fill ? dense : sparse, config)) {
          for (Source seed : Seeds.all()) {
            Language language = Language.forCode(detector.detect(seed.text()).code()).orElseThrow();
            List<Passage> passages =
                Segmenter.defaults().passages(seed.id(), seed.text(), language.locale());
            PassageDocuments.SourceMeta meta =
                new PassageDocuments.SourceMeta(
                    seed.id(),
                    seed.title(),
                    Optional.empty(),
                    Optional.empty(),
                    new io.github.loci.core.detect.DetectedLanguage(language.code(), 1),
                    analysis.fieldNames(List.of(language)),
                    false,
                    "h",
                    seed.text());
            w.addDocuments(
                fill
                    ? PassageDocuments.build(meta, passages, List.of(), textFields)
                    : PassageDocuments.build(meta, passages, List.of()));
          }
        }
      }
      try (DirectoryReader s = DirectoryReader.open(sparse);
          DirectoryReader d = DirectoryReader.open(dense)) {
        LeafReader sl = s.leaves().get(0).reader();
        LeafReader dl = d.leaves().get(0).reader();
        int checked = 0;
        for (String field : textFields) {
          Terms st = sl.terms(field);
          Terms dt = dl.terms(field);
          if (st == null) {
            assertEquals(null, dt, field);
            continue;
          }
          assertEquals(st.getDocCount(), dt.getDocCount(), field);
          assertEquals(st.getSumTotalTermFreq(), dt.getSumTotalTermFreq(), field);
          assertEquals(st.getSumDocFreq(), dt.getSumDocFreq(), field);
          assertTrue(sl.getNormValues(field).cost() < sl.maxDoc(), field + " sparse without");
          assertEquals(dl.maxDoc(), dl.getNormValues(field).cost(), field + " dense with");
          IndexSearcher ss = new IndexSearcher(s);
          IndexSearcher ds = new IndexSearcher(d);
          ss.setSimilarity(new BM25Similarity(0.7f, 0.4f));
          ds.setSimilarity(new BM25Similarity(0.7f, 0.4f));
          TermsEnum terms = st.iterator();
          for (int i = 0; i < 20 && terms.next() != null; i++) {
            Query q = new TermQuery(new Term(field, BytesRef.deepCopyOf(terms.term())));
            ScoreDoc[] a = ss.search(q, 10).scoreDocs;
            ScoreDoc[] b = ds.search(q, 10).scoreDocs;
            assertEquals(a.length, b.length, q.toString());
            for (int j = 0; j < a.length; j++) {
              assertEquals(a[j].doc, b[j].doc, q.toString());
              assertEquals(a[j].score, b[j].score, q.toString());
            }
            checked++;
          }
        }
        assertTrue(checked >= 100, "terms checked: " + checked);
      }
    }
  }

  @Test
  void testSourceDocumentStoresTheTextLength() {
    Source s = Source.of("x", "X", "Una frase. Otra frase.");
    List<Document> docs =
        PassageDocuments.build(
            meta(s, "es"),
            Segmenter.defaults().passages("x", s.text(), Language.ES.locale()),
            List.of());
    Document source = docs.get(docs.size() - 1);
    assertEquals(s.text().length(), source.getField(Fields.SOURCE_CHARS).numericValue().intValue());
  }
}
