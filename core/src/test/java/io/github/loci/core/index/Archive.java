package io.github.loci.core.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.Seeds;
import io.github.loci.core.ingest.Source;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic archive for indexing tests: {@code n} sources, each a window of a few consecutive
 * lines of one seed article (rotating over the five seeds and four languages), with distinct ids
 * and no declared language.
 */
public final class Archive {
  private Archive() {}

  public static List<Source> sources(int n) {
    List<List<String>> seeds = new ArrayList<>();
    for (Source seed : Seeds.all()) {
      seeds.add(seed.text().lines().filter(l -> !l.isBlank()).toList());
    }
    List<Source> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> lines = seeds.get(i % seeds.size());
      int from = (i / seeds.size() * 3) % Math.max(1, lines.size() - 6);
      String text = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 6)));
      sources.add(Source.of(String.format("rec-%05d", i), "Record " + i, text));
    }
    return sources;
  }

  static Path jsonLines(Path file, int n) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Source s : sources(n)) {
        ObjectNode node = json.createObjectNode();
        node.put("id", s.id());
        node.put("title", s.title());
        node.put("text", s.text());
        out.write(json.writeValueAsString(node));
        out.newLine();
      }
    }
    return file;
  }
}
