package io.github.loci.core.amount;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text in Unicode NFC, with the way back to the offsets of the text it was made from. The word
 * lists are composed ("tỷ" is one char), so decomposed text (NFD, as some Vietnamese sites write
 * it) is composed before it is read; most text is NFC already and is used as it is. Fullwidth forms
 * of ASCII ("３８.４００", "４０％", "ＵＳ＄", as Chinese and Japanese input methods type them) are read as
 * ASCII, char for char.
 */
final class NfcText {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final String text;
  private final int originalLength;

  /**
   * For each char of {@link #text}, where the normalization segment it came from starts and ends in
   * the original; both null when the original is NFC already.
   */
  private final int[] segmentStarts;

  private final int[] segmentEnds;

  private NfcText(String text, int originalLength, int[] segmentStarts, int[] segmentEnds) {
    this.text = text;
    this.originalLength = originalLength;
    this.segmentStarts = segmentStarts;
    this.segmentEnds = segmentEnds;
  }

  /**
   * Normalizes a text.
   *
   * @param original any text
   * @return its NFC form, the text itself when it is NFC already
   */
  static NfcText of(String original) {
    if (NFC.spanQuickCheckYes(original) == original.length()) {
      return new NfcText(ascii(original), original.length(), null, null);
    }
    // Each segment (a starter and what combines with it) is normalized on its own, so every
    // char of the result knows the span of the original it came from.
    int length = original.length();
    StringBuilder normalized = new StringBuilder(length);
    int[] starts = new int[length];
    int[] ends = new int[length];
    int segmentStart = 0;
    for (int i = 0; i < length; ) {
      int next = i + Character.charCount(original.codePointAt(i));
      if (next == length || NFC.hasBoundaryBefore(original.codePointAt(next))) {
        int from = normalized.length();
        // A boundary on both sides: appending cannot change what is already there.
        NFC.normalizeSecondAndAppend(normalized, CharBuffer.wrap(original, segmentStart, next));
        if (normalized.length() > starts.length) {
          starts = Arrays.copyOf(starts, 2 * normalized.length());
          ends = Arrays.copyOf(ends, starts.length);
        }
        Arrays.fill(starts, from, normalized.length(), segmentStart);
        Arrays.fill(ends, from, normalized.length(), next);
        segmentStart = next;
      }
      i = next;
    }
    return new NfcText(ascii(normalized.toString()), length, starts, ends);
  }

  /** A text with the fullwidth forms of ASCII (U+FF01 to U+FF5E) as ASCII, one char for one. */
  private static String ascii(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = (char) (c - 0xFEE0);
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** Returns the text in NFC. */
  String text() {
    return text;
  }

  /**
   * Moves amounts found in {@link #text()} to the offsets of the original text.
   *
   * @param amounts amounts with offsets into the NFC text
   * @return the same amounts with offsets into the original
   */
  List<Amount> toOriginal(List<Amount> amounts) {
    if (segmentStarts == null) {
      return amounts;
    }
    List<Amount> moved = new ArrayList<>(amounts.size());
    for (Amount a : amounts) {
      int start = a.start() < text.length() ? segmentStarts[a.start()] : originalLength;
      int end = a.end() > 0 ? segmentEnds[a.end() - 1] : 0;
      moved.add(new Amount(a.kind(), a.value(), a.currency(), a.qualifier(), start, end));
    }
    return moved;
  }
}
