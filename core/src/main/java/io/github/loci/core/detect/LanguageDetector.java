package io.github.loci.core.detect;

/**
 * Tells the language of a text. Implementations are thread-safe.
 *
 * <p>Detection is reliable on sentences and paragraphs, not on short queries: Loci uses it to label
 * sources whose language is not declared, and only to weigh, never to exclude, languages for a
 * query.
 */
public interface LanguageDetector {
  /**
   * Guesses the language of a text.
   *
   * @param text the text
   * @return the most likely language, with {@link DetectedLanguage#UNDETERMINED} when no language
   *     is likely enough
   */
  DetectedLanguage detect(CharSequence text);

  /**
   * Names the detector and its model, for reports and for the index's analysis hash.
   *
   * @return for example {@code "opennlp-langdetect-183"}
   */
  String name();
}
