package io.github.loci.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.loci.core.internal.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads JSON Lines one record at a time: {@code {"id","title","url","lang","text"}} per line, of
 * which {@code id} and {@code text} are required. A line longer than {@link
 * SourceReader#MAX_SOURCE_BYTES} is skipped without being held in memory. Problems name the file
 * and line (and the byte offset of a bad byte). Not thread-safe.
 */
final class JsonLines {
  private final String name;
  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean afterCr;
  private static final int SMALL_LINE = 1 << 20;
  private byte[] line = new byte[8192];
  private int length;
  private long lineNumber;
  private long offset;
  private long lineStart;
  private long consumed;
  private boolean any;
  private boolean done;

  JsonLines(String name, InputStream in, long maxLineBytes) {
    this.name = name;
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Bytes consumed so far, for progress. */
  long bytesRead() {
    return consumed;
  }

  /**
   * Reads the next record or problem.
   *
   * @return the item, or null at the end of the input
   * @throws IOException if the input cannot be read
   */
  SourceFeed.Item next() throws IOException {
    while (!done) {
      boolean tooLong = !readLine();
      if (tooLong) {
        any = true;
        return SourceFeed.Item.of(
            new IngestException.Unsupported(
                name + ":" + lineNumber,
                "record of more than "
                    + maxLineBytes
                    + " bytes skipped: "
                    + SourceReader.limitAdvice(maxLineBytes)));
      }
      if (done && length == 0) {
        break;
      }
      String where = name + ":" + lineNumber;
      String text;
      try {
        text = SourceReader.decodeUtf8(where, line, 0, length, lineStart);
      } catch (IngestException.InvalidEncoding e) {
        any = true;
        if (e.binary()) {
          done = true; // a NUL byte: a binary file, not a line to skip
        }
        return SourceFeed.Item.of(e);
      }
      if (line.length > SMALL_LINE && length < SMALL_LINE) {
        line = new byte[SMALL_LINE]; // a long record's buffer is not kept for the rest of the file
      }
      if (SourceReader.isBlank(text)) {
        continue;
      }
      boolean first = !any;
      any = true;
      try {
        return SourceFeed.Item.of(parseRecord(where, text), where);
      } catch (IngestException e) {
        String start = text.strip();
        if (first && (start.startsWith("[") || start.equals("{"))) {
          // A JSON document, not JSON Lines: every line of it would be an error of its own.
          done = true;
          return SourceFeed.Item.of(
              new IngestException.MalformedRecord(
                  where,
                  (start.startsWith("[") ? "a JSON array" : "one JSON object over several lines")
                      + ", not JSON Lines (one object per line): the file is not read; convert"
                      + " it, e.g. jq -c "
                      + (start.startsWith("[") ? "'.[]'" : ".")
                      + " FILE > FILE.jsonl",
                  e));
        }
        return SourceFeed.Item.of(e);
      }
    }
    if (!any) {
      any = true;
      return SourceFeed.Item.of(new IngestException.Empty(name));
    }
    return null;
  }

  /**
   * Reads one line (ended by LF, CRLF or CR) into {@link #line}.
   *
   * @return false if the line was longer than the limit (it is then skipped whole)
   */
  private boolean readLine() throws IOException {
    length = 0;
    lineNumber++;
    lineStart = offset;
    boolean fits = true;
    while (true) {
      if (position == limit && !fill()) {
        done = true;
        return fits;
      }
      if (afterCr) {
        afterCr = false;
        if (buffer[position] == '\n') {
          position++;
          offset++;
          consumed++;
          lineStart = offset;
          continue;
        }
      }
      int from = position;
      int end = from;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      int n = end - from;
      if (fits && length + (long) n > maxLineBytes) {
        fits = false;
        length = 0;
      }
      if (fits) {
        if (length + n > line.length) {
          line =
              Arrays.copyOf(
                  line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, length + n)));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
      }
      offset += n;
      consumed += n;
      position = end;
      if (end < limit) {
        afterCr = buffer[end] == '\r';
        position++;
        offset++;
        consumed++;
        return fits;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  static Source parseRecord(String where, String line) throws IngestException {
    JsonNode node;
    try {
      node = JsonTree.read(line);
    } catch (JsonProcessingException e) {
      throw new IngestException.MalformedRecord(where, "not valid JSON: " + JsonTree.message(e), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading a line held in memory", e);
    }
    if (node == null || !node.isObject()) {
      throw new IngestException.MalformedRecord(where, "a record must be a JSON object", null);
    }
    String id = stringField(node, "id", where, true);
    String text = stringField(node, "text", where, true);
    if (SourceReader.isBlank(text)) {
      throw new IngestException.Empty(where);
    }
    String lang = stringField(node, "lang", where, false);
    if (lang != null && !lang.isBlank()) {
      try {
        lang = LanguageCodes.normalize(lang);
      } catch (IllegalArgumentException e) {
        throw new IngestException.MalformedRecord(where, "field \"lang\": " + e.getMessage(), null);
      }
    }
    String title = stringField(node, "title", where, false);
    String url = stringField(node, "url", where, false);
    try {
      return new Source(
          id, title, Optional.ofNullable(url), Optional.empty(), Optional.ofNullable(lang), text);
    } catch (IllegalArgumentException e) {
      // What Source refuses that the fields' checks let pass (an unpaired surrogate in the id).
      throw new IngestException.MalformedRecord(where, "field \"id\": " + e.getMessage(), null);
    }
  }

  private static String stringField(JsonNode node, String field, String where, boolean required)
      throws IngestException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IngestException.MalformedRecord(
            where, "missing required field \"" + field + "\"", null);
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IngestException.MalformedRecord(
          where, "field \"" + field + "\" must be a string, not " + value.getNodeType(), null);
    }
    if (required && value.asText().isBlank() && field.equals("id")) {
      throw new IngestException.MalformedRecord(where, "field \"id\" is blank", null);
    }
    if (field.equals("id") && value.asText().length() > Source.MAX_ID_CHARS) {
      throw new IngestException.MalformedRecord(
          where,
          "field \"id\" is "
              + value.asText().length()
              + " chars long; Loci takes ids of at most "
              + Source.MAX_ID_CHARS
              + ": "
              + Source.shown(value.asText()),
          null);
    }
    return value.asText();
  }
}
