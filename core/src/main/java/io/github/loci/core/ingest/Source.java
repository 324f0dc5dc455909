package io.github.loci.core.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document to index: an article, a page, a transcript.
 *
 * @param id a stable, unique, non-blank identifier of at most {@value #MAX_ID_CHARS} chars;
 *     citations name it
 * @param title a human-readable title; when blank, the id is used
 * @param url where the source can be read, if it has an address
 * @param path the local file it was read from, if any: a text file, or the JSON Lines file that
 *     holds the record ({@code --sync} removes the source when that file is gone)
 * @param language the declared language: an ISO 639-1 code, a BCP 47 tag or a language's name, kept
 *     as its ISO 639-1 code ({@link LanguageCodes}); empty to have it detected
 * @param text the full text; citation offsets are UTF-16 indices into it
 */
public record Source(
    String id,
    String title,
    Optional<String> url,
    Optional<Path> path,
    Optional<String> language,
    String text) {

  /**
   * Validates and normalizes the fields.
   *
   * @throws IllegalArgumentException if the id is blank, starts or ends with white space, is too
   *     long or not well-formed UTF-16 (an unpaired surrogate), or the language names no language
   */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank");
    }
    if (id.length() > MAX_ID_CHARS) {
      throw new IllegalArgumentException(
          "source id of "
              + id.length()
              + " chars is longer than the "
              + MAX_ID_CHARS
              + " Loci takes: "
              + shown(id));
    }
    requireWellFormed(id);
    if (!id.equals(id.strip())) {
      // "r11 " would list as r11, and neither delete nor --source could name it.
      throw new IllegalArgumentException(
          "source id "
              + shown(id)
              + " starts or ends with white space: remove it (from a file's name, rename the"
              + " file)");
    }
    title = title == null || title.isBlank() ? id : title.strip();
    url = Objects.requireNonNullElse(url, Optional.<String>empty()).filter(u -> !u.isBlank());
    path = Objects.requireNonNullElse(path, Optional.empty());
    language =
        Objects.requireNonNullElse(language, Optional.<String>empty())
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .map(LanguageCodes::normalize);
  }

  /**
   * The longest id, in UTF-16 chars (1,000): an id names a source in citations and on one line of a
   * report, and Lucene indexes it as one term, which must stay under 32,766 bytes.
   */
  public static final int MAX_ID_CHARS = 1000;

  private static final int SHOWN_ID_CHARS = 80;

  /**
   * An id as a message shows it: quoted, and cut with the length said if it is long.
   *
   * @param id the id
   * @return for example {@code 'a/b'}, or {@code 'xxxx…' (40000 chars)}
   */
  public static String shown(String id) {
    return id.length() <= SHOWN_ID_CHARS
        ? "'" + id + "'"
        : "'" + id.substring(0, SHOWN_ID_CHARS) + "…' (" + id.length() + " chars)";
  }

  /**
   * Whether an id has an unpaired surrogate: no source has one (stored as UTF-8 it would be another
   * id, with U+FFFD in its place), so a lookup or filter by such an id names no source.
   *
   * @param id an id
   * @return whether it has an unpaired surrogate char
   */
  public static boolean hasUnpairedSurrogate(String id) {
    return unpairedSurrogate(id) >= 0;
  }

  /**
   * Refuses an id with an unpaired surrogate, which no source has: stored as UTF-8 it would become
   * U+FFFD, another id than the one given.
   *
   * @param id an id
   * @throws IllegalArgumentException naming the id and where the surrogate is
   */
  public static void requireWellFormed(String id) {
    int unpaired = unpairedSurrogate(id);
    if (unpaired >= 0) {
      throw new IllegalArgumentException(
          "source id "
              + shown(id.replaceAll("\\p{Cs}", "\uFFFD"))
              + " is not well-formed Unicode: an unpaired surrogate at char "
              + unpaired);
    }
  }

  /** The index of the first unpaired surrogate char in a string, or -1. */
  private static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A source with an id, a title and text, whose language is detected.
   *
   * @param id the unique id
   * @param title the title
   * @param text the text
   * @return the source
   */
  public static Source of(String id, String title, String text) {
    return new Source(id, title, Optional.empty(), Optional.empty(), Optional.empty(), text);
  }

  /**
   * Returns a copy of this source with a declared language.
   *
   * @param languageCode ISO 639-1 code or BCP 47 tag
   * @return the copy
   */
  public Source withLanguage(String languageCode) {
    return new Source(id, title, url, path, Optional.ofNullable(languageCode), text);
  }

  /**
   * Returns a copy of this source with a URL.
   *
   * @param address where the source can be read
   * @return the copy
   */
  public Source withUrl(String address) {
    return new Source(id, title, Optional.ofNullable(address), path, language, text);
  }

  /**
   * The place to cite: the URL if there is one, else the file path, else empty.
   *
   * @return the URL or path
   */
  public Optional<String> location() {
    return url.or(() -> path.map(Path::toString));
  }
}
