package io.github.loci.core.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's language detector with its pretrained {@code langdetect-183} model (103
 * languages, from the Maven artifact {@code org.apache.opennlp:opennlp-models-langdetect}).
 */
final class OpenNlpDetector implements LanguageDetector {
  static final String MODEL_RESOURCE = "langdetect-183.bin";

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      ISO3_TO_ISO1.put(Locale.of(iso1).getISO3Language(), iso1);
    }
  }

  /** Loading the model takes about a second: it starts in the background at construction. */
  private final CompletableFuture<LanguageDetectorModel> model;

  private final double minConfidence;

  OpenNlpDetector(double minConfidence) {
    this.model = CompletableFuture.supplyAsync(OpenNlpDetector::loadModel);
    this.minConfidence = minConfidence;
  }

  private LanguageDetectorModel model() {
    try {
      return model.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static LanguageDetectorModel loadModel() {
    // The model sits at its jar's root: no package, so no module encapsulation, but a named
    // module's Class.getResourceAsStream only looks inside its own module; the class loader looks
    // everywhere.
    ClassLoader loader = OpenNlpDetector.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(
                MODEL_RESOURCE
                    + " is not on the class or module path: add"
                    + " org.apache.opennlp:opennlp-models-langdetect"));
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public DetectedLanguage detect(CharSequence text) {
    if (text.codePoints().noneMatch(Character::isLetter)) {
      return DetectedLanguage.undetermined();
    }
    // LanguageDetectorME is cheap to create and not documented as thread-safe; the model is.
    Language best = new LanguageDetectorME(model()).predictLanguage(text);
    double confidence = Math.max(0, Math.min(1, best.getConfidence()));
    if (confidence < minConfidence) {
      return new DetectedLanguage(DetectedLanguage.UNDETERMINED, confidence);
    }
    return new DetectedLanguage(toIso1(best.getLang()), confidence);
  }

  static String toIso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  @Override
  public String name() {
    return "opennlp-langdetect-183";
  }
}
