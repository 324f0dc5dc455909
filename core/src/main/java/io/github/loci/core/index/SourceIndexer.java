package io.github.loci.core.index;

import io.github.loci.analyzers.Language;
import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountExtractor;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.DetectedLanguage;
import io.github.loci.core.detect.LanguageDetector;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.ingest.LanguageCodes;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.segment.Passage;
import io.github.loci.core.segment.Segmenter;
import io.github.loci.core.segment.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;

/**
 * The work done for one source before it is written: its hash (to leave an unchanged source as it
 * is), its language (declared, or detected once on a sample of its text), its passages (segmented
 * once), its amounts (extracted once from the whole text, then given to the passages that hold
 * them) and its Lucene documents. Thread-safe: every part it uses is.
 */
public final class SourceIndexer {
  /**
   * Identifies everything that changes how a source is indexed; part of each source's hash, so a
   * source indexed otherwise is indexed again by the next run ({@code seg=3}: an over-long sentence
   * not cut beside a digit, {@code seg=4}: front matter as furniture; {@code amounts=2}: amounts
   * read since the fixes of their currencies, joined parts and dashes, {@code amounts=3} across a
   * hard-wrapped line, {@code amounts=4} the readings of 2026-12-07 (Italian numbers written as one
   * word, scale letters after a space or before a currency, a code against its number, fractions
   * and vague counts of a scale, worded ranges left out), {@code amounts=5} a half of a scale ("two
   * and a half million", "dos millones y medio", "2 tỷ rưỡi"); {@code glued=1}: sentences glued to
   * the next analyzed apart, {@link SentenceTokens#analyzedText}; {@code analysis=1}: a source's
   * document names its analysis, {@link Fields#ANALYSIS}; {@code long=1}: a source of 12,000 chars
   * or more detected from inside it; {@code pct=1}: percentages as points, {@link
   * Fields#AMOUNT_PERCENT}).
   */
  static final String FORMAT_ID =
      "format="
          + IndexFormat.VERSION
          + ";seg=4;path=1;und=short;amounts=5;glued=1;analysis=1;long=1;pct=1";

  private final Analysis analysis;
  private final Segmenter segmenter;
  private final LanguageDetector detector;
  private final List<String> textFields;

  /**
   * Creates an indexer.
   *
   * @param analysis the analyzers, for the language fields a source is indexed in
   * @param segmenter how sources are split into passages
   * @param detector the detector for sources without a declared language
   */
  public SourceIndexer(Analysis analysis, Segmenter segmenter, LanguageDetector detector) {
    this.analysis = analysis;
    this.segmenter = segmenter;
    this.detector = detector;
    List<String> every = new ArrayList<>(analysis.fieldNames(List.of(Language.values())));
    every.add(Fields.TEXT_NEUTRAL);
    this.textFields = List.copyOf(every);
  }

  /**
   * A source ready to write.
   *
   * @param language its language, declared or detected
   * @param detected whether it was detected
   * @param documents its passages' documents, then its source document
   * @param passages how many passages it has
   */
  public record Prepared(
      DetectedLanguage language, boolean detected, List<Document> documents, int passages) {}

  /**
   * Tells the language of a source: the declared one, or the detector's guess.
   *
   * @param source the source
   * @return the language, with confidence 1 when declared
   */
  public DetectedLanguage language(Source source) {
    if (source.language().isEmpty()) {
      DetectedLanguage guess = detector.detect(source.text());
      if (guess == null) {
        throw new IllegalStateException("the language detector returned null, not a guess");
      }
      // A detector of the caller's own may say "EN", "en-US" or "eng": stored as the code that
      // declared languages and the languages filter use.
      String code;
      try {
        code = LanguageCodes.asIndexed(guess.code());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the language detector's guess: " + e.getMessage(), e);
      }
      return code.equals(guess.code()) ? guess : new DetectedLanguage(code, guess.confidence());
    }
    String code = Locale.forLanguageTag(source.language().get().replace('_', '-')).getLanguage();
    return new DetectedLanguage(code.isEmpty() ? DetectedLanguage.UNDETERMINED : code, 1);
  }

  /**
   * Builds a source's documents.
   *
   * @param source the source
   * @param hash its {@link #hash}
   * @return the documents and what they are
   */
  public Prepared prepare(Source source, String hash) {
    return prepare(source, hash, language(source));
  }

  /**
   * Builds a source's documents, its language already told.
   *
   * @param source the source
   * @param hash its {@link #hash}
   * @param lang its {@link #language}
   * @return the documents and what they are
   */
  public Prepared prepare(Source source, String hash, DetectedLanguage lang) {
    Optional<Language> language = Language.forCode(lang.code());
    Locale locale = language.map(Language::locale).orElse(Locale.forLanguageTag(lang.code()));
    List<Amount> amounts = AmountExtractor.extract(source.text(), language.orElse(null));
    List<Sentence> sentences = segmenter.sentences(source.text(), locale, insideAnAmount(amounts));
    List<Passage> passages = segmenter.passages(source.id(), source.text(), sentences);
    List<Language> languages = languages(lang, language, source.text());
    PassageDocuments.SourceMeta meta =
        new PassageDocuments.SourceMeta(
            source.id(),
            source.title(),
            source.url(),
            source.path().map(Path::toString),
            lang,
            analysis.fieldNames(languages),
            source.language().isEmpty(),
            hash,
            source.text());
    return new Prepared(
        lang,
        source.language().isEmpty(),
        PassageDocuments.withAnalysis(
            PassageDocuments.build(
                meta,
                passages,
                amounts,
                textFields,
                sentenceTokens(source.text(), sentences, passages, languages)),
            analysis.id()),
        passages.size());
  }

