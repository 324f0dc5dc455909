package io.github.loci.core.detect;

/** Factories of {@link LanguageDetector}s. */
public final class LanguageDetectors {
  private static volatile LanguageDetector defaultDetector;

  private LanguageDetectors() {}

  /**
   * Loci's default detector, shared: Apache OpenNLP with the {@code langdetect-183} model. See the
   * README for how it compares with Lingua on accuracy, memory and speed.
   *
   * @return the shared default detector
   */
  public static LanguageDetector defaultDetector() {
    LanguageDetector result = defaultDetector;
    if (result == null) {
      synchronized (LanguageDetectors.class) {
        result = defaultDetector;
        if (result == null) {
          result = new OpenNlpDetector(0.0);
          defaultDetector = result;
        }
      }
    }
    return result;
  }

  /**
   * A detector that always answers the same language, for sources known to be in one language.
   *
   * @param code an ISO 639-1 code
   * @return the detector
   */
  public static LanguageDetector fixed(String code) {
    DetectedLanguage answer = new DetectedLanguage(code, 1);
    return new LanguageDetector() {
      @Override
      public DetectedLanguage detect(CharSequence text) {
        return answer;
      }

      @Override
      public String name() {
        return "fixed-" + code;
      }
    };
  }
}
