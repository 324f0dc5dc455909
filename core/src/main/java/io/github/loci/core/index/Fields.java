package io.github.loci.core.index;

import io.github.loci.analyzers.Language;
import java.util.Optional;

/** Names of the index's fields, in one place. */
public final class Fields {
  /** {@code passage} or {@code source}: every source has one source document and its passages. */
  public static final String TYPE = "type";

  /** Value of {@link #TYPE} for passages. */
  public static final String TYPE_PASSAGE = "passage";

  /** Value of {@link #TYPE} for the one document per source that holds its metadata. */
  public static final String TYPE_SOURCE = "source";

  /** The source id: indexed, stored and sorted on. */
  public static final String SOURCE_ID = "source";

  /** The passage id, {@code sourceId#ordinal}: stored, not indexed (no search looks one up). */
  public static final String PASSAGE_ID = "id";

  /** The passage's ordinal in its source: stored and sorted on. */
  public static final String ORDINAL = "ordinal";

  /** The source's language code (declared or detected). */
  public static final String LANG = "lang";

  /** Whether the language was detected ({@code "true"}) or declared. */
  public static final String LANG_DETECTED = "lang_detected";

  /** The confidence of the detected language. */
  public static final String LANG_CONFIDENCE = "lang_confidence";

  /** The source's title. */
  public static final String TITLE = "title";

  /** The source's URL. */
  public static final String URL = "url";

  /** The source's local file path: indexed, so that a file already indexed is found by path. */
  public static final String PATH = "path";

  /** The passage text (stored). */
  public static final String TEXT = "text";

  /** The whole source text (stored on the source document). */
  public static final String SOURCE_TEXT = "source_text";

  /** The length of the source's text in UTF-16 chars (stored on the source document). */
  public static final String SOURCE_CHARS = "source_chars";

  /** Char span of the passage in the source. */
  public static final String START = "start";

  /** End of the char span, exclusive. */
  public static final String END = "end";

  /** First sentence index of the passage. */
  public static final String SENTENCE_START = "sentence_start";

  /** Sentence index after the passage's last sentence. */
  public static final String SENTENCE_END = "sentence_end";

  /** 0 for content, 1 for page furniture: sorted on before the score. */
  public static final String TIER = "tier";

  /** Content hash of the source and of the analysis that indexed it. */
  public static final String HASH = "hash";

  /**
   * On a source's document, indexed, not stored: the id of the analysis that indexed it ({@code
   * Analysis.id()}), so that the sources an older analysis indexed can be counted.
   */
  public static final String ANALYSIS = "analysis";

  /** Number of passages of the source. */
  public static final String PASSAGE_COUNT = "passages";

  /** The language-neutral text field, filled for every passage. */
  public static final String TEXT_NEUTRAL = "text_neutral";

  /** The kinds of amount a passage states ({@link #kind}): indexed, for filters and preferences. */
  public static final String AMOUNT_KIND = "amount_kind";

  /** The sums of money a passage states, as points, for range filters. */
  public static final String AMOUNT_MONEY = "amount_money";

  /** The percentages a passage states, as points, for a percentage the query states. */
  public static final String AMOUNT_PERCENT = "amount_percent";

  /** The largest sum of money a passage states, as doc values, for sorting. */
  public static final String AMOUNT_MAX = "amount_max";

  /** The amounts of a passage, encoded by {@link PassageDocuments}, stored for citations. */
  public static final String AMOUNTS = "amounts";

  private static final String TEXT_PREFIX = "text_";

  private Fields() {}

  /**
   * The indexed value of an amount kind.
   *
   * @param kind the kind
   * @return {@code money} or {@code percent}
   */
  public static String kind(io.github.loci.core.amount.AmountKind kind) {
    return kind.label();
  }

  /**
   * Returns the text field of a language.
   *
   * @param language the language
   * @return for example {@code text_es}
   */
  public static String textField(Language language) {
    return TEXT_PREFIX + language.code();
  }

  /**
   * Returns the diacritic-free text field of a language that has one.
   *
   * @param language the language
   * @return for example {@code text_vi_folded}
   */
  public static String foldedField(Language language) {
    return TEXT_PREFIX + language.code() + FOLDED_SUFFIX;
  }

  private static final String FOLDED_SUFFIX = "_folded";

  private static final String PAIRS_SUFFIX = "_pairs";

  /**
   * Returns the syllable-pair field of a language that has one.
   *
   * @param language the language
   * @return for example {@code text_vi_pairs}
   */
  public static String pairsField(Language language) {
    return TEXT_PREFIX + language.code() + PAIRS_SUFFIX;
  }

  /**
   * Tells whether a field holds pairs of adjacent words ({@link #pairsField}, {@link
   * #foldedPairsField}).
   *
   * @param field a field name
   * @return whether its terms are word pairs
   */
  public static boolean isPairsField(String field) {
    return field.startsWith(TEXT_PREFIX) && field.endsWith(PAIRS_SUFFIX);
  }

  /**
   * Returns the diacritic-free syllable-pair field of a language that has one.
   *
   * @param language the language
   * @return for example {@code text_vi_folded_pairs}
   */
  public static String foldedPairsField(Language language) {
    return TEXT_PREFIX + language.code() + FOLDED_SUFFIX + PAIRS_SUFFIX;
  }

  /**
   * Returns the language whose text field this is.
   *
   * @param field a field name
   * @return the language, or empty for the neutral field or any other field
   */
  public static Optional<Language> languageOfField(String field) {
    if (!field.startsWith(TEXT_PREFIX) || field.equals(TEXT_NEUTRAL)) {
      return Optional.empty();
    }
    String rest = field.substring(TEXT_PREFIX.length());
    int underscore = rest.indexOf('_');
    return Language.forCode(underscore < 0 ? rest : rest.substring(0, underscore));
  }
}
