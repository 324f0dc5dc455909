package io.github.loci.core.internal;

/** Lines of a text, ended by LF, CR or CRLF, found without splitting the text. */
public final class Lines {
  private Lines() {}

  /**
   * Where the line that starts at {@code from} ends: its break, or the text's end.
   *
   * @param text the text
   * @param from where the line starts
   * @return the index of its break, or the text's length
   */
  public static int end(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /**
   * Where the next line starts, after the break at {@code lineEnd} ("\r\n" is one break).
   *
   * @param text the text
   * @param lineEnd a line's end, as {@link #end} gives it
   * @return the next line's start, or the text's length after the last line
   */
  public static int next(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    boolean crlf =
        text.charAt(lineEnd) == '\r'
            && lineEnd + 1 < text.length()
            && text.charAt(lineEnd + 1) == '\n';
    return lineEnd + (crlf ? 2 : 1);
  }
}
