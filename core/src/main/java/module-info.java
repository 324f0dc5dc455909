/**
 * Loci's core: ingest, language identification, passages, index, search and citations. Most users
 * need only {@link io.github.loci.core.Loci}.
 */
module io.github.loci.core {
  requires transitive io.github.loci.analyzers;
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.icu;
  requires com.ibm.icu;
  requires com.fasterxml.jackson.databind;
  requires org.apache.opennlp.tools;
  // opennlp-tools is an automatic module and cannot require what it uses: SLF4J.
  requires org.slf4j;

  exports io.github.loci.core;
  exports io.github.loci.core.ingest;
  exports io.github.loci.core.detect;
  exports io.github.loci.core.segment;
  exports io.github.loci.core.search;
  exports io.github.loci.core.cite;
  exports io.github.loci.core.index;
  exports io.github.loci.core.eval;
  exports io.github.loci.core.analyze;
  exports io.github.loci.core.lexicon;
  exports io.github.loci.core.amount;
}
