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
 * @param path the local file it was read from, if any ({@code --sync} removes the source when it is
 *     gone)
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
   * The longest id, in chars: an id is indexed as one term, and Lucene takes no term over 32,766
   * bytes (a char is at most 3 bytes in UTF-8, a surrogate pair 4).
   */
  public static final int MAX_ID_CHARS = 1000;

  /**
   * Validates and normalizes the fields.
   *
   * @throws IllegalArgumentException if the id is blank or the language names no language
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
              + " chars, starting \""
              + id.substring(0, 40)
              + "…\": an id has at most "
              + MAX_ID_CHARS
              + " chars");
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
