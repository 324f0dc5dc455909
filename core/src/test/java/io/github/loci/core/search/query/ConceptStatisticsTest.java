package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.index.Fields;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.search.LanguageScaledSearcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConceptStatisticsTest {
  private static Source source(String id, String lang, String text) {
    return new Source(id, id, Optional.empty(), Optional.empty(), Optional.of(lang), text);
  }

  private static ConceptQuery cloud() {
    List<Query> members =
        List.of(
            new TermQuery(new Term(Fields.textField(io.github.loci.analyzers.Language.ES), "nub")),
            new BoostQuery(new TermQuery(new Term("text_en", "cloud")), 1f));
    return ConceptQuery.pooled("cloud", members);
  }

  @Test
  void aConceptQueryIsAValue() {
    assertEquals(cloud(), cloud());
    assertEquals(cloud().hashCode(), cloud().hashCode());
    assertNotEquals(
        cloud(), ConceptQuery.pooled("cloud", List.of(new TermQuery(new Term("f", "x")))));
    assertEquals("concept(cloud: text_es:nub | (text_en:cloud)^1.0)", cloud().toString());
  }

  @Test
  void documentFrequenciesAreCountedOncePerReaderAndConcept(@TempDir Path dir) throws Exception {
    try (Loci loci = Loci.open(dir)) {
      loci.index(
          List.of(
              source("a", "en", "The cloud grows."),
              source("b", "en", "Another cloud here."),
              source("c", "en", "Nothing to see.")));
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      LanguageScaledSearcher searcher = new LanguageScaledSearcher(reader);
      ConceptStatistics stats = searcher.conceptStatistics();
      assertSame(stats, ConceptStatistics.of(searcher));
      assertEquals(0, stats.size());
      IndexSearcher first = stats.searcherFor(cloud());
      assertEquals(2, stats.docFreq(cloud()));
      // An equal query, made anew as every search makes it, finds the same statistics.
      assertSame(first, stats.searcherFor(cloud()));
      assertEquals(1, stats.size());
      searcher.search(cloud(), 10);
      assertEquals(1, stats.size());
      // Another reader (a refresh) has statistics of its own.
      LanguageScaledSearcher refreshed = new LanguageScaledSearcher(reader);
      assertNotSame(stats, refreshed.conceptStatistics());
      assertEquals(0, refreshed.conceptStatistics().size());
      // A plain searcher keeps none: each call counts for itself.
      IndexSearcher plain = new IndexSearcher(reader);
      assertNotSame(ConceptStatistics.of(plain), ConceptStatistics.of(plain));
    }
  }

  @Test
  void theConceptsKeptPerReaderAreBounded(@TempDir Path dir) throws Exception {
    try (Loci loci = Loci.open(dir)) {
      loci.index(List.of(source("a", "en", "The cloud grows.")));
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      ConceptStatistics stats = new LanguageScaledSearcher(reader).conceptStatistics();
      // A long-lived reader searched with ever new concepts (members as queries give them).
      for (int i = 0; i <= ConceptStatistics.MAX_WEIGHTS + 10; i++) {
        stats.searcherFor(
            ConceptQuery.pooled("c" + i, List.of(new TermQuery(new Term("text_en", "w" + i)))));
        assertTrue(stats.size() <= ConceptStatistics.MAX_WEIGHTS, "kept " + stats.size());
      }
    }
  }

  @Test
  void aConceptIsWeightedOncePerReaderScoreModeAndBoost(@TempDir Path dir) throws Exception {
    try (Loci loci = Loci.open(dir)) {
      loci.index(
          List.of(
              source("a", "en", "The cloud grows."),
              source("b", "es", "La nube crece."),
              source("c", "en", "Nothing to see.")));
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      LanguageScaledSearcher searcher = new LanguageScaledSearcher(reader);
      searcher.setSimilarity(new BM25Similarity(Loci.DEFAULT_K1, Loci.DEFAULT_B));
      ConceptStatistics stats = searcher.conceptStatistics();
      Weight first = searcher.createWeight(cloud(), ScoreMode.TOP_SCORES, 1f);
      // An equal query, made anew as every search makes it, gets the same weight: its terms are
      // not looked up again.
      assertSame(first, searcher.createWeight(cloud(), ScoreMode.TOP_SCORES, 1f));
      assertEquals(cloud(), first.getQuery());
      assertEquals(1, stats.weights());
      // Another score mode or boost scores otherwise: a weight of its own.
      assertNotSame(first, searcher.createWeight(cloud(), ScoreMode.COMPLETE, 1f));
      Weight boosted = searcher.createWeight(new BoostQuery(cloud(), 2f), ScoreMode.COMPLETE, 1f);
      assertNotSame(first, boosted);
      assertEquals(3, stats.weights());
      // The kept weight scores as a weight made anew does.
      TopDocs kept = searcher.search(cloud(), 10);
      LanguageScaledSearcher anew = new LanguageScaledSearcher(reader);
      anew.setSimilarity(searcher.getSimilarity());
      TopDocs fresh = anew.search(cloud(), 10);
      assertEquals(2, kept.scoreDocs.length);
      for (int i = 0; i < kept.scoreDocs.length; i++) {
        assertEquals(fresh.scoreDocs[i].doc, kept.scoreDocs[i].doc);
        assertEquals(fresh.scoreDocs[i].score, kept.scoreDocs[i].score);
      }
      // The concept's searcher caches filters where its owner does.
      assertSame(searcher.getQueryCache(), stats.searcherFor(cloud()).getQueryCache());
      assertSame(
          searcher.getQueryCachingPolicy(), stats.searcherFor(cloud()).getQueryCachingPolicy());
    }
  }
}
