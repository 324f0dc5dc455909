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

  /** A YAML block scalar's indicator: its text is on the indented lines that follow. */
  private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][+-]?[0-9]?[+-]?");

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
    int end = Lines.end(text, at);
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
    StringBuilder block = null; // a YAML block scalar's lines ("title: >-", then indented text)
    at = Lines.next(text, end);
    for (int n = 0; n < MAX_LINES && at < text.length(); n++) {
      end = Lines.end(text, at);
      String line = text.substring(at, end).stripTrailing();
      if (n == 0 && !key.matcher(line).lookingAt()) {
        return NONE; // a rule, then text
      }
      if (block != null && !line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
        block.append(block.isEmpty() ? "" : " ").append(line.strip());
      } else if (block != null) {
        title = block.toString();
        block = null;
      }
      if (line.equals(fence) || (yaml && line.equals("..."))) {
        return new FrontMatter(
            Lines.next(text, end), Optional.ofNullable(title).filter(t -> !t.isEmpty()));
      }
      if (title == null && block == null && line.toLowerCase(Locale.ROOT).startsWith("title")) {
        String rest = line.substring("title".length()).stripLeading();
        if (rest.startsWith(yaml ? ":" : "=")) {
          String value = rest.substring(1).strip();
          if (yaml && BLOCK_SCALAR.matcher(value).matches()) {
            block = new StringBuilder();
          } else {
            title = unquoted(value);
          }
        }
      }
      at = Lines.next(text, end);
    }
    return NONE; // never closed: text
  }

  /**
   * A scalar's text: inside its quotes ({@code "…"} with its escapes of quote and backslash, {@code
   * '…'} with a doubled quote), whatever follows them (a comment); unquoted, up to a comment.
   */
  private static String unquoted(String value) {
    if (value.startsWith("\"")) {
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' && i + 1 < value.length()) {
          out.append(value.charAt(++i));
        } else if (c == '"') {
          return out.toString().strip();
        } else {
          out.append(c);
        }
      }
      return out.toString().strip(); // not closed: the rest of the line
    }
    if (value.startsWith("'")) {
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
          out.append('\'');
          i++;
        } else if (c == '\'') {
          return out.toString().strip();
        } else {
          out.append(c);
        }
      }
      return out.toString().strip();
    }
    int comment = value.indexOf(" #");
    return (comment >= 0 ? value.substring(0, comment) : value).strip();
  }
}
