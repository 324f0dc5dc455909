package io.github.loci.core.segment;

import com.ibm.icu.text.BreakIterator;
import io.github.loci.core.internal.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The sentences of one text, for {@link Segmenter#sentences}: each line (a line break always ends a
 * sentence) goes through ICU's sentence rules, each of ICU's sentences is split again after a full
 * stop glued to the next sentence ("khổng lồ.Alibaba"), trimmed of white space, and cut at white
 * space when longer than {@link Segmenter#MAX_SENTENCE_CHARS}. Made for one text and used once, by
 * one thread.
 */
final class SentenceSplitter {
  /**
   * Abbreviations that news writes glued to the name they stand before: Vietnamese "Tp.Hồ Chí
   * Minh", "tp.Đà Nẵng" (thành phố), "Q.Ba Đình" (quận), "TX.", "TT.", "P.", "H."; Spanish
   * "Sr.García", "Dra.López"; English "Dr.Smith", "St.Louis"; Russian "г.Москва", "ул.Ленина".
   * Matched in lower case.
   */
  private static final Set<String> GLUED_ABBREVIATIONS =
      Set.of(
          "tp", "tx", "tt", "q", "p", "h", "x", "sr", "sra", "srta", "dr", "dra", "st", "mr", "mrs",
          "ms", "sig", "dott", "ing", "avv", "г", "ул");

  private final String text;
  private final BreakIterator breaker;
  private final Segmenter.Furniture furniture;
  private final IntPredicate inside;
  private final List<Sentence> out = new ArrayList<>();

  /** Whether the line being split is page furniture; its sentences are marked so. */
  private boolean isFurniture;

  /**
   * Where the text's front matter ends (0 without one): its lines ("layout: post", "date: …") are
   * furniture, never in a passage with the text and ranked after it.
   */
  private int frontMatterEnd;

  /**
   * @param text the source text
   * @param breaker ICU's sentence rules for the text's language, a copy of its own
   * @param furniture the cues of page-furniture lines
   * @param inside whether a char index lies inside a span that a cut must not split
   */
  SentenceSplitter(
      String text, BreakIterator breaker, Segmenter.Furniture furniture, IntPredicate inside) {
    this.text = text;
    this.breaker = breaker;
    this.furniture = furniture;
    this.inside = inside;
  }

  /** The text's sentences in order; none is empty or only white space. */
  List<Sentence> split() {
    frontMatterEnd = furniture.marksFrontMatter() ? FrontMatter.of(text).end() : 0;
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int lineEnd = lineStart;
      while (lineEnd < length && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      if (lineEnd > lineStart) {
        splitLine(lineStart, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private void splitLine(int lineStart, int lineEnd) {
    int[] trimmed = trim(text, lineStart, lineEnd);
    if (trimmed == null) {
      return;
    }
    isFurniture = lineStart < frontMatterEnd || furniture.isFurniture(text, trimmed[0], trimmed[1]);
    breaker.setText(text.substring(lineStart, lineEnd));
    int from = breaker.first();
    for (int to = breaker.next(); to != BreakIterator.DONE; from = to, to = breaker.next()) {
      addSplittingGlued(lineStart + from, lineStart + to);
    }
  }

  /** Adds a trimmed span, split after every full stop glued to a following sentence. */
  private void addSplittingGlued(int start, int end) {
    int from = start;
    for (int i = start + 1; i + 2 < end; i++) {
      if (isGluedBoundary(i, end)) {
        addTrimmed(from, i + 1);
        from = i + 1;
      }
    }
    addTrimmed(from, end);
  }

  /**
   * A sentence end glued to the next sentence: lower-case letter, terminal punctuation, then a
   * capitalized word ("lồ.Alibaba"). Abbreviations ("U.S."), decimals ("3.53") and domain names
   * ("techcrunch.com") do not have that shape. The two code points after it lie before {@code end}
   * (a capital outside the BMP, such as U+1D405, takes two chars).
   */
  private boolean isGluedBoundary(int i, int end) {
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
        && !GLUED_ABBREVIATIONS.contains(wordBefore(i).toLowerCase(Locale.ROOT));
  }

  /** The letters just before index {@code i}. */
  private String wordBefore(int i) {
    int start = i;
    while (start > 0 && Character.isLetter(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    return text.substring(start, i);
  }

  /** Adds a span trimmed, in pieces of at most {@link Segmenter#MAX_SENTENCE_CHARS}. */
  private void addTrimmed(int start, int end) {
    int[] span = trim(text, start, end);
    while (span != null && span[1] - span[0] > Segmenter.MAX_SENTENCE_CHARS) {
      int cut = cut(text, span[0], span[0] + Segmenter.MAX_SENTENCE_CHARS, inside);
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

  /** White space, no-break spaces and the byte-order mark. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
