package io.github.loci.examples.quickstart;

import io.github.loci.core.Loci;
import io.github.loci.core.cite.Citations;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.search.Hit;
import io.github.loci.core.search.SearchRequest;
import java.io.IOException;
import java.util.List;

/** The smallest complete use of the Java API: index three sources, ask in English, cite. */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if indexing fails
   */
  public static void main(String[] args) throws IOException {
    try (Loci loci = Loci.inMemory()) {
      IndexReport report =
          loci.index(
              List.of(
                  Source.of("es-1", "Nube", "Alibaba abrió un centro de datos en Colombia."),
                  Source.of(
                      "it-1", "Cloud", "Alibaba ha scelto la Germania per la sua server farm."),
                  Source.of("vi-1", "Đám mây", "Alibaba có 14 trung tâm dữ liệu trên thế giới.")));
      System.out.println("indexed " + report.sources() + " sources " + report.languages());
      report.skipped().forEach(problem -> System.out.println("skipped " + problem.getMessage()));
      for (Hit hit :
          loci.search(SearchRequest.builder().query("data centres").limit(3).build()).hits()) {
        System.out.println(hit.rank() + ". " + Citations.reference(hit));
        System.out.println("   " + Citations.marked(hit, "[", "]"));
      }
    }
  }
}
