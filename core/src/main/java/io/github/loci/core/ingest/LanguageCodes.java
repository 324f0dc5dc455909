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
  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      Locale locale = Locale.of(code);
      ALIASES.putIfAbsent(locale.getISO3Language(), code);
      ALIASES.putIfAbsent(fold(locale.getDisplayLanguage(Locale.ENGLISH)), code);
      ALIASES.putIfAbsent(fold(locale.getDisplayLanguage(locale)), code);
    }
    ALIASES.put("tieng viet", "vi");
    ALIASES.put("castellano", "es");
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
    String alias = ALIASES.get(fold(value));
    if (alias != null) {
      return alias;
    }
    try {
      String primary =
          new Locale.Builder().setLanguageTag(value.replace('_', '-')).build().getLanguage();
      if (ISO1.contains(primary) || primary.equals(DetectedLanguage.UNDETERMINED)) {
        return primary;
      }
      if (ALIASES.containsKey(primary)) {
        return ALIASES.get(primary);
      }
    } catch (IllformedLocaleException e) {
      // not a tag: reported below
    }
    throw new IllegalArgumentException(
        "unknown language \""
            + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
            + "\": use an ISO 639-1 code such as en, es, it or vi, or und");
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
