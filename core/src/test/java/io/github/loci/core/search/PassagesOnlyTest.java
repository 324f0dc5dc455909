package io.github.loci.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.Loci;
import io.github.loci.core.Seeds;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search matches passages only, without a filter on the document type: every topic, free text in
 * each language, phrases and filters match no source document.
 */
class PassagesOnlyTest {
  @Test
  void noContentQueryMatchesASourceDocument(@TempDir Path dir) throws Exception {
    try (Loci loci = Loci.open(dir)) {
      loci.index(Seeds.all());
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        Analysis analysis = new Analysis()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      PassageSearcher planner =
          new PassageSearcher(
              analysis, Topics.builtIn(), new ConceptMatcher(Lexicon.builtIn(), analysis));
      List<SearchRequest> requests = new ArrayList<>();
      Topics.builtIn()
          .all()
          .forEach(t -> requests.add(SearchRequest.builder().topic(t.id()).build()));
      for (String q :
          List.of(
              "data centres",
              "Alibaba Cloud",
              "inversiones en la nube",
              "quota di mercato",
              "trung tâm dữ liệu",
              "\"server farm\"",
              "2019 miliardi",
              "la de the và")) {
        requests.add(SearchRequest.of(q));
        requests.add(
            SearchRequest.builder().query(q).withAmounts(Set.of(AmountKind.MONEY)).build());
      }
      requests.add(SearchRequest.builder().query("cloud").queryLanguage("en").build());
      Query sources = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE));
      long passages = 0;
      for (SearchRequest request : requests) {
        Query query = PassageSearcher.filtered(planner.plan(request).query(), request);
        Query onSources =
            new BooleanQuery.Builder().add(query, Occur.MUST).add(sources, Occur.FILTER).build();
        assertEquals(0, searcher.count(onSources), request.toString());
        passages += searcher.count(query);
      }
      assertTrue(passages > 100, "the requests matched only " + passages + " passages");
    }
  }
}
