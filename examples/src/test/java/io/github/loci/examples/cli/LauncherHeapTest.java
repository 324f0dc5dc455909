package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The launcher's {@code --max-heap}, checked before it builds or starts a JVM: a size the JVM
 * refuses gave its own error ("Too small maximum heap", "Could not reserve enough space"), which
 * says nothing of the option.
 */
class LauncherHeapTest {
  private static String[] run(String size) throws Exception {
    Path script = Path.of("..", "loci").toAbsolutePath().normalize();
    Process process =
        new ProcessBuilder("bash", script.toString(), "--max-heap", size, "--version")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {String.valueOf(process.waitFor()), out};
  }

  @Test
  void aHeapTooSmallTooLargeOrNoSizeIsAUsageError() throws Exception {
    String[][] cases = {
      {"1k", "--max-heap 1k is less than the 16m the JVM and Loci need at least"},
      {"15m", "less than the 16m"},
      {"99999999g", "more than this machine's memory"},
      {"abc", "--max-heap takes a size such as 2g or 1500m, not 'abc'"},
      {"9999999999999999g", "takes a size such as"},
      {"99999999999999", "more than this machine's memory"},
      {"9000000000000t", "more than this machine's memory"},
    };
    for (String[] c : cases) {
      if (c[1].contains("memory") && !java.nio.file.Files.exists(Path.of("/proc/meminfo"))) {
        continue; // the machine's memory is read there
      }
      String[] result = run(c[0]);
      assertEquals("2", result[0], c[0] + ": " + result[1]);
      assertTrue(result[1].startsWith("loci: error: "), result[1]);
      assertTrue(result[1].contains(c[1]), result[1]);
    }
  }
}
