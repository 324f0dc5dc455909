package io.github.loci.analyzers;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Loci analyzes with a language-specific analyzer. Text in any other language is
 * analyzed by {@link LanguageAnalyzers#neutral()} and keeps its own language code.
 */
public enum Language {
  /** Spanish. */
  ES("es", Locale.forLanguageTag("es")),
  /** Italian. */
  IT("it", Locale.ITALIAN),
  /** English. */
  EN("en", Locale.ENGLISH),
  /** Vietnamese. */
  VI("vi", Locale.forLanguageTag("vi"));

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /**
   * Returns the ISO 639-1 code.
   *
   * @return the two-letter code, such as {@code "es"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the locale used for sentence breaking and case mapping.
   *
   * @return this language's locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Finds the language for an ISO 639-1 code or a BCP 47 tag ({@code "es"}, {@code "es-CO"}).
   *
   * @param codeOrTag a language code or tag, in any case
   * @return the language, or empty when Loci has no analyzer of its own for it
   */
  public static Optional<Language> forCode(String codeOrTag) {
    if (codeOrTag == null || codeOrTag.isBlank()) {
      return Optional.empty();
    }
    String primary = Locale.forLanguageTag(codeOrTag.strip().replace('_', '-')).getLanguage();
    for (Language language : values()) {
      if (language.code.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
