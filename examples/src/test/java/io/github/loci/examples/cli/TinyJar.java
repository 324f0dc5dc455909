package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A jar of one class, compiled by this JDK's javac, for tests of what starts a JVM. */
final class TinyJar {
  private TinyJar() {}

  /**
   * Compiles one class of the unnamed package and writes it as a runnable jar, dated a minute ago
   * (older than anything a test writes beside it).
   *
   * @param jar the jar to write
   * @param mainClass the class's name
   * @param source its source
   * @return the jar
   */
  static Path build(Path jar, String mainClass, String source) throws Exception {
    Path work = Files.createTempDirectory(jar.getParent(), "tiny");
    Path file = Files.writeString(work.resolve(mainClass + ".java"), source);
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    Process compile =
        new ProcessBuilder(javac, "-d", work.toString(), file.toString()).inheritIO().start();
    assertEquals(0, compile.waitFor(), "javac " + file);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry(mainClass + ".class"));
      out.write(Files.readAllBytes(work.resolve(mainClass + ".class")));
      out.closeEntry();
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    return jar;
  }
}
