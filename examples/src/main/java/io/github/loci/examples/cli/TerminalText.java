package io.github.loci.examples.cli;

/**
 * Text from sources as a terminal may show it: an indexed file may hold control characters (an
 * escape sequence that recolours or clears the screen, a bell), which text output would otherwise
 * pass to the terminal. JSON and TREC output keep the text as it is (JSON escapes controls).
 */
final class TerminalText {
  private TerminalText() {}

  /** What a control character shows as. */
  static final char REPLACEMENT = '\uFFFD';

  /**
   * The text with every C0 control but tab, line feed and carriage return, DEL, every C1 control
   * and the bidirectional embeddings, overrides and isolates (which reorder what a terminal shows
   * after them: "Report \u202Egnp.exe" shows as "Report exe.png") replaced by U+FFFD, one char for
   * one, so that offsets into the text still hold.
   *
   * @param text any text
   * @return the text safe to print
   */
  static String safe(String text) {
    return replaced(text, false);
  }

  /**
   * A one-line field (a title, an id, a path) as a terminal may show it: as {@link #safe}, and line
   * breaks too as U+FFFD, so that a title cannot return to the start of its line or fake a line of
   * output of its own.
   *
   * @param text any text
   * @return the text safe to print on one line
   */
  static String line(String text) {
    return replaced(text, true);
  }

  /** The text with its unsafe chars, and its line breaks when {@code oneLine}, as U+FFFD. */
  private static String replaced(String text, boolean oneLine) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c) || (oneLine && isLineBreak(c))) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = REPLACEMENT;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E') // bidi embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069'); // bidi isolates
  }
}
