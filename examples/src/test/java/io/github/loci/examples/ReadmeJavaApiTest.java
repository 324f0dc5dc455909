package io.github.loci.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first Java example, as a newcomer copies it, compiles against the modules and prints
 * what its comments say: a renamed class or a source that no longer matches its filter fails here,
 * not in a reader's hands.
 */
class ReadmeJavaApiTest {
  @TempDir Path dir;

  /** The first {@code ```java} block after the "Java API" heading. */
  static String firstJavaExample(String readme) {
    int api = readme.indexOf("\n## Java API");
    int start = readme.indexOf("```java\n", api);
    assertTrue(api >= 0 && start >= 0, "no Java example under ## Java API");
    start += "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theFirstJavaExampleCompilesAndPrintsWhatItsCommentsSay() throws Exception {
    String example =
        firstJavaExample(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : example.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source =
        imports
            + "public class ReadmeExample {\n"
            + "public static void main(String[] args) throws Exception {\n"
            + body
            + "}\n}\n";
    Path file = Files.writeString(dir.resolve("ReadmeExample.java"), source);
    // javac through java.base's ToolProvider: the test module need not read java.compiler.
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter diagnostics = new StringWriter();
    PrintWriter messages = new PrintWriter(diagnostics);
    int status =
        javac.run(
            messages,
            messages,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            "-proc:none",
            file.toString());
    assertTrue(status == 0, diagnostics + "\n" + source);
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      loader
          .loadClass("ReadmeExample")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    // Both sources state a sum of at least 1e9 and name data centres; the Vietnamese one's amount
    // is the comment's example.
    assertTrue(out.contains("concepts=[data-centre]"), out);
    assertTrue(out.contains("1 es-1#0 es "), out);
    assertTrue(out.contains("[centro de datos]"), out);
    assertTrue(out.contains("2 vi-1#0 vi "), out);
    assertTrue(out.contains("3.53e9 USD “3,53 tỷ USD”"), out);
  }
}
