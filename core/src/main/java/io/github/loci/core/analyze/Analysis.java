package io.github.loci.core.analyze;

import io.github.loci.analyzers.Language;
import io.github.loci.analyzers.LanguageAnalyzers;
import io.github.loci.core.index.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyzers of one Loci instance: for each language its fields with their index-time and
 * query-time analyzers, and the neutral field. Created once and shared (Lucene analyzers are
 * thread-safe); closing it closes them.
 */
public final class Analysis implements Closeable {
  /** Which analyzers the language fields use. */
  public enum Profile {
    /** Loci's analyzers (module loci-analyzers): the default. */
    LOCI,
    /** Lucene's StandardAnalyzer for every language: a baseline for benchmarks. */
    LUCENE_STANDARD,
    /**
     * Lucene's stock analyzer per language (EnglishAnalyzer, SpanishAnalyzer, ItalianAnalyzer; ICU
     * tokenization and lower case for Vietnamese): a baseline for benchmarks.
     */
    LUCENE_STOCK
  }

  /**
   * A field of a language.
   *
   * @param name the field name
   * @param language its language
   * @param weight its weight in queries, relative to the language's main field
   * @param folded whether it is diacritic-free: only query words typed without diacritics search it
   * @param pairs whether its terms are pairs of adjacent words: phrases are not searched in it
   */
  public record LanguageField(
      String name, Language language, float weight, boolean folded, boolean pairs) {}

  /** Weight of the diacritic-free Vietnamese field: exact diacritics outrank folded matches. */
  static final float FOLDED_WEIGHT = 0.3f;

  /**
   * Weight of the syllable-pair field. Measured on XQuAD vi (MRR@10, Loci's analyzers with Lucene's
   * BM25): 0.3 → 0.884, 0.5 → 0.882, 1.0 → 0.880, against 0.875 without the field.
   */
  static final float PAIRS_WEIGHT = 0.3f;

  /**
   * Weight of the diacritic-free syllable-pair field, which only text typed without diacritics
   * searches. Measured on XQuAD vi with the questions stripped of diacritics (MRR@10, full
   * configuration): 0.3 → 0.856, 0.6 → 0.869, 1.0 → 0.869, against 0.832 before it (adjacent folded
   * syllables searched as phrases).
   */
  static final float FOLDED_PAIRS_WEIGHT = 0.6f;

  private final Profile profile;
  private final Map<Language, List<LanguageField>> fields = new EnumMap<>(Language.class);
  private final Map<String, Analyzer> indexAnalyzers = new HashMap<>();
  private final Map<String, Analyzer> queryAnalyzers = new HashMap<>();
  private final Analyzer neutral = LanguageAnalyzers.neutral();
  private final Analyzer perField;
  private final CharArraySet functionWords;

  /** Creates Loci's default analysis. */
  public Analysis() {
    this(Profile.LOCI, true);
  }

