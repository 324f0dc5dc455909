package io.github.loci.core.detect;

/** Factories of {@link LanguageDetector}s. */
public final class LanguageDetectors {
  /**
   * Below this confidence a text of a paragraph or more is reported as undetermined: measured on
   * paragraphs (see the README), 0.2 keeps 96% of es/it/en/vi paragraphs and halves the minor
   * Romance languages (Corsican, Venetian, …) that would otherwise be labelled Italian or Spanish.
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.2;

  /**
   * Below this many chars a text is short: the default detector gives it one of Loci's languages
   * only when its function words agree with the n-gram model, and otherwise leaves it undetermined.
   */
  public static final int SHORT_TEXT_CHARS = ShortTextGuard.MIN_CHARS;

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
          result = new ShortTextGuard(new OpenNlpDetector(DEFAULT_MIN_CONFIDENCE));
          defaultDetector = result;
        }
      }
    }
    return result;
  }

  /**
   * Apache OpenNLP's detector, as the default one but reading another share of each text.
   *
   * @param minConfidence below this, a text of 200 chars or more is undetermined
   * @param sampleChars how many chars of a text it reads, cut at white space: from its start, or
   *     for a text of 12,000 chars or more from inside it, as the default one does
   * @return a new detector (the model loads on its first use)
   */
  public static LanguageDetector openNlp(double minConfidence, int sampleChars) {
    return openNlp(minConfidence, sampleChars, true);
  }

  /**
   * Apache OpenNLP's detector, as the default one but reading another share of each text, and
   * reading all of it or stopping once the answer is clear, as the default one does.
   *
   * @param minConfidence below this, a text of 200 chars or more is undetermined
   * @param sampleChars how many chars of a text it reads at most, cut at white space: from its
   *     start, or for a text of 12,000 chars or more from inside it, as the default one does
   * @param earlyStop whether it stops reading once the answer is clear
   * @return a new detector (the model loads on its first use)
   */
  public static LanguageDetector openNlp(double minConfidence, int sampleChars, boolean earlyStop) {
    return new OpenNlpDetector(minConfidence, sampleChars, earlyStop);
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
