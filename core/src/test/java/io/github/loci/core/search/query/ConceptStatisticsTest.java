package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import org.apache.lucene.search.TermQuery;
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
}
