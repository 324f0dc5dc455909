package io.github.loci.core.ingest;

import io.github.loci.core.detect.DetectedLanguage;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates declared languages: an ISO 639-1 code ({@code en}), an ISO 639-2/3 code that has one
 * ({@code eng}), a BCP 47 tag ({@code es-CO}), {@code und}, or a language's name in English or in
 * itself ({@code english}, {@code Español}, {@code tiếng việt}, case and diacritics ignored) become
 * the ISO 639-1 code; anything else is an error, never kept as an unknown code.
 */
public final class LanguageCodes {
  private static final Set<String> ISO1 = Set.of(Locale.getISOLanguages());

  /**
   * Three-letter codes and every language's names in English and in itself, built on the first code
   * that is not already ISO 639-1 (about 0.3 s of locale data: not at every start).
   */
  private static final class Aliases {
    static final Map<String, String> MAP = new HashMap<>();

    static {
      for (String code : Locale.getISOLanguages()) {
        Locale locale = Locale.of(code);
        MAP.putIfAbsent(locale.getISO3Language(), code);
        MAP.putIfAbsent(fold(locale.getDisplayLanguage(Locale.ENGLISH)), code);
        MAP.putIfAbsent(fold(locale.getDisplayLanguage(locale)), code);
      }
      MAP.put("tieng viet", "vi");
      MAP.put("castellano", "es");
    }
  }

  private LanguageCodes() {}

  /**
   * The ISO 639-1 code of a declared language.
   *
   * @param declared a code, tag or name
   * @return the code, such as {@code en}, or {@code und}
   * @throws IllegalArgumentException if it names no language
   */
  public static String normalize(String declared) {
    String value = declared.strip();
    if (ISO1.contains(value)) {
      return value; // already a code: most calls
    }
    if (value.equalsIgnoreCase(DetectedLanguage.UNDETERMINED)) {
      return DetectedLanguage.UNDETERMINED;
    }
    String alias = Aliases.MAP.get(fold(value));
    if (alias != null) {
      return alias;
    }
    try {
      String primary =
          new Locale.Builder().setLanguageTag(value.replace('_', '-')).build().getLanguage();
      if (ISO1.contains(primary) || primary.equals(DetectedLanguage.UNDETERMINED)) {
        return primary;
      }
      if (Aliases.MAP.containsKey(primary)) {
        return Aliases.MAP.get(primary);
      }
    } catch (IllformedLocaleException e) {
      // not a tag: reported below
    }
    throw new IllegalArgumentException(
        "unknown language \""
            + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
            + "\": use an ISO 639-1 code such as en, es, it or vi, or und");
  }

  /**
   * A language as the index holds it: as {@link #normalize} reads a declared one (codes, tags,
   * names), or, for a code no declared language becomes but a detector may give (an ISO 639-3 code
   * without an ISO 639-1 one, such as {@code ceb}), the code itself, in lower case.
   *
   * @param language a code, tag or name
   * @return the code
   * @throws IllegalArgumentException if it names no language and is no code of two or three letters
   */
  public static String asIndexed(String language) {
    try {
      return normalize(language);
    } catch (IllegalArgumentException e) {
      String code = language.strip().toLowerCase(Locale.ROOT);
      if (code.matches("[a-z]{2,3}")) {
        return code;
      }
      throw e;
    }
  }

  /** Lower case, without diacritics, runs of white space as one space. */
  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(Locale.ROOT)
        .strip()
        .replaceAll("\\s+", " ");
  }
}
