package io.github.loci.core.detect;

import io.github.loci.analyzers.Language;

/**
 * Language detection that gives a short text one of Loci's languages, or none: below {@value
 * #MIN_CHARS} chars, OpenNLP's guess is unreliable (one-line English comes out as Malagasy, French
 * or Latin, with confidences of 0.01 to 0.05), so a short text gets the Loci language (es, it, en,
 * vi) its function words point to, when the n-gram model ranks that language first among Loci's;
 * otherwise it is undetermined, which Loci indexes in every language's fields. Longer texts get
 * OpenNLP's answer, except that one below its threshold is Vietnamese when the model ranks
 * Vietnamese first and its words are written in letters only Vietnamese writes ({@link
 * #MIN_VIETNAMESE_WORDS}). Its confidence is the model's probability of the language chosen.
 *
 * <p>Measured on one-line texts (XQuAD questions, the seed articles' lines; see the README, "Short
 * texts"). Thread-safe.
 */
final class ShortTextGuard implements LanguageDetector {
  /** Below this many chars a text is short; OpenNLP's threshold applies from here on. */
  static final int MIN_CHARS = OpenNlpDetector.MIN_CHARS_FOR_THRESHOLD;

  /**
   * A short text keeps a guess of another language than Loci's from this confidence on: OpenNLP's
   * wrong guesses of another language for one-line es/en/it/vi texts reach 0.058 (XQuAD questions
   * and seed sentences, whole or their first 2, 3 or 5 words), a German two-sentence text of 140
   * chars gets 0.19.
   */
  static final double MIN_OTHER_CONFIDENCE = 0.1;

  /**
   * A text the model finds most likely Vietnamese, but below the threshold, is Vietnamese when this
   * many of its words are spelled with letters no other Latin alphabet writes ({@link
   * VietnameseLetters#distinctWords}: ơ, ư, ả, ậ, ể, ữ, …): a Vietnamese paragraph made mostly of
   * foreign names ("Các đội thể thao ... NFL (Los Angeles Rams, San Diego Chargers); NBA (Los
   * Angeles Lakers ...") spreads the model's probability over many languages, and would otherwise
   * be searched only through the neutral field. Yoruba, which the model also ranks Vietnamese
   * first, writes none of those letters (its ẹ, ọ and tone marks are not counted), so it stays
   * undetermined.
   */
  static final int MIN_VIETNAMESE_WORDS = 2;

  private final OpenNlpDetector detector;

  ShortTextGuard(OpenNlpDetector detector) {
    this.detector = detector;
  }

  @Override
  public DetectedLanguage detect(CharSequence text) {
    OpenNlpDetector.Reading reading = detector.read(text);
    DetectedLanguage guess = reading.language();
    if (guess.code().equals(DetectedLanguage.UNDETERMINED)
        && reading.mostProbable().equals(Language.VI.code())
        && VietnameseLetters.distinctWords(text, MIN_VIETNAMESE_WORDS) >= MIN_VIETNAMESE_WORDS) {
      return new DetectedLanguage(Language.VI.code(), guess.confidence());
    }
    if (text.length() >= MIN_CHARS
        || guess.code().equals(DetectedLanguage.UNDETERMINED)
        || (Language.forCode(guess.code()).isEmpty()
            && guess.confidence() >= MIN_OTHER_CONFIDENCE)) {
      return guess;
    }
    int byWords = uniqueBest(FunctionWords.get().count(text));
    double[] probabilities = reading.lociProbabilities();
    if (byWords < 0 || byWords != NgramModel.leading(probabilities)) {
      return new DetectedLanguage(DetectedLanguage.UNDETERMINED, guess.confidence());
    }
    return new DetectedLanguage(
        Language.values()[byWords].code(), Math.min(1, probabilities[byWords]));
  }

  /** The index of the largest count when it is positive and no other equals it, else -1. */
  private static int uniqueBest(int[] counts) {
    int best = -1;
    boolean tie = false;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
        best = i;
        tie = false;
      } else if (best >= 0 && counts[i] == counts[best]) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }

  @Override
  public String name() {
    return detector.name() + "-short" + MIN_CHARS + "-vi" + MIN_VIETNAMESE_WORDS;
  }
}
