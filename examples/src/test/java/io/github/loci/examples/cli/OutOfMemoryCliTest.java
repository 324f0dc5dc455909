package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A heap too small for the command: one line that says so and how to raise it, no stack trace. */
class OutOfMemoryCliTest {
  @Test
  void testARunOutOfHeapEndsWithOneClearLine() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // 10 MB: the JVM starts, and the demo (the language model alone is larger) cannot run. Where
    // the heap ends (building picocli's model, indexing a seed, searching) depends on the class
    // path's form; each place says so in one line.
    Process p =
        new ProcessBuilder(java, "-Xmx10m", "-cp", classPath, LociCli.class.getName(), "demo")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(ExitCodes.FAILURE, p.exitValue(), output);
    assertFalse(output.contains("Exception in thread"), output);
    assertFalse(output.contains("\tat "), output);
    String error = output.lines().filter(l -> l.startsWith("loci: error: ")).findFirst().orElse("");
    assertTrue(error.contains("the heap is "), output);
    assertTrue(error.contains("--max-heap SIZE"), output);
  }
}
