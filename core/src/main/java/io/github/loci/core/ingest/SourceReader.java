package io.github.loci.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads sources from files and folders.
 *
 * <ul>
 *   <li>{@code .txt}, {@code .text} and {@code .md} files are one source each: UTF-8 text, id = the
 *       path relative to the folder given (or the file name) without extension, title = the first
 *       line of at least three words;
 *   <li>{@code .jsonl} and {@code .ndjson} files hold one JSON object per line: {@code
 *       {"id","title","url","lang","text"}}, of which {@code id} and {@code text} are required;
 *   <li>folders are read recursively, in name order; hidden files and folders are passed over.
 * </ul>
 *
 * <p>Nothing here throws for a bad source: binary or non-UTF-8 files (with the byte offset), empty
 * files, malformed records (with the line) and ids that two sources would share (naming both) are
 * reported in {@link IngestResult#skipped()}, and the other sources are read.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceReader {
  /** Files larger than this are reported, not read: a source is an article, not a dump. */
  public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TITLE_MAX_CHARS = 100;

  private SourceReader() {}

  /**
   * Reads every path given: files and folders.
   *
   * @param paths files or folders
   * @return the sources read and what was skipped
   */
  public static IngestResult read(Collection<Path> paths) {
    List<Located> found = new ArrayList<>();
    List<IngestException> skipped = new ArrayList<>();
    for (Path path : paths) {
      readPath(path, found, skipped);
    }
    return dropDuplicateIds(found, skipped);
  }

  /**
   * Reads one file or folder.
   *
   * @param path a file or folder
   * @return the sources read and what was skipped
   */
  public static IngestResult read(Path path) {
    return read(List.of(path));
  }

  /**
   * Reads JSON Lines text, such as a file's content.
   *
   * @param name the name used in problem reports, such as the file name
   * @param text one JSON object per line
   * @return the sources read and what was skipped
   */
  public static IngestResult readJsonLines(String name, String text) {
    List<Located> found = new ArrayList<>();
    List<IngestException> skipped = new ArrayList<>();
    parseJsonLines(name, text, found, skipped);
    return dropDuplicateIds(found, skipped);
  }

  /**
   * A source from text held in memory, titled as a text file would be.
   *
   * @param id the source id
   * @param text the text
   * @return the source, its language to be detected
   */
  public static Source fromText(String id, String text) {
    return new Source(
        id, titleOf(text, id), Optional.empty(), Optional.empty(), Optional.empty(), text);
  }

  private record Located(Source source, String location) {}

  private static void readPath(Path path, List<Located> found, List<IngestException> skipped) {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(absolute)) {
        files =
            walk.filter(p -> !isHidden(absolute.relativize(p)))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      } catch (IOException | RuntimeException e) {
        skipped.add(new IngestException.Unreadable(path.toString(), describe(e), e));
        return;
      }
      for (Path file : files) {
        readFile(file, absolute.relativize(file), found, skipped);
      }
    } else if (Files.isRegularFile(absolute)) {
      readFile(absolute, absolute.getFileName(), found, skipped);
    } else {
      skipped.add(new IngestException.Unreadable(path.toString(), "no such file or folder", null));
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static void readFile(
      Path file, Path relative, List<Located> found, List<IngestException> skipped) {
    String name = file.toString();
    String extension = extension(file.getFileName().toString());
    boolean jsonLines = extension.equals("jsonl") || extension.equals("ndjson");
    boolean text = extension.equals("txt") || extension.equals("text") || extension.equals("md");
    if (!jsonLines && !text) {
      skipped.add(
          new IngestException.Unsupported(
              name, "not a source file (Loci reads .txt, .text, .md, .jsonl and .ndjson)"));
      return;
    }
    String content;
    try {
      content = readUtf8(file);
    } catch (IngestException e) {
      skipped.add(e);
      return;
    }
    if (jsonLines) {
      parseJsonLines(name, content, found, skipped);
      return;
    }
    if (isBlank(content)) {
      skipped.add(new IngestException.Empty(name));
      return;
    }
    String id = withoutExtension(relative.toString().replace('\\', '/'));
    Source source =
        new Source(
            id,
            titleOf(content, id),
            Optional.empty(),
            Optional.of(file),
            Optional.empty(),
            content);
    found.add(new Located(source, name));
  }

  /**
   * Reads a file as strict UTF-8, without a byte-order mark.
   *
   * @param file the file
   * @return its text
   * @throws IngestException if it cannot be read, is binary, or is not valid UTF-8
   */
  static String readUtf8(Path file) throws IngestException {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new IngestException.Unsupported(
            name, "file of " + size + " bytes is larger than " + MAX_FILE_BYTES);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException.Unreadable(name, describe(e), e);
    }
    return decodeUtf8(name, bytes);
  }

  static String decodeUtf8(String name, byte[] bytes) throws IngestException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IngestException.InvalidEncoding(name, i, "binary file (NUL byte), not text");
      }
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new IngestException.InvalidEncoding(
          name, in.position(), "not valid UTF-8 (convert the file to UTF-8)");
    }
    return out.flip().toString();
  }

  private static void parseJsonLines(
      String name, String content, List<Located> found, List<IngestException> skipped) {
    int lineNumber = 0;
    boolean any = false;
    for (String line : content.split("\r?\n|\r", -1)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      any = true;
      String where = name + ":" + lineNumber;
      try {
        found.add(new Located(parseRecord(where, line), where));
      } catch (IngestException e) {
        skipped.add(e);
      }
    }
    if (!any) {
      skipped.add(new IngestException.Empty(name));
    }
  }

  private static Source parseRecord(String where, String line) throws IngestException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IngestException.MalformedRecord(
          where, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IngestException.MalformedRecord(where, "a record must be a JSON object", null);
    }
    String id = stringField(node, "id", where, true);
    String text = stringField(node, "text", where, true);
    if (isBlank(text)) {
      throw new IngestException.Empty(where);
    }
    return new Source(
        id,
        stringField(node, "title", where, false),
        Optional.ofNullable(stringField(node, "url", where, false)),
        Optional.empty(),
        Optional.ofNullable(stringField(node, "lang", where, false)),
        text);
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
    return value.asText();
  }

  private static IngestResult dropDuplicateIds(List<Located> found, List<IngestException> skipped) {
    Map<String, List<Located>> byId = new LinkedHashMap<>();
    for (Located located : found) {
      byId.computeIfAbsent(located.source().id(), k -> new ArrayList<>()).add(located);
    }
    List<Source> sources = new ArrayList<>();
    List<IngestException> problems = new ArrayList<>(skipped);
    for (Map.Entry<String, List<Located>> entry : byId.entrySet()) {
      List<Located> same = entry.getValue();
      if (same.size() == 1) {
        sources.add(same.get(0).source());
        continue;
      }
      for (int i = 0; i < same.size(); i++) {
        Located other = same.get(i == 0 ? 1 : 0);
        problems.add(
            new IngestException.DuplicateId(
                same.get(i).location(), entry.getKey(), other.location()));
      }
    }
    return new IngestResult(sources, problems);
  }

  /** The first line of at least three words, shortened at a word boundary. */
  static String titleOf(String text, String fallback) {
    String first = null;
    for (String line : text.split("\r?\n|\r")) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = stripped;
      }
      if (stripped.split("\\s+").length >= 3) {
        return shorten(stripped);
      }
    }
    return first == null ? fallback : shorten(first);
  }

  private static String shorten(String line) {
    if (line.length() <= TITLE_MAX_CHARS) {
      return line;
    }
    int cut = line.lastIndexOf(' ', TITLE_MAX_CHARS);
    return line.substring(0, cut > TITLE_MAX_CHARS / 2 ? cut : TITLE_MAX_CHARS).strip() + "…";
  }

  /** Blank, counting no-break and other Unicode spaces as white space. */
  static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String withoutExtension(String relative) {
    int slash = relative.lastIndexOf('/');
    int dot = relative.lastIndexOf('.');
    return dot > slash + 1 ? relative.substring(0, dot) : relative;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
