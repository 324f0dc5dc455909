package io.github.loci.core.detect;

import java.util.Objects;

/**
 * A language guess.
 *
 * @param code an ISO 639-1 code ({@code "es"}, {@code "de"}), or {@link #UNDETERMINED}
 * @param confidence from 0 to 1
 */
public record DetectedLanguage(String code, double confidence) {
  /** The code for text whose language could not be told ({@code "und"}, as in BCP 47). */
  public static final String UNDETERMINED = "und";

  /** Validates the fields. */
  public DetectedLanguage {
    Objects.requireNonNull(code, "code");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  /**
   * The undetermined result.
   *
   * @return {@code und} with confidence 0
   */
  public static DetectedLanguage undetermined() {
    return new DetectedLanguage(UNDETERMINED, 0);
  }
}
