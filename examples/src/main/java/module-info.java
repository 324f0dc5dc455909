/** The {@code loci} command line and runnable examples. */
module io.github.loci.examples {
  requires io.github.loci.core;
  requires loci.opensearch.client;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires java.logging;
  // The stock Lucene pipeline that bench xquad --compare measures Loci against.
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.icu;
  requires com.ibm.icu;

  exports io.github.loci.examples.cli;
  exports io.github.loci.examples.quickstart;
  exports io.github.loci.examples.bench;

  // picocli fills the annotated command fields reflectively.
  opens io.github.loci.examples.cli to
      info.picocli;
}
