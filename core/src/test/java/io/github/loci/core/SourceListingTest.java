package io.github.loci.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.core.index.SourceInfo;
import io.github.loci.core.ingest.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the sources: by id, each once, over several segments, replaced and deleted sources. */
class SourceListingTest {
  @TempDir Path dir;

  private static final Comparator<String> BY_UTF8 =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  @Test
  void testSourcesAreListedOnceEachInIdOrderAcrossSegments() throws Exception {
    Map<String, Integer> expected = new TreeMap<>(BY_UTF8);
    try (Loci loci = Loci.builder().directory(dir.resolve("index")).threads(2).build()) {
      // Three runs, three commits: the sources lie in several segments.
      List<List<String>> runs =
          List.of(
              List.of("zeta", "alpha", "été", "Beta"),
              List.of("a/b", "zz", "ápice", "alpha2"),
              List.of("m", "alpha", "Zulu", "ω"));
      for (List<String> ids : runs) {
        List<Source> sources = new ArrayList<>();
        for (String id : ids) {
          // "alpha" comes again in the third run with another text: replaced, listed once.
          String text =
              "The source " + id + " is about data centres in " + ids.size() + " regions.";
          if (expected.containsKey(id)) {
            text += " Its second version is longer.";
          }
          sources.add(Source.of(id, "Title of " + id, text));
          expected.put(id, text.length());
        }
        loci.index(sources);
      }
      assertTrue(loci.delete("zz"));
      expected.remove("zz");

      List<SourceInfo> visited = new ArrayList<>();
      loci.forEachSource(visited::add);
      assertEquals(List.copyOf(expected.keySet()), visited.stream().map(SourceInfo::id).toList());
      assertEquals(
          List.copyOf(expected.values()), visited.stream().map(SourceInfo::chars).toList());
      assertEquals(visited, loci.sources());
      assertEquals(loci.sourceCount(), visited.size());
    }
  }

  @Test
  void testAnEmptyIndexListsNothing() throws Exception {
    try (Loci loci = Loci.open(dir.resolve("index"))) {
      List<SourceInfo> visited = new ArrayList<>();
      loci.forEachSource(visited::add);
      assertTrue(visited.isEmpty());
      assertTrue(loci.sources().isEmpty());
    }
  }
}