  /**
   * Creates an analysis.
   *
   * @param profile which analyzers the language fields use
   * @param queryTuned whether queries use Loci's query-side analysis (question words dropped,
   *     numbers in every reading); only for {@link Profile#LOCI}
   */
  public Analysis(Profile profile, boolean queryTuned) {
    this.profile = profile;
    boolean tuned = queryTuned && profile == Profile.LOCI;
    for (Language language : Language.values()) {
      List<LanguageField> list = new ArrayList<>();
      String main = Fields.textField(language);
      list.add(new LanguageField(main, language, 1f, false, false));
      Analyzer index = indexAnalyzer(profile, language);
      indexAnalyzers.put(main, index);
      queryAnalyzers.put(main, tuned ? LanguageAnalyzers.forQuery(language) : index);
      if (profile == Profile.LOCI) {
        addField(
            list,
            Fields.foldedField(language),
            language,
            LanguageAnalyzers.folded(language),
            FOLDED_WEIGHT,
            true,
            false);
        addField(
            list,
            Fields.pairsField(language),
            language,
            LanguageAnalyzers.pairs(language),
            PAIRS_WEIGHT,
            false,
            true);
        addField(
            list,
            Fields.foldedPairsField(language),
            language,
            LanguageAnalyzers.foldedPairs(language),
            FOLDED_PAIRS_WEIGHT,
            true,
            true);
      }
      fields.put(language, List.copyOf(list));
    }
    perField = new PerFieldAnalyzerWrapper(neutral, indexAnalyzers);
    functionWords = new CharArraySet(512, true);
    functionWords.addAll(org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
    functionWords.addAll(org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet());
    functionWords.addAll(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    // Lucene's English list has 33 words: "many", "does", "have", "than" would cross languages.
    functionWords.addAll(
        io.github.loci.core.detect.FunctionWords.get().of(io.github.loci.analyzers.Language.EN));
  }

  /** Adds a second field of a language that has one; its analyzer serves index and queries. */
  private void addField(
      List<LanguageField> list,
      String name,
      Language language,
      Optional<Analyzer> analyzer,
      float weight,
      boolean folded,
      boolean pairs) {
    if (analyzer.isPresent() && weight > 0) {
      list.add(new LanguageField(name, language, weight, folded, pairs));
      indexAnalyzers.put(name, analyzer.get());
      queryAnalyzers.put(name, analyzer.get());
    }
  }

  private static Analyzer indexAnalyzer(Profile profile, Language language) {
    return switch (profile) {
      case LOCI -> LanguageAnalyzers.forLanguage(language);
      case LUCENE_STANDARD -> new StandardAnalyzer();
      case LUCENE_STOCK ->
          switch (language) {
            case EN -> new org.apache.lucene.analysis.en.EnglishAnalyzer();
            case ES -> new org.apache.lucene.analysis.es.SpanishAnalyzer();
            case IT -> new org.apache.lucene.analysis.it.ItalianAnalyzer();
            case VI ->
                new Analyzer() {
                  @Override
                  protected TokenStreamComponents createComponents(String fieldName) {
                    ICUTokenizer source = new ICUTokenizer();
                    return new TokenStreamComponents(source, new LowerCaseFilter(source));
                  }
                };
          };
    };
  }

  /**
   * Identifies this analysis, for the index's content hashes: a change re-indexes.
   *
   * @return the profile and analyzer version
   */
  public String id() {
    return profile + "-" + LanguageAnalyzers.ANALYSIS_VERSION;
  }

  /**
   * The fields of a language, its main field first.
   *
   * @param language the language
   * @return the fields
   */
  public List<LanguageField> fields(Language language) {
    return fields.get(language);
  }

  /**
   * The names of some languages' fields: each language's {@link #fields}, in the order given.
   *
   * @param languages the languages
   * @return the field names, unmodifiable
   */
  public List<String> fieldNames(List<Language> languages) {
    List<String> names = new ArrayList<>();
    for (Language language : languages) {
      fields.get(language).forEach(f -> names.add(f.name()));
    }
    return List.copyOf(names);
  }

  /**
   * The analyzer to index with: each language field with its analyzer, the neutral field with the
   * neutral one.
   *
   * @return the per-field analyzer
   */
  public Analyzer indexAnalyzer() {
    return perField;
  }

  /**
   * The analyzer queries use on a language field.
   *
   * @param field a field name from {@link #fields}
   * @return its query analyzer
   */
  public Analyzer queryAnalyzer(String field) {
    Analyzer analyzer = queryAnalyzers.get(field);
    if (analyzer == null) {
      throw new IllegalArgumentException("not a language field: " + field);
    }
    return analyzer;
  }

  /**
   * Returns the neutral analyzer.
   *
   * @return the neutral analyzer
   */
  public Analyzer neutral() {
    return neutral;
  }

  /**
   * Tells whether a folded neutral token is a function word in any of the languages: such words are
   * not searched across languages.
   *
   * @param token a token from the neutral analyzer
   * @return whether it is a stopword of es, it or en
   */
  public boolean isFunctionWord(String token) {
    return functionWords.contains(token);
  }

  /**
   * A token from an analyzer.
   *
   * @param term the term text
   * @param position its position, from 0, counting removed stopwords; stacked tokens share one
   * @param start its start offset in the analyzed text
   * @param end its end offset
   */
  public record Token(String term, int position, int start, int end) {}

  /**
   * Analyzes text.
   *
   * @param analyzer the analyzer
   * @param field the field name passed to it
   * @param text the text
   * @return the tokens
   */
  public static List<Token> tokens(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            new Token(
                term.toString(), Math.max(position, 0), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return tokens;
  }

  @Override
  public void close() {
    indexAnalyzers.values().forEach(Analyzer::close);
    queryAnalyzers.values().forEach(Analyzer::close);
    neutral.close();
    perField.close();
  }
}
