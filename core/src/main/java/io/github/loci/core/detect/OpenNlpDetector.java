package io.github.loci.core.detect;

import io.github.loci.analyzers.Language;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Apache OpenNLP's language detector with its pretrained {@code langdetect-183} model (103
 * languages, from the Maven artifact {@code org.apache.opennlp:opennlp-models-langdetect}).
 *
 * <p>It reads the first {@value #SAMPLE_CHARS} chars (of a text of {@value #LONG_TEXT_CHARS} chars
 * or more, samples from inside it first), NFC-normalized (decomposed Vietnamese is otherwise
 * misread by n-gram models). Its confidence is spread over 103 languages, so it is low for short
 * texts: for texts of at least {@value #MIN_CHARS_FOR_THRESHOLD} chars a guess below the threshold
 * is reported as undetermined; shorter texts keep the best guess.
 */
final class OpenNlpDetector implements LanguageDetector {
  static final String MODEL_RESOURCE = "langdetect-183.bin";

  /** The maxent model's entry in {@link #MODEL_RESOURCE}. */
  private static final String MODEL_ENTRY = "langdetect.model";

  /**
   * The sample read: detection costs in proportion to it, and 600 chars give the accuracy of 1,000
   * on es/it/en/vi paragraphs (99.8 / 99.5 / 99.8 / 99.7%, {@code bench/run langid}, configs {@code
   * loci-whole-N}); 400 lose 0.3–0.4 points on en and vi, 250 lose up to 2.3 on es.
   */
  static final int SAMPLE_CHARS = 600;

  static final int MIN_CHARS_FOR_THRESHOLD = 200;

  /**
   * A text of this many chars or more (a report, a book) is read from inside it ({@link
   * #innerReading}), and from its start only when that tells no language: a long text's start may
   * be a header or a licence in another language (a Project Gutenberg book in Spanish opens with
   * about 1,000 chars of English). Shorter texts, news articles among them, are read from their
   * start.
   */
  static final int LONG_TEXT_CHARS = 20 * SAMPLE_CHARS;

  /**
   * Reading stops before the sample's end once the answer is clear: checked from 150 chars on,
   * every 100 chars (at white space), it stops when the leading language's odds against the second
   * are at least e² (about 7.4 to 1) and its probability is at least one half (and at least the
   * threshold). On the 17,421 Europarl line documents of 200 chars or more (21 languages) and the
   * XQuAD en/es/vi paragraphs it never changes the answer of reading all 600 chars, and {@code
   * bench/run langid} gives the same accuracy in every cell and the same errors, at 1.6 times the
   * paragraphs per second (configs {@code loci-sample-600} and {@code loci-whole-600}). The
   * confidence reported is the probability where reading stopped.
   */
  static final NgramModel.EarlyStop EARLY_STOP = new NgramModel.EarlyStop(150, 100, 2.0, 0.5);

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      ISO3_TO_ISO1.put(Locale.of(iso1).getISO3Language(), iso1);
    }
    // The model names some macrolanguages by an individual language's ISO 639-3 code.
    String[][] individual = {
      {"ekk", "et"}, {"lvs", "lv"}, {"als", "sq"}, {"pes", "fa"}, {"zsm", "ms"}, {"cmn", "zh"},
      {"arb", "ar"}, {"swh", "sw"}, {"uzn", "uz"}, {"khk", "mn"}, {"azj", "az"}, {"npi", "ne"}
    };
    for (String[] pair : individual) {
      ISO3_TO_ISO1.put(pair[0], pair[1]);
    }
  }

  /**
   * Loaded on the first {@link #detect} (1.1 to 1.3 s on a cold, loaded JVM; 13 MB of tables):
   * searching, listing sources or re-indexing unchanged sources never pays for it.
   */
  private volatile NgramModel model;

  /** The last model read, for the next detector (softly: the JVM may take it back when short). */
  private static SoftReference<NgramModel> shared = new SoftReference<>(null);

  private final double minConfidence;
  private final int sampleChars;
  private final NgramModel.EarlyStop earlyStop;

  OpenNlpDetector(double minConfidence) {
    this(minConfidence, SAMPLE_CHARS, true);
  }

  /**
   * @param minConfidence below it a text of {@value #MIN_CHARS_FOR_THRESHOLD} chars or more is
   *     undetermined
   * @param sampleChars how many chars of a text are read at most
   * @param earlyStop whether reading stops once the answer is clear ({@link #EARLY_STOP})
   */
  OpenNlpDetector(double minConfidence, int sampleChars, boolean earlyStop) {
    if (sampleChars < 2) {
      throw new IllegalArgumentException("the sample needs at least 2 chars: " + sampleChars);
    }
    this.minConfidence = minConfidence;
    this.sampleChars = sampleChars;
    this.earlyStop =
        earlyStop
            ? new NgramModel.EarlyStop(
                EARLY_STOP.firstCheck(),
                EARLY_STOP.step(),
                EARLY_STOP.margin(),
                Math.max(minConfidence, EARLY_STOP.minProbability()))
            : NgramModel.EarlyStop.NEVER;
  }

  /**
   * Reads the maxent model inside OpenNLP's model package ({@value #MODEL_RESOURCE}, a zip): the
   * entry is inflated whole, then read by {@link GisModelReader}. OpenNLP's own reading (each of
   * the 1.27 million weights pulled through the zip stream, a map of Strings and an object per
   * predicate) took about a second on a cold JVM.
   */
  private static NgramModel loadModel() {
    try {
      return GisModelReader.read(modelBytes(), MODEL_RESOURCE + "!/" + MODEL_ENTRY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
    }
  }

  /** The maxent model's bytes: its entry in {@value #MODEL_RESOURCE}, inflated. */
  static byte[] modelBytes() throws IOException {
    // The model sits at its jar's root: no package, so no module encapsulation, but a named
    // module's Class.getResourceAsStream only looks inside its own module; the class loader looks
    // everywhere.
    ClassLoader loader = OpenNlpDetector.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException(
            MODEL_RESOURCE
                + " is not on the class or module path: add"
                + " org.apache.opennlp:opennlp-models-langdetect");
      }
      ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in));
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(MODEL_ENTRY)) {
          return zip.readAllBytes();
        }
      }
      throw new IOException(MODEL_RESOURCE + " holds no " + MODEL_ENTRY);
    }
  }

  NgramModel model() {
    NgramModel result = model;
    if (result == null) {
      result = sharedModel();
      model = result;
    }
    return result;
  }

  /**
   * The model read by an earlier detector of this JVM, if one still holds it or memory allowed the
   * JVM to keep it; else the model read anew. It is immutable: every {@code Loci} of a process
   * (several indexes, one after another) reads it once, not once each.
   */
  private static synchronized NgramModel sharedModel() {
    NgramModel result = shared.get();
    if (result == null) {
      result = loadModel();
      shared = new SoftReference<>(result);
    }
    return result;
  }

  @Override
  public DetectedLanguage detect(CharSequence text) {
    return read(text).language();
  }

  /**
   * Reads a text once, for its language and, when wanted, the shares of Loci's languages.
   *
   * @param text the text
   * @return the reading
   */
  Reading read(CharSequence text) {
    if (text.length() >= LONG_TEXT_CHARS) {
      Reading inner = innerReading(text);
      if (inner != null) {
        return inner;
      }
    }
    return readSample(sample(text, sampleChars));
  }

  /**
   * A long text's language from inside it: samples from its first word after a quarter, a half and
   * three quarters of it each vote for the language they tell (a sample of fewer than {@value
   * #MIN_CHARS_FOR_THRESHOLD} chars, or one below the threshold, tells none), and a language with
   * more votes than any other wins; its most confident sample's reading is returned. With no such
   * language, null: the start decides. A code listing or a table in the middle is outvoted.
   */
  private Reading innerReading(CharSequence text) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, Reading> readings = new HashMap<>();
    for (int quarter = 1; quarter <= 3; quarter++) {
      String sample =
          sample(fromWordAt(text, (int) ((long) text.length() * quarter / 4)), sampleChars);
      if (sample.length() < MIN_CHARS_FOR_THRESHOLD) {
        continue;
      }
      Reading reading = readSample(sample);
      String code = reading.language().code();
      if (!code.equals(DetectedLanguage.UNDETERMINED)) {
        votes.merge(code, 1, Integer::sum);
        readings.merge(
            code,
            reading,
            (a, b) -> a.language().confidence() >= b.language().confidence() ? a : b);
      }
    }
    String winner = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> vote : votes.entrySet()) {
      if (vote.getValue() > most) {
        winner = vote.getKey();
        most = vote.getValue();
        tie = false;
      } else if (vote.getValue() == most) {
        tie = true;
      }
    }
    return winner == null || tie ? null : readings.get(winner);
  }

  /**
   * The text from the first word that starts after a char (the rest of a word the char falls in is
   * passed over), or from that char if no word starts after it.
   */
  static CharSequence fromWordAt(CharSequence text, int at) {
    int i = at;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.subSequence(i < text.length() ? i : at, text.length());
  }

  private Reading readSample(String sample) {
    if (sample.codePoints().noneMatch(Character::isLetter)) {
      return new Reading(model(), null, sample.length());
    }
    // OpenNLP's LanguageDetectorME does the same: the model's probabilities of the text's distinct
    // n-grams, the most probable language first.
    NgramModel m = model();
    double[] probabilities =
        m.probabilities(
            OpenNlpFeatures.normalizedLowerCase(sample),
            sample.length() >= MIN_CHARS_FOR_THRESHOLD ? earlyStop : NgramModel.EarlyStop.NEVER);
    return new Reading(m, probabilities, sample.length());
  }

  /** The model's probabilities for one text's sample ({@code null} when it has no letter). */
  final class Reading {
    private final NgramModel model;
    private final double[] probabilities;
    private final int sampleLength;

    private Reading(NgramModel model, double[] probabilities, int sampleLength) {
      this.model = model;
      this.probabilities = probabilities;
      this.sampleLength = sampleLength;
    }

    /** The most probable language, or undetermined (no letter, or below the threshold). */
    DetectedLanguage language() {
      if (probabilities == null) {
        return DetectedLanguage.undetermined();
      }
      int best = best();
      double confidence = Math.max(0, Math.min(1, probabilities[best]));
      if (sampleLength >= MIN_CHARS_FOR_THRESHOLD && confidence < minConfidence) {
        return new DetectedLanguage(DetectedLanguage.UNDETERMINED, confidence);
      }
      return new DetectedLanguage(toIso1(model.outcome(best)), confidence);
    }

    /**
     * The most probable language, whatever its probability: what {@link #language} would answer
     * without the threshold.
     *
     * @return its ISO 639-1 code (ISO 639-3 where it has none), or undetermined for a text without
     *     letters
     */
    String mostProbable() {
      return probabilities == null ? DetectedLanguage.UNDETERMINED : toIso1(model.outcome(best()));
    }

    private int best() {
      return NgramModel.leading(probabilities);
    }

    /**
     * The probabilities of Loci's languages (all 0 for a text without letters).
     *
     * @return one probability per {@link Language}, by ordinal
     */
    double[] lociProbabilities() {
      double[] out = new double[Language.values().length];
      for (int i = 0; probabilities != null && i < probabilities.length; i++) {
        Optional<Language> language = Language.forCode(toIso1(model.outcome(i)));
        if (language.isPresent()) {
          out[language.get().ordinal()] = probabilities[i];
        }
      }
      return out;
    }
  }

  /** The first {@value #SAMPLE_CHARS} chars, cut at white space, NFC-normalized. */
  static String sample(CharSequence text) {
    return sample(text, SAMPLE_CHARS);
  }

  /** The first {@code chars} chars, cut at white space, NFC-normalized. */
  static String sample(CharSequence text, int chars) {
    int end = text.length();
    if (end > chars) {
      end = chars;
      while (end > chars / 2 && !Character.isWhitespace(text.charAt(end))) {
        end--;
      }
    }
    return Normalizer.normalize(text.subSequence(0, end), Normalizer.Form.NFC);
  }

  static String toIso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  @Override
  public String name() {
    return "opennlp-langdetect-183-sample"
        + sampleChars
        + (earlyStop == NgramModel.EarlyStop.NEVER ? "" : "-early");
  }
}
