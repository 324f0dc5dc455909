package io.github.loci.core.ingest;

import io.github.loci.core.internal.FrontMatter;
import io.github.loci.core.internal.Lines;

/**
 * The title of a text read from a file: the title of its {@link FrontMatter} (the YAML or TOML
 * block that starts Markdown files of static-site generators), else its first line of at least
 * three words, a Markdown heading's {@code #} marks left out, else its first line. Shortened to
 * {@value #MAX_CHARS} chars at a word boundary. The text is read line by line from its start, so a
 * huge text is never split whole.
 */
final class Titles {
  static final int MAX_CHARS = 100;

  private final String text;
  private int lineStart;
  private int lineEnd;

  /** Where the line after the current one starts. */
  private int next;

  private Titles(String text) {
    this.text = text;
    this.next = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  /**
   * The title of a text.
   *
   * @param text the text
   * @param fallback the title of a text without a line that has a word
   * @return the title
   */
  static String of(String text, String fallback) {
    return new Titles(text).find(fallback);
  }

  private String find(String fallback) {
    FrontMatter frontMatter = FrontMatter.of(text);
    if (frontMatter.title().isPresent()) {
      return shorten(frontMatter.title().get());
    }
    if (frontMatter.end() > 0) {
      next = frontMatter.end(); // its keys are no title
    }
    String first = null;
    while (nextLine()) {
      String stripped = withoutHeadingMarks(lineStart(4 * MAX_CHARS).strip());
      if (stripped.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = stripped;
      }
      if (stripped.split("\\s+", 4).length >= 3) {
        return shorten(stripped);
      }
    }
    return first == null ? fallback : shorten(first);
  }

  /** A Markdown heading's text: "## Cloud market" is "Cloud market". */
  private static String withoutHeadingMarks(String line) {
    int marks = 0;
    while (marks < line.length() && line.charAt(marks) == '#') {
      marks++;
    }
    if (marks == 0 || marks > 6 || (marks < line.length() && line.charAt(marks) != ' ')) {
      return line;
    }
    String heading = line.substring(marks).strip();
    int end = heading.length();
    while (end > 0 && heading.charAt(end - 1) == '#') {
      end--;
    }
    // A closing run of '#' counts only after a space ("# C#" keeps its '#').
    return end < heading.length() && (end == 0 || heading.charAt(end - 1) == ' ')
        ? heading.substring(0, end).strip()
        : heading;
  }

  /** Moves to the next line; false past the end. */
  private boolean nextLine() {
    if (next >= text.length()) {
      return false;
    }
    lineStart = next;
    lineEnd = Lines.end(text, lineStart);
    next = Lines.next(text, lineEnd);
    return true;
  }

  /** The start of the current line: only the start of a long line can become a title. */
  private String lineStart(int chars) {
    return text.substring(lineStart, Math.min(lineEnd, lineStart + chars));
  }

  private static String shorten(String line) {
    if (line.length() <= MAX_CHARS) {
      return line;
    }
    int cut = line.lastIndexOf(' ', MAX_CHARS);
    if (cut <= MAX_CHARS / 2) {
      // No space to cut at: cut between code points, never inside a surrogate pair.
      cut = Character.isLowSurrogate(line.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
    }
    return line.substring(0, cut).strip() + "…";
  }
}
