package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/class-data.sh}, which chooses the class data ./loci maps: an AOT cache for a short
 * run on JDK 25 or newer, recorded by the first successful one; a dynamic archive otherwise; the
 * vector module for long runs only.
 */
class ClassDataTest {
  @TempDir Path dir;

  @Test
  void aShortRunOnJdk25RecordsTheCacheWhenThereIsNone() throws Exception {
    Path jar = jar();
    List<String> flags = flags(jar, 25, 1, 1);
    String recording = flags.get(0);
    assertTrue(recording.startsWith(jar + ".aotconf."), recording);
    assertTrue(flags.contains("-XX:AOTMode=record"), flags.toString());
    assertTrue(flags.contains("-XX:AOTConfiguration=" + recording), flags.toString());
    assertFalse(flags.contains("--add-modules"), "no vector module on C1 alone: " + flags);
  }

  @Test
  void onlyATrainingRunRecords() throws Exception {
    Path jar = jar();
    List<String> flags = flags(jar, 25, 1, 0);
    assertEquals("", flags.get(0), "no recording");
    assertFalse(String.join(" ", flags).contains("-XX:AOT"), flags.toString());
    List<String> on21 = flags(jar, 21, 1, 0);
    assertFalse(String.join(" ", on21).contains("SharedArchive"), on21.toString());
    Files.writeString(dir.resolve("loci.jar.c1.jsa"), "archive");
    on21 = flags(jar, 21, 1, 0);
    assertTrue(on21.contains("-XX:SharedArchiveFile=" + jar + ".c1.jsa"), on21.toString());
  }

  @Test
  void aShortRunOnJdk25MapsACacheNewerThanTheJar() throws Exception {
    Path jar = jar();
    Path cache = Files.writeString(dir.resolve("loci.jar.aot"), "cache");
    Files.writeString(dir.resolve("loci.jar.aot.jdk"), "/jdk 25.0.3\n");
    List<String> flags = flags(jar, 25, 1, 1);
    assertEquals("", flags.get(0), "no recording");
    assertTrue(flags.contains("-XX:AOTCache=" + cache), flags.toString());
    assertFalse(flags.stream().anyMatch(f -> f.startsWith("-XX:AOTMode")), flags.toString());
  }

  @Test
  void aCacheOlderThanTheJarIsRemovedAndRecordedAgain() throws Exception {
    Path jar = jar();
    Path cache = Files.writeString(dir.resolve("loci.jar.aot"), "stale");
    Files.setLastModifiedTime(cache, FileTime.fromMillis(0));
    List<String> flags = flags(jar, 25, 1, 1);
    assertFalse(Files.exists(cache));
    assertTrue(flags.contains("-XX:AOTMode=record"), flags.toString());
  }

  @Test
  void aCacheMadeByAnotherJdkIsRemovedAndRecordedAgain() throws Exception {
    Path jar = jar();
    Path cache = Files.writeString(dir.resolve("loci.jar.aot"), "cache");
    Path madeBy = Files.writeString(dir.resolve("loci.jar.aot.jdk"), "/jdk 25.0.2\n");
    List<String> flags = flags(jar, 25, 1, 1);
    assertFalse(Files.exists(cache));
    assertFalse(Files.exists(madeBy));
    assertTrue(flags.contains("-XX:AOTMode=record"), flags.toString());
  }

  @Test
  void otherRunsUseADynamicArchiveAndLongRunsTheVectorModule() throws Exception {
    Path jar = jar();
    List<String> shortOn21 = flags(jar, 21, 1, 1);
    assertTrue(
        shortOn21.contains("-XX:SharedArchiveFile=" + jar + ".c1.jsa"), shortOn21.toString());
    assertFalse(shortOn21.contains("--add-modules"), shortOn21.toString());
    List<String> longOn25 = flags(jar, 25, 0, 0);
    assertTrue(longOn25.contains("-XX:SharedArchiveFile=" + jar + ".jsa"), longOn25.toString());
    assertTrue(longOn25.contains("-XX:+AutoCreateSharedArchive"), longOn25.toString());
    assertTrue(
        String.join(" ", longOn25).contains("--add-modules jdk.incubator.vector"),
        longOn25.toString());
  }

