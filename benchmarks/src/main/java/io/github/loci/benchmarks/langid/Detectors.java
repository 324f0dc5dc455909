package io.github.loci.benchmarks.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The detector configurations under comparison. Every detector answers an ISO 639-1 code (or 639-3
 * if none).
 */
final class Detectors {
  private Detectors() {}

  /**
   * Result of one detection: code (ISO 639-1 where one exists, "und" if undecided) and confidence
   * in [0,1].
   */
  record Guess(String code, double confidence) {}

  interface Detector {
    Guess detect(String text);
  }

  static final String[] CONFIGS = {
    "opennlp",
    "opennlp-probing",
    "lingua-all-low",
    "lingua-all-high",
    "lingua-eu21-low",
    "lingua-eu21-high"
  };

  /** 20 European languages + Vietnamese. */
  static final Language[] EU21 = {
    Language.ENGLISH,
    Language.SPANISH,
    Language.ITALIAN,
    Language.VIETNAMESE,
    Language.GERMAN,
    Language.FRENCH,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.CATALAN,
    Language.ROMANIAN,
    Language.POLISH,
    Language.CZECH,
    Language.SLOVAK,
    Language.SWEDISH,
    Language.DANISH,
    Language.BOKMAL,
    Language.FINNISH,
    Language.HUNGARIAN,
    Language.GREEK,
    Language.RUSSIAN,
    Language.CROATIAN
  };

  static Detector build(String config) throws IOException {
    if (config.equals("loci")
        || config.startsWith("loci-sample-")
        || config.startsWith("loci-whole-")) {
      // Loci's detector as indexing uses it: its sample of each text and its threshold;
      // loci-sample-N reads at most N chars, stopping early as Loci's does, loci-whole-N all N.
      io.github.loci.core.detect.LanguageDetector loci =
          config.equals("loci")
              ? io.github.loci.core.detect.LanguageDetectors.defaultDetector()
              : io.github.loci.core.detect.LanguageDetectors.openNlp(
                  io.github.loci.core.detect.LanguageDetectors.DEFAULT_MIN_CONFIDENCE,
                  Integer.parseInt(config.substring(config.lastIndexOf('-') + 1)),
                  config.startsWith("loci-sample-"));
      return text -> {
        io.github.loci.core.detect.DetectedLanguage d = loci.detect(text);
        return new Guess(d.code(), d.confidence());
      };
    }
    return switch (config) {
      case "opennlp" -> openNlp(false);
      case "opennlp-probing" -> openNlp(true);
      case "lingua-all-low" ->
          lingua(LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode());
      case "lingua-all-high" -> lingua(LanguageDetectorBuilder.fromAllLanguages());
      case "lingua-eu21-low" ->
          lingua(LanguageDetectorBuilder.fromLanguages(EU21).withLowAccuracyMode());
      case "lingua-eu21-high" -> lingua(LanguageDetectorBuilder.fromLanguages(EU21));
      default -> throw new IllegalArgumentException(config);
    };
  }

  // ---------------------------------------------------------------- OpenNLP

  /**
   * Loads langdetect-183.bin from the root of org.apache.opennlp:opennlp-models-langdetect:1.3.0.
   * ClassLoader.getResourceAsStream (not Class.getResourceAsStream) so that it also works from a
   * named module: a resource at a jar's root is in no package, hence never encapsulated, but
   * Class.getResourceAsStream in a named module only searches the caller's own module.
   */
  static LanguageDetectorModel loadOpenNlpModel() throws IOException {
    ClassLoader cl = Detectors.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream("langdetect-183.bin")) {
      if (in == null) {
        throw new IOException(
            "langdetect-183.bin not on the class/module path "
                + "(org.apache.opennlp:opennlp-models-langdetect:1.3.0)");
      }
      return new LanguageDetectorModel(new BufferedInputStream(in));
    }
  }

  static Detector openNlp(boolean probing) throws IOException {
    LanguageDetectorME me = new LanguageDetectorME(loadOpenNlpModel());
    if (probing) {
      return text -> {
        opennlp.tools.langdetect.Language l = me.probingPredictLanguages(text).languages()[0];
        return new Guess(iso1(l.getLang()), l.getConfidence());
      };
    }
    return text -> {
      opennlp.tools.langdetect.Language l = me.predictLanguage(text);
      return new Guess(iso1(l.getLang()), l.getConfidence());
    };
  }

  private static final Map<String, String> ISO3_TO_1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        ISO3_TO_1.put(Locale.of(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException ignored) {
        // no 3-letter code
      }
    }
    // ISO 639-3 individual codes used by langdetect-183 / UDHR that Locale only knows as
    // macro-languages
    ISO3_TO_1.put("ekk", "et");
    ISO3_TO_1.put("lvs", "lv");
    ISO3_TO_1.put("als", "sq");
    ISO3_TO_1.put("pes", "fa");
    ISO3_TO_1.put("zsm", "ms");
    ISO3_TO_1.put("cmn", "zh");
    ISO3_TO_1.put("arb", "ar");
    ISO3_TO_1.put("swh", "sw");
    ISO3_TO_1.put("uzn", "uz");
    ISO3_TO_1.put("khk", "mn");
    ISO3_TO_1.put("lvs", "lv");
    ISO3_TO_1.put("azj", "az");
    ISO3_TO_1.put("gug", "gn");
    ISO3_TO_1.put("plt", "mg");
    ISO3_TO_1.put("npi", "ne");
  }

  /**
   * ISO 639-3 (also the few macro-language individual codes) to ISO 639-1; unchanged if there is
   * none.
   */
  static String iso1(String iso3) {
    return ISO3_TO_1.getOrDefault(iso3, iso3);
  }

  // ---------------------------------------------------------------- Lingua

  static Detector lingua(LanguageDetectorBuilder b) {
    com.github.pemistahl.lingua.api.LanguageDetector d = b.withPreloadedLanguageModels().build();
    return text -> {
      // Lingua 1.2.2: values are RELATIVE - the most likely language always gets 1.0, the others a
      // value in
      // [0,1) relative to it; empty map if no language could be scored. Use 1 - runner-up as the
      // confidence.
      SortedMap<Language, Double> conf = d.computeLanguageConfidenceValues(text);
      if (conf.isEmpty()) {
        return new Guess("und", 0);
      }
      var it = conf.entrySet().iterator();
      Language top = it.next().getKey();
      double second = it.hasNext() ? it.next().getValue() : 0;
      return new Guess(top.getIsoCode639_1().name().toLowerCase(Locale.ROOT), 1 - second);
    };
  }
}
