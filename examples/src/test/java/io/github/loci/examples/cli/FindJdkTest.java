package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/find-jdk.sh}, which {@code ./loci}, {@code ./mvnw} and {@code bench/run} use: it
 * reads a JDK's version from its {@code release} file with bash built-ins, and takes JAVA_HOME only
 * when it is a JDK 21 or newer.
 */
class FindJdkTest {
  @TempDir Path dir;

  @Test
  void readsTheVersionFromTheReleaseFile() throws Exception {
    assertEquals(
        "21", major(jdk("a", "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"21.0.2\"\nOS_NAME=\"Linux\"")));
    assertEquals("25", major(jdk("b", "JAVA_VERSION=\"25\"")));
    assertEquals("17", major(jdk("c", "JAVA_VERSION=\"17.0.9\"\n")));
    assertEquals("8", major(jdk("d", "JAVA_VERSION=\"1.8.0_392\"")));
    // No newline at the end of the file.
    assertEquals("22", major(jdk("e", "OS_ARCH=\"x86_64\"\nJAVA_VERSION=\"22-ea\"")));
    // The whole version too, which names the JDK that made ./loci's AOT cache.
    assertEquals(
        "25.0.3",
        run(
            "loci_jdk_major \"$2\" && echo \"$loci_version\"",
            jdk("f", "JAVA_VERSION=\"25.0.3\"")));
  }

  @Test
  void takesJavaHomeOnlyWhenItIsAJdk21OrNewer() throws Exception {
    Path recent = jdk("recent", "JAVA_VERSION=\"21.0.5\"");
    assertEquals(recent.toString(), run("JAVA_HOME=\"$2\" find_jdk", recent));
    Path old = jdk("old", "JAVA_VERSION=\"17.0.9\"");
    assertNotEquals(old.toString(), run("JAVA_HOME=\"$2\" find_jdk", old));
  }

  private String major(Path home) throws Exception {
    return run("loci_jdk_major \"$2\" && echo \"$loci_major\"", home);
  }

  private Path jdk(String name, String release) throws IOException {
    Path home = dir.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    for (String tool : new String[] {"java", "javac"}) {
      Path file = home.resolve("bin").resolve(tool);
      Files.writeString(file, "#!/bin/sh\nexit 1\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.writeString(home.resolve("release"), release);
    return home;
  }

  private static String run(String script, Path home) throws Exception {
    Path findJdk = Path.of("..", ".mvn", "find-jdk.sh").toAbsolutePath().normalize();
    Process process =
        new ProcessBuilder(
                "bash", "-c", ". \"$1\"; " + script, "bash", findJdk.toString(), home.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out.strip();
  }
}
