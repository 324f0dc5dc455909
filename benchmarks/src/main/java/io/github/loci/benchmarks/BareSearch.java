package io.github.loci.benchmarks;

import io.github.loci.core.index.Fields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * A bare-Lucene command line, the reference for Loci's start-up: opens an index, searches the words
 * of a query (StandardAnalyzer) under BM25 in the neutral field of Loci's passages, and prints the
 * best passages. {@code java ... BareSearch DIR QUERY [TOP]}; run by {@code bench/run cold}.
 */
final class BareSearch {
  private BareSearch() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<String> words = new ArrayList<>();
    try (Analyzer analyzer = new StandardAnalyzer();
        TokenStream stream = analyzer.tokenStream(Fields.TEXT_NEUTRAL, args[1])) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    words.forEach(w -> query.add(new TermQuery(new Term(Fields.TEXT_NEUTRAL, w)), Occur.SHOULD));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(query.build(), top);
      int rank = 1;
      for (ScoreDoc hit : hits.scoreDocs) {
        var doc = searcher.storedFields().document(hit.doc);
        System.out.printf(
            "%2d. %s#%s  score %.3f%n    %s%n",
            rank++,
            doc.get(Fields.SOURCE_ID),
            doc.get(Fields.ORDINAL),
            hit.score,
            doc.get(Fields.TEXT));
      }
    }
  }
}