  @Test
  void aSuccessfulRecordingRunLeavesTheCacheAndNoRecording() throws Exception {
    Path jar = jar();
    Path java = fakeJava();
    run(
        jar,
        "loci_class_data \"$2\" 25 1 1 \"/jdk 25.0.3\"; echo recording >\"$loci_recording\";"
            + " loci_finish_cache \"$3\" \"$2\" 0 -XX:+UseSerialGC");
    assertEquals("cache\n", Files.readString(dir.resolve("loci.jar.aot")));
    assertEquals("/jdk 25.0.3\n", Files.readString(dir.resolve("loci.jar.aot.jdk")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("java", "loci.jar", "loci.jar.aot", "loci.jar.aot.jdk"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no recording and no partial cache left; java " + java);
    }
  }

  @Test
  void aFailedRunLeavesNoCache() throws Exception {
    Path jar = jar();
    fakeJava();
    run(
        jar,
        "loci_class_data \"$2\" 25 1 1 \"/jdk 25.0.3\"; echo recording >\"$loci_recording\";"
            + " loci_finish_cache \"$3\" \"$2\" 2 -XX:+UseSerialGC");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("java", "loci.jar"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aStampWithoutACacheIsKept() throws Exception {
    // Another first run may have named its cache and not yet moved it into place.
    Path jar = jar();
    Path madeBy = Files.writeString(dir.resolve("loci.jar.aot.jdk"), "/jdk 25.0.2\n");
    flags(jar, 25, 1, 1);
    assertTrue(Files.exists(madeBy));
  }

  @Test
  void aJvmCrashOnTheCacheRemovesIt() throws Exception {
    Path jar = jar();
    Files.writeString(dir.resolve("loci.jar.aot"), "cache");
    Files.writeString(dir.resolve("loci.jar.aot.jdk"), "/jdk 25.0.3\n");
    String mapped =
        "loci_class_data \"$2\" 25 1 0 \"/jdk 25.0.3\"; loci_finish_cache \"$3\" \"$2\" ";
    run(jar, mapped + "130");
    assertTrue(Files.exists(dir.resolve("loci.jar.aot")), "Ctrl-C is no crash");
    run(jar, mapped + "134");
    assertFalse(Files.exists(dir.resolve("loci.jar.aot")));
    assertFalse(Files.exists(dir.resolve("loci.jar.aot.jdk")));
  }

  @Test
  void theRealJvmRecordsWritesAndMapsTheCacheWithCleanOutput() throws Exception {
    assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
    Path jar = helloJar();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String once =
        "loci_class_data \"$2\" 25 1 1 \"maker\"; echo \"${loci_archive[*]}\" >&2;"
            + " \"$3\" \"${loci_jvm[@]}\" \"${loci_archive[@]}\" -jar \"$2\";"
            + " loci_finish_cache \"$3\" \"$2\" $? \"${loci_jvm[@]}\"";
    assertEquals("hello", runWith(jar, java, once), "the recording run's stdout");
    assertTrue(Files.size(dir.resolve("hello.jar.aot")) > 0);
    assertEquals("maker\n", Files.readString(dir.resolve("hello.jar.aot.jdk")));
    try (Stream<Path> files = Files.list(dir)) {
      assertFalse(
          files.anyMatch(f -> f.getFileName().toString().contains("aotconf")), "no recording left");
    }
    String mapped =
        "loci_class_data \"$2\" 25 1 1 \"maker\"; [ -n \"$loci_cache\" ] || exit 9;"
            + " \"$3\" \"${loci_jvm[@]}\" -XX:AOTMode=on \"${loci_archive[@]}\" -jar \"$2\"";
    assertEquals(
        "hello", runWith(jar, java, mapped), "a run on the cache (AOTMode=on: or it fails)");
  }

  /** A jar whose main class prints "hello", built a minute ago. */
  private Path helloJar() throws Exception {
    return TinyJar.build(
        dir.resolve("hello.jar"),
        "Hello",
        "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
  }

  /** A jar built a minute ago. */
  private Path jar() throws IOException {
    Path jar = Files.writeString(dir.resolve("loci.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    return jar;
  }

  /** A java that, asked to create an AOT cache, writes "cache" into the file named. */
  private Path fakeJava() throws IOException {
    Path java = dir.resolve("java");
    Files.writeString(
        java,
        "#!/bin/bash\n"
            + "for a in \"$@\"; do case \"$a\" in -XX:AOTCache=*) echo cache >\"${a#-XX:AOTCache=}\";;"
            + " esac; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return java;
  }

  /** The recording's file (or an empty line), then the module options and the archive flags. */
  private List<String> flags(Path jar, int major, int shortRun, int train) throws Exception {
    String out =
        run(
            jar,
            "loci_class_data \"$2\" "
                + major
                + " "
                + shortRun
                + " "
                + train
                + " \"/jdk 25.0.3\"; echo \"$loci_recording\"; printf '%s\\n' \"${loci_jvm[@]}\""
                + " \"${loci_archive[@]}\"");
    return List.of(out.split("\n", -1));
  }

  private String run(Path jar, String script) throws Exception {
    return runWith(jar, dir.resolve("java").toString(), script);
  }

  /** Runs a script after sourcing class-data.sh, with $2 the jar and $3 the java; its stdout. */
  private String runWith(Path jar, String java, String script) throws Exception {
    Path classData = Path.of("..", ".mvn", "class-data.sh").toAbsolutePath().normalize();
    Process process =
        new ProcessBuilder(
                "bash",
                "-c",
                "set -u; . \"$1\"; " + script,
                "bash",
                classData.toString(),
                jar.toString(),
                java)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), script);
    return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
  }
}
