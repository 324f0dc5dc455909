package io.github.loci.opensearch.analysis;

import io.github.loci.analyzers.NumberNormalizationFilterFactory;
import io.github.loci.analyzers.en.EnglishSpellingFilterFactory;
import io.github.loci.analyzers.it.ItalianAccentFilterFactory;
import io.github.loci.analyzers.vi.VietnameseFoldingFilterFactory;
import io.github.loci.analyzers.vi.VietnameseNormalizationFilterFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilterFactory;

/**
 * Loci's token filters under OpenSearch names (snake case, {@code loci_} prefix), each made by its
 * Lucene factory. Settings pass to the factory with their names in camel case, so {@code
 * loci_number_normalization} takes {@code decimal_separator} ({@code ,} or {@code .}) and {@code
 * mode} ({@code index} or {@code query}); the others take none. The factories are called directly,
 * not through Lucene's SPI, which looks in OpenSearch's own class loader and would not find them.
 */
public final class LociTokenFilters {
  private LociTokenFilters() {}

  /**
   * The filters, by OpenSearch name.
   *
   * @return OpenSearch name to the factory's constructor (it takes the settings and refuses unknown
   *     ones)
   */
  public static Map<String, Function<Map<String, String>, TokenFilterFactory>> all() {
    Map<String, Function<Map<String, String>, TokenFilterFactory>> all = new LinkedHashMap<>();
    all.put("loci_number_normalization", NumberNormalizationFilterFactory::new);
    all.put("loci_english_spelling", EnglishSpellingFilterFactory::new);
    all.put("loci_italian_accent", ItalianAccentFilterFactory::new);
    all.put("loci_vietnamese_normalization", VietnameseNormalizationFilterFactory::new);
    all.put("loci_vietnamese_folding", VietnameseFoldingFilterFactory::new);
    return all;
  }
}
