package io.github.loci.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.Test;
import org.opensearch.plugins.PluginInfo;

/**
 * The installable zip that {@code package} built: at its root the descriptor, which OpenSearch's
 * own reader accepts, Loci's jars and ICU, and neither Lucene's core nor OpenSearch.
 */
public class PluginZipIT {
  @Test
  public void zipHoldsAValidDescriptorAndOnlyWhatOpenSearchLacks() throws IOException {
    Path zip;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      zip =
          files
              .filter(f -> f.getFileName().toString().matches("loci-opensearch-.*\\.zip"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no plugin zip in target/"));
    }
    Path unpacked = Files.createTempDirectory("loci-plugin");
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        assertFalse(entry.getName(), entry.getName().contains("/"));
        names.add(entry.getName());
        Files.copy(entries, unpacked.resolve(entry.getName()));
      }
    }
    PluginInfo info = PluginInfo.readFromProperties(unpacked);
    assertEquals("loci", info.getName());
    assertEquals(LociPlugin.class.getName(), info.getClassname());
    assertTrue(
        info.getOpenSearchVersionRangesString(),
        info.getOpenSearchVersionRangesString()
            .contains(org.opensearch.Version.CURRENT.toString()));
    assertEquals("21", info.getJavaVersion());
    assertTrue(names.toString(), names.stream().anyMatch(n -> n.startsWith("loci-analyzers-")));
    assertTrue(names.toString(), names.stream().anyMatch(n -> n.startsWith("loci-opensearch-")));
    assertTrue(
        names.toString(), names.stream().anyMatch(n -> n.startsWith("lucene-analysis-icu-")));
    assertTrue(names.toString(), names.stream().anyMatch(n -> n.startsWith("icu4j-")));
    for (String name : names) {
      assertFalse(
          name, name.startsWith("lucene-core") || name.startsWith("lucene-analysis-common"));
      assertFalse(name, name.startsWith("opensearch"));
    }
  }
}
