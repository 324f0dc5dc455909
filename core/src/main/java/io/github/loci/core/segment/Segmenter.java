package io.github.loci.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.loci.core.internal.Bundled;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Splits a source into sentences and groups them into overlapping passages.
 *
 * <p>Sentences come from ICU4J's sentence {@link BreakIterator} for the source's locale, run on
 * each line (a line break always ends a sentence), trimmed of white space (no-break spaces too),
 * plus the boundaries ICU misses in real text: a full stop glued to the next sentence ("khổng
 * lồ.Alibaba"). Lines that are page furniture (see {@link Furniture}) and the lines of a Markdown
 * file's front matter are marked, and never share a passage with content.
 *
 * <p>Passages are consecutive sentences, at most {@code maxSentences}, or one more while the
 * passage is shorter than {@code minChars} (a title or a short sentence takes its neighbours), and
 * at most {@code maxChars} (a longer sentence stays whole up to {@link #MAX_SENTENCE_CHARS}, beyond
 * which it is split at white space); consecutive passages share a sentence so that evidence across
 * two sentences is found whole. The defaults, windows of two sentences with stride one, up to 600
 * chars, were chosen on XQuAD en, es and vi together and the seed judgments (README, Retrieval
 * quality).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Segmenter {
  /**
   * Default maximum passage length in chars: two sentences of a news article fit (XQuAD's passages
   * average 351 to 380 chars; with a cap of 400, two-sentence windows lost on en, es and vi).
   */
  public static final int DEFAULT_MAX_CHARS = 600;

  /**
   * Default length below which a passage takes one sentence more than {@link
   * #DEFAULT_MAX_SENTENCES}: a title or a short sentence is read with its neighbours (without it,
   * two-sentence windows lost seed evidence that sits next to a short line).
   */
  public static final int DEFAULT_MIN_CHARS = 250;

  /**
   * The longest sentence, in chars: a longer one (a line without full stops, a huge token) is split
   * into pieces of at most this many chars, after the last white space of a piece's second half
   * when there is one, so that no passage is longer than this or {@code maxChars}, whichever is
   * larger. Every piece is a span of the source, so citations stay exact.
   */
  public static final int MAX_SENTENCE_CHARS = 1000;

  /**
   * Default maximum number of sentences in a passage (one more below {@link #DEFAULT_MIN_CHARS}):
   * with one sentence of overlap, windows of two sentences with stride one.
   */
  public static final int DEFAULT_MAX_SENTENCES = 2;

  private final int maxChars;
  private final int maxSentences;
  private final int minChars;
  private final Furniture furniture;

  private Segmenter(int maxChars, int maxSentences, int minChars, Furniture furniture) {
    if (maxChars < 1 || maxSentences < 1) {
      throw new IllegalArgumentException("maxChars and maxSentences must be positive");
    }
    if (minChars < 0) {
      throw new IllegalArgumentException("minChars must not be negative");
    }
    this.maxChars = maxChars;
    this.maxSentences = maxSentences;
    this.minChars = minChars;
    this.furniture = Objects.requireNonNull(furniture, "furniture");
  }

  /**
   * The default segmenter: passages of 2 sentences (3 below 250 chars) and up to 600 chars, each
   * sharing a sentence with the next, built-in furniture cues.
   *
   * @return the default segmenter
   */
  public static Segmenter defaults() {
    return new Segmenter(
        DEFAULT_MAX_CHARS, DEFAULT_MAX_SENTENCES, DEFAULT_MIN_CHARS, Furniture.builtIn());
  }

  /**
   * A segmenter with other limits.
   *
   * @param maxChars the longest passage, in chars, unless one sentence is longer
   * @param maxSentences the most sentences in a passage
   * @param furniture what counts as page furniture
   * @return the segmenter
   */
  public static Segmenter of(int maxChars, int maxSentences, Furniture furniture) {
    return new Segmenter(maxChars, maxSentences, 0, furniture);
  }

  /**
   * A segmenter with other limits, and a length below which a passage takes one more sentence.
   *
   * @param maxChars the longest passage, in chars, unless one sentence is longer
   * @param maxSentences the most sentences in a passage of at least {@code minChars}
   * @param minChars below this length a passage takes up to {@code maxSentences + 1} sentences
   * @param furniture what counts as page furniture
   * @return the segmenter
   */
  public static Segmenter of(int maxChars, int maxSentences, int minChars, Furniture furniture) {
    return new Segmenter(maxChars, maxSentences, minChars, furniture);
  }

  /**
   * Splits text into sentences.
   *
   * @param text the source text
   * @param locale its language, for ICU's rules
   * @return the sentences in order; none is empty or only white space
   */
  public List<Sentence> sentences(String text, Locale locale) {
    return sentences(text, locale, at -> false);
  }

  /**
   * Splits text into sentences, cutting a sentence longer than {@link #MAX_SENTENCE_CHARS} nowhere
   * inside a span that must stay whole (an amount: "38.400 millones de dólares" cut between "de"
   * and "dólares" would be read in neither piece).
   *
   * @param text the source text
   * @param locale its language, for ICU's rules
   * @param inside whether a char index lies inside such a span (after its first char, before its
   *     end)
   * @return the sentences in order; none is empty or only white space
   */
  public List<Sentence> sentences(String text, Locale locale, IntPredicate inside) {
    return new SentenceSplitter(text, sentenceBreaker(locale), furniture, inside).split();
  }

  /** ICU's sentence rules per locale, loaded once: each use takes a copy (not thread-safe). */
  private static final Map<Locale, BreakIterator> SENTENCE_RULES = new ConcurrentHashMap<>();

  /**
   * ICU's sentence rules for a locale, with its list of abbreviations after which a full stop ends
   * no sentence ({@code ss=standard}: "Mr.", "Inc.", "Sr.", "Dra.", for the languages ICU has one
   * for, English, Spanish and Italian among them).
   */
  private static BreakIterator sentenceBreaker(Locale locale) {
    return (BreakIterator)
        SENTENCE_RULES
            .computeIfAbsent(
                locale,
                l ->
                    BreakIterator.getSentenceInstance(
                        ULocale.forLocale(l).setKeywordValue("ss", "standard")))
            .clone();
  }

  /**
   * Splits a source into passages.
   *
   * @param sourceId the source's id
   * @param text the source text
   * @param locale its language
   * @return the passages in order, numbered from 0
   */
  public List<Passage> passages(String sourceId, String text, Locale locale) {
    return passages(sourceId, text, sentences(text, locale));
  }

  /**
   * Groups sentences into passages.
   *
   * @param sourceId the source's id
   * @param text the source text
   * @param sentences its sentences, as {@link #sentences} returns them
   * @return the passages in order, numbered from 0
   */
  public List<Passage> passages(String sourceId, String text, List<Sentence> sentences) {
    List<Passage> passages = new ArrayList<>();
    int n = sentences.size();
    int first = 0;
    while (first < n) {
      Sentence head = sentences.get(first);
      int end = first + 1;
      while (end < n
          && (end - first < maxSentences
              || (end - first < maxSentences + 1
                  && sentences.get(end - 1).end() - head.start() < minChars))
          && sentences.get(end).furniture() == head.furniture()
          && sentences.get(end).end() - head.start() <= maxChars) {
        end++;
      }
      int start = head.start();
      int stop = sentences.get(end - 1).end();
      passages.add(
          new Passage(
              sourceId,
              passages.size(),
              start,
              stop,
              first,
              end,
              head.furniture(),
              text.substring(start, stop)));
      if (end >= n) {
        break;
      }
      // Overlap by one sentence, so that evidence spanning sentences end-1 and end is found whole,
      // unless those two alone are too long for one passage or of different kinds.
      Sentence last = sentences.get(end - 1);
      Sentence next = sentences.get(end);
      boolean overlap =
          end - first >= 2
              && last.furniture() == next.furniture()
              && next.end() - last.start() <= maxChars;
      first = overlap ? end - 1 : end;
    }
    return passages;
  }

  /**
   * Page furniture: lines such as "Share This:", "Leave a reply", "Photo: … on Flickr", "Vea
   * también: …", recognized by cues in a resource file, one per line (a prefix of the line, case
   * and diacritics ignored), and the front matter a text may start with (a Markdown file's YAML or
   * TOML block, {@code FrontMatter}), unless there are no cues at all ({@link #none}).
   */
  public static final class Furniture {
    private static final String BUILT_IN = "furniture.txt";
    private static volatile Furniture builtIn;

    private final List<String> prefixes;

    /** How much of a line is folded to compare it with the cues: the longest cue, with room. */
    private final int window;

    private Furniture(List<String> prefixes) {
      this.prefixes = List.copyOf(prefixes);
      this.window = 4 * prefixes.stream().mapToInt(String::length).max().orElse(0) + 16;
    }

    /**
     * The built-in cues, in several languages.
     *
     * @return the built-in furniture cues
     */
    public static Furniture builtIn() {
      Furniture result = builtIn;
      if (result == null) {
        result = parse(new String(Bundled.read(Segmenter.class, BUILT_IN), StandardCharsets.UTF_8));
        builtIn = result;
      }
      return result;
    }

    /**
     * Cues from text: one line prefix per line; {@code #} starts a comment.
     *
     * @param text the cue list
     * @return the cues
     */
    public static Furniture parse(String text) {
      List<String> prefixes = new ArrayList<>();
      for (String line : text.split("\r?\n")) {
        String cue = line.strip();
        if (!cue.isEmpty() && !cue.startsWith("#")) {
          prefixes.add(fold(cue));
        }
      }
      return new Furniture(prefixes);
    }

    /**
     * No cues: nothing is furniture.
     *
     * @return an empty cue list
     */
    public static Furniture none() {
      return new Furniture(List.of());
    }

    /**
     * Tells whether a line is furniture.
     *
     * @param line a trimmed line of a source
     * @return whether it starts with a cue
     */
    public boolean isFurniture(String line) {
      return isFurniture(line, 0, line.length());
    }

    /**
     * Whether a text's front matter ({@code ---} or {@code +++} and keys) is furniture: with any
     * cues, as the built-in ones; {@link #none} marks nothing.
     */
    boolean marksFrontMatter() {
      return !prefixes.isEmpty();
    }

    /**
     * Tells whether a line of a text is furniture, folding only its start: a cue is a prefix, so a
     * long line is never folded whole.
     */
    boolean isFurniture(String text, int start, int end) {
      if (prefixes.isEmpty()) {
        return false;
      }
      String folded = fold(text.substring(start, Math.min(end, start + window)));
      if (end - start > window && folded.length() < window / 4) {
        // Folding dropped most of the window (marks, spaces): fold the whole line.
        folded = fold(text.substring(start, end));
      }
      for (String prefix : prefixes) {
        if (folded.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }

    /** Without marks, lower case, runs of white space as one space, stripped. */
    private static String fold(String s) {
      String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
      StringBuilder out = new StringBuilder(decomposed.length());
      for (int i = 0; i < decomposed.length(); i++) {
        char c = decomposed.charAt(i);
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        if (!SentenceSplitter.isSpace(c)) {
          out.append(c);
        } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      }
      return out.toString().toLowerCase(Locale.ROOT).strip();
    }
  }
}
