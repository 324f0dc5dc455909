package io.github.loci.opensearch.analysis;

import io.github.loci.analyzers.AnalysisMode;
import io.github.loci.analyzers.Language;
import io.github.loci.analyzers.LanguageAnalyzers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers the plugin registers, by name: one per Loci field. The name of a field's analyzer
 * is the field's name with {@code text_} replaced by {@code loci_}: {@code text_es} is analyzed by
 * {@code loci_es}, {@code text_vi_folded_pairs} by {@code loci_vi_folded_pairs}, {@code
 * text_neutral} by {@code loci_neutral}. A language's main analyzer takes a {@code mode} setting
 * ({@code index}, the default, or {@code query}); {@code loci_es_query} and its like are the query
 * mode, registered by name too.
 */
public final class LociAnalyzerNames {
  /** Prefix of every analyzer name. */
  public static final String PREFIX = "loci_";

  /** Suffix of a main analyzer's query-mode name. */
  public static final String QUERY_SUFFIX = "_query";

  /** Name of the language-neutral analyzer. */
  public static final String NEUTRAL = PREFIX + "neutral";

  private LociAnalyzerNames() {}

  /**
   * The name of a language's main analyzer.
   *
   * @param language the language
   * @return for example {@code loci_es}
   */
  public static String main(Language language) {
    return PREFIX + language.code();
  }

  /**
   * The analyzer name of a Loci field.
   *
   * @param field a field name such as {@code text_vi_pairs}
   * @return the analyzer's name, such as {@code loci_vi_pairs}
   * @throws IllegalArgumentException for a field that is not a text field
   */
  public static String ofField(String field) {
    if (!field.startsWith("text_")) {
      throw new IllegalArgumentException("not a Loci text field: " + field);
    }
    return PREFIX + field.substring("text_".length());
  }

  /**
   * Every analyzer, by name: the factory takes the mode, which only main analyzers use.
   *
   * @return the analyzers in a stable order: per language main, query, folded, pairs, folded pairs;
   *     then neutral
   */
  public static Map<String, Function<AnalysisMode, Analyzer>> all() {
    Map<String, Function<AnalysisMode, Analyzer>> all = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      all.put(main(language), mode -> LanguageAnalyzers.forLanguage(language, mode));
      all.put(main(language) + QUERY_SUFFIX, mode -> LanguageAnalyzers.forQuery(language));
      further(all, language, "_folded", LanguageAnalyzers::folded);
      further(all, language, "_pairs", LanguageAnalyzers::pairs);
      further(all, language, "_folded_pairs", LanguageAnalyzers::foldedPairs);
    }
    all.put(NEUTRAL, mode -> LanguageAnalyzers.neutral());
    return all;
  }

  /** Registers a further field's analyzer when the language has that field. */
  private static void further(
      Map<String, Function<AnalysisMode, Analyzer>> all,
      Language language,
      String suffix,
      Function<Language, Optional<Analyzer>> analyzer) {
    Optional<Analyzer> probe = analyzer.apply(language);
    if (probe.isPresent()) {
      probe.get().close();
      all.put(main(language) + suffix, mode -> analyzer.apply(language).orElseThrow());
    }
  }
}
