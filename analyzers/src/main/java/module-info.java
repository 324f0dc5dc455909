/** Language-aware Lucene analyzers: one package per language, and {@code LanguageAnalyzers}. */
module io.github.loci.analyzers {
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.icu;
  requires com.ibm.icu;

  exports io.github.loci.analyzers;
  exports io.github.loci.analyzers.es;
  exports io.github.loci.analyzers.it;
  exports io.github.loci.analyzers.en;
  exports io.github.loci.analyzers.vi;

  provides org.apache.lucene.analysis.CharFilterFactory with
      io.github.loci.analyzers.TextCharFilterFactory;
  provides org.apache.lucene.analysis.TokenFilterFactory with
      io.github.loci.analyzers.NumberNormalizationFilterFactory,
      io.github.loci.analyzers.en.EnglishSpellingFilterFactory,
      io.github.loci.analyzers.it.ItalianAccentFilterFactory,
      io.github.loci.analyzers.vi.VietnameseNormalizationFilterFactory,
      io.github.loci.analyzers.vi.VietnameseFoldingFilterFactory;
}
