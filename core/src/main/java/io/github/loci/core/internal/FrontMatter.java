package io.github.loci.core.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The front matter that starts Markdown files of static-site generators: YAML between two {@code
 * ---} lines (closed by {@code ---} or {@code ...}), or TOML between two {@code +++} lines, its
 * first line a key ({@code title: …}, {@code title = …}). A text that only starts with a rule
 * ({@code ---}, then prose) has none. Immutable.
 *
 * @param end where the text after the front matter starts (after the closing line's break); 0 when
 *     the text has none
 * @param title the front matter's {@code title}, without its quotes, when it has one
 */
public record FrontMatter(int end, Optional<String> title) {
  /** How many lines front matter may take; a longer block is not front matter but text. */
  private static final int MAX_LINES = 200;

  private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*:(\\s|$)");
  private static final Pattern TOML_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*\\s*=");

  private static final FrontMatter NONE = new FrontMatter(0, Optional.empty());

  /**
   * Reads a text's front matter.
   *
   * @param text the text
   * @return its front matter, {@code end} 0 when it has none
   */
  public static FrontMatter of(String text) {
    int at = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int end = lineEnd(text, at);
    if (end - at > 16) {
      return NONE; // no fence (a long first line is never copied)
    }
    String fence = text.substring(at, end).stripTrailing();
    boolean yaml = fence.equals("---");
    if (!yaml && !fence.equals("+++")) {
      return NONE;
    }
    Pattern key = yaml ? YAML_KEY : TOML_KEY;
    String title = null;
    at = next(text, end);
    for (int n = 0; n < MAX_LINES && at < text.length(); n++) {
      end = lineEnd(text, at);
      String line = text.substring(at, end).stripTrailing();
      if (n == 0 && !key.matcher(line).lookingAt()) {
        return NONE; // a rule, then text
      }
      if (line.equals(fence) || (yaml && line.equals("..."))) {
        return new FrontMatter(
            next(text, end), Optional.ofNullable(title).filter(t -> !t.isEmpty()));
      }
      if (title == null && line.toLowerCase(Locale.ROOT).startsWith("title")) {
        String rest = line.substring("title".length()).stripLeading();
        if (rest.startsWith(yaml ? ":" : "=")) {
          title = unquoted(rest.substring(1).strip());
        }
      }
      at = next(text, end);
    }
    return NONE; // never closed: text
  }

  /** Where the line that starts at {@code from} ends (its break, or the text's end). */
  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Where the next line starts, after the break at {@code lineEnd} ("\r\n" is one). */
  private static int next(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    boolean crlf =
        text.charAt(lineEnd) == '\r'
            && lineEnd + 1 < text.length()
            && text.charAt(lineEnd + 1) == '\n';
    return lineEnd + (crlf ? 2 : 1);
  }

  /** A scalar without its quotes ({@code "…"} with its escapes of quote and backslash). */
  private static String unquoted(String value) {
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value.substring(1, value.length() - 1).replace("''", "'").strip();
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value
          .substring(1, value.length() - 1)
          .replace("\\\"", "\"")
          .replace("\\\\", "\\")
          .strip();
    }
    int comment = value.indexOf(" #");
    return (comment >= 0 ? value.substring(0, comment) : value).strip();
  }
}
