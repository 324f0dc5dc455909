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
 * lồ.Alibaba"). Lines that are page furniture (see {@link Furniture}) are marked, and never share a
 * passage with content.
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
    List<Sentence> sentences = new ArrayList<>();
    BreakIterator breaker = sentenceBreaker(locale);
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int lineEnd = lineStart;
      while (lineEnd < length && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      if (lineEnd > lineStart) {
        splitLine(text, lineStart, lineEnd, breaker, inside, sentences);
      }
      lineStart = lineEnd + 1;
    }
    return sentences;
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

  private void splitLine(
      String text,
      int lineStart,
      int lineEnd,
      BreakIterator breaker,
      IntPredicate inside,
      List<Sentence> out) {
    int[] trimmed = trim(text, lineStart, lineEnd);
    if (trimmed == null) {
      return;
    }
    boolean isFurniture = furniture.isFurniture(text, trimmed[0], trimmed[1]);
    breaker.setText(text.substring(lineStart, lineEnd));
    int from = breaker.first();
    for (int to = breaker.next(); to != BreakIterator.DONE; from = to, to = breaker.next()) {
      addSplittingGlued(text, lineStart + from, lineStart + to, isFurniture, inside, out);
    }
  }

  /** Adds a trimmed span, split after every full stop glued to a following sentence. */
  private static void addSplittingGlued(
      String text,
      int start,
      int end,
      boolean isFurniture,
      IntPredicate inside,
      List<Sentence> out) {
    int from = start;
    for (int i = start + 1; i + 2 < end; i++) {
      if (isGluedBoundary(text, i, end)) {
        addTrimmed(text, from, i + 1, isFurniture, inside, out);
        from = i + 1;
      }
    }
    addTrimmed(text, from, end, isFurniture, inside, out);
  }

  /**
   * A sentence end glued to the next sentence: lower-case letter, terminal punctuation, then a
   * capitalized word ("lồ.Alibaba"). Abbreviations ("U.S."), decimals ("3.53") and domain names
   * ("techcrunch.com") do not have that shape. The two code points after it lie before {@code end}
   * (a capital outside the BMP, such as U+1D405, takes two chars).
   */
  private static boolean isGluedBoundary(String text, int i, int end) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + 1);
    int next = i + 1 + Character.charCount(after);
    if (next >= end) {
      return false;
    }
    int afterNext = text.codePointAt(next);
    return Character.isLowerCase(before)
        && (Character.isUpperCase(after) || Character.isTitleCase(after))
        && Character.isLowerCase(afterNext)
        && !GLUED_ABBREVIATIONS.contains(wordBefore(text, i).toLowerCase(Locale.ROOT));
  }

  /**
   * Abbreviations that news writes glued to the name they stand before: Vietnamese "Tp.Hồ Chí
   * Minh", "tp.Đà Nẵng" (thành phố), "Q.Ba Đình" (quận), "TX.", "TT.", "P.", "H."; Spanish
   * "Sr.García", "Dra.López"; English "Dr.Smith", "St.Louis"; Russian "г.Москва", "ул.Ленина".
   * Matched in lower case.
   */
  private static final java.util.Set<String> GLUED_ABBREVIATIONS =
      java.util.Set.of(
          "tp", "tx", "tt", "q", "p", "h", "x", "sr", "sra", "srta", "dr", "dra", "st", "mr", "mrs",
          "ms", "sig", "dott", "ing", "avv", "г", "ул");

  /** The letters just before index {@code i}. */
  private static String wordBefore(String text, int i) {
    int start = i;
    while (start > 0 && Character.isLetter(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    return text.substring(start, i);
  }

  private static void addTrimmed(
      String text,
      int start,
      int end,
      boolean isFurniture,
      IntPredicate inside,
      List<Sentence> out) {
    int[] span = trim(text, start, end);
    while (span != null && span[1] - span[0] > MAX_SENTENCE_CHARS) {
      int cut = cut(text, span[0], span[0] + MAX_SENTENCE_CHARS, inside);
      int[] piece = trim(text, span[0], cut);
      if (piece != null) {
        out.add(new Sentence(piece[0], piece[1], isFurniture));
      }
      span = trim(text, cut, span[1]);
    }
    if (span != null) {
      out.add(new Sentence(span[0], span[1], isFurniture));
    }
  }

  /**
   * Where to end a piece of an overlong sentence that starts at {@code start}: after the last white
   * space in the second half of [start, limit) that has no digit beside it (so that "$300 million"
   * or "USD 5" stays in one piece, where its amount is read), else after the last white space
   * there, else at {@code limit}, moved back so that it splits neither a surrogate pair nor a
   * letter from its combining marks. A space inside a span to keep whole ({@code inside}) is passed
   * over.
   */
  static int cut(String text, int start, int limit, IntPredicate inside) {
    int lastSpace = -1;
    for (int i = limit; i > start + (limit - start) / 2; i--) {
      if (isSpace(text.charAt(i - 1)) && !inside.test(i)) {
        if (!Character.isDigit(text.charAt(i - 2))
            && (i >= text.length() || !Character.isDigit(text.charAt(i)))) {
          return i;
        }
        if (lastSpace < 0) {
          lastSpace = i; // the last space, should none be away from digits
        }
      }
    }
    if (lastSpace > 0) {
      return lastSpace;
    }
    int cut = limit;
    while (cut > start + 1 && (isTrailing(text.charAt(cut)) || isMark(text.codePointAt(cut)))) {
      cut--;
    }
    return cut > start + 1 ? cut : limit;
  }

  private static boolean isTrailing(char c) {
    return Character.isLowSurrogate(c);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || codePoint == 0x200D; // zero-width joiner: inside an emoji sequence
  }

  private static int[] trim(String text, int start, int end) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end > start ? new int[] {start, end} : null;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
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
   * and diacritics ignored).
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
        if (!isSpace(c)) {
          out.append(c);
        } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      }
      return out.toString().toLowerCase(Locale.ROOT).strip();
    }
  }
}