  /**
   * Whether a char index lies inside one of some amounts (after its first char, before its end),
   * where an overlong sentence is not cut: its amount would be in neither piece.
   *
   * @param amounts amounts in text order
   * @return the test
   */
  static java.util.function.IntPredicate insideAnAmount(List<Amount> amounts) {
    if (amounts.isEmpty()) {
      return at -> false;
    }
    // The amounts' spans by start, overlapping ones merged: then at most one holds an index.
    List<Amount> byStart = new java.util.ArrayList<>(amounts);
    byStart.sort(java.util.Comparator.comparingInt(Amount::start));
    int[] starts = new int[byStart.size()];
    int[] ends = new int[byStart.size()];
    int n = 0;
    for (Amount a : byStart) {
      if (n > 0 && a.start() < ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], a.end());
      } else {
        starts[n] = a.start();
        ends[n] = a.end();
        n++;
      }
    }
    int spans = n;
    return at -> {
      int i = java.util.Arrays.binarySearch(starts, 0, spans, at);
      int last = i >= 0 ? i - 1 : -i - 2; // the last span starting before the index
      return last >= 0 && at < ends[last];
    };
  }

  /**
   * The passages' tokens from their sentences' ({@link SentenceTokens}): each field a sentence is
   * analyzed in once, not once per passage that holds it, but for the fields of word pairs (a pair
   * may span two sentences), for passages {@link SentenceTokens#replayable} says no to, and for
   * texts above {@link SentenceTokens#MAX_CHARS}: those analyze their text, glued sentences apart
   * ({@link SentenceTokens#analyzedText}).
   */
  private PassageDocuments.PassageTokens sentenceTokens(
      String text, List<Sentence> sentences, List<Passage> passages, List<Language> languages) {
    boolean[] replayable = new boolean[passages.size()]; // none, for a text above MAX_CHARS
    Map<String, SentenceTokens> byField = new HashMap<>();
    if (text.length() <= SentenceTokens.MAX_CHARS) {
      for (Passage p : passages) {
        replayable[p.ordinal()] = SentenceTokens.replayable(text, sentences, p);
      }
      Analyzer analyzer = analysis.indexAnalyzer();
      for (Language l : languages) {
        for (Analysis.LanguageField field : analysis.fields(l)) {
          if (!field.pairs()) {
            byField.put(field.name(), SentenceTokens.of(analyzer, field.name(), text, sentences));
          }
        }
      }
      byField.put(
          Fields.TEXT_NEUTRAL, SentenceTokens.of(analyzer, Fields.TEXT_NEUTRAL, text, sentences));
    }
    return new PassageDocuments.PassageTokens() {
      @Override
      public SentenceTokens of(String field, Passage passage) {
        return replayable[passage.ordinal()] ? byField.get(field) : null;
      }

      @Override
      public String analyzedText(Passage passage) {
        return SentenceTokens.analyzedText(text, sentences, passage);
      }
    };
  }

  /**
   * The languages whose fields a source is indexed in: its language; every Loci language when a
   * short text's language is undetermined (below {@link LanguageDetectors#SHORT_TEXT_CHARS} chars,
   * where detection cannot tell: the safe choice, so that a query in any of them finds it); none
   * for another language, or for a longer text no language is likely for (the neutral field only:
   * in every field, a long text of another language would match each Loci language's stems and stop
   * words, which cost cross-lingual XQuAD 0.02 MRR@10).
   */
  private static List<Language> languages(
      DetectedLanguage lang, Optional<Language> language, CharSequence text) {
    boolean shortUndetermined =
        lang.code().equals(DetectedLanguage.UNDETERMINED)
            && text.length() < LanguageDetectors.SHORT_TEXT_CHARS;
    return language.isPresent()
        ? List.of(language.get())
        : shortUndetermined ? List.of(Language.values()) : List.of();
  }

  /**
   * The hash of a source as this indexer would index it: its content and metadata, the analysis,
   * the detector (for undeclared languages) and the index format.
   *
   * @param source the source
   * @return a hex SHA-256
   */
  public String hash(Source source) {
    MessageDigest digest = DIGEST.get();
    digest.reset();
    for (String part :
        List.of(
            FORMAT_ID,
            analysis.id(),
            source.language().orElse("detect:" + detector.name()),
            source.title(),
            source.url().orElse(""),
            source.path().map(Path::toString).orElse(""),
            source.text())) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** One digest per thread: {@code MessageDigest.getInstance} costs a provider lookup. */
  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is required of every JDK", e);
            }
          });
}
