package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./loci} script itself, run from a copy beside a stand-in for the CLI's jar. */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
  @TempDir Path repo;

  /**
   * A stand-in jar: says "ready", writes its process id, then waits two minutes; on SIGTERM its
   * shutdown hook says "stopped" (Java exits with 143).
   */
  private static final String WAITER =
      "public class Waiter { public static void main(String[] a) throws Exception {"
          + " Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(\"stopped\")));"
          + " java.nio.file.Files.writeString(java.nio.file.Path.of(a[1]),"
          + " Long.toString(ProcessHandle.current().pid()));"
          + " System.out.println(\"ready\"); System.out.flush(); Thread.sleep(120_000); } }";

  /** The launcher and its scripts, copied into {@link #repo}, beside a stand-in jar. */
  private void launcherBeside(String mainClass, String source) throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Files.copy(root.resolve("loci"), repo.resolve("loci"));
    Files.createDirectories(repo.resolve(".mvn"));
    for (String script : new String[] {"find-jdk.sh", "class-data.sh"}) {
      Files.copy(root.resolve(".mvn").resolve(script), repo.resolve(".mvn").resolve(script));
    }
    Path target = Files.createDirectories(repo.resolve("examples").resolve("target"));
    TinyJar.build(target.resolve("loci.jar"), mainClass, source);
  }

  @Test
  void testATermSentToTheLaunchersProcessReachesJava() throws Exception {
    launcherBeside("Waiter", WAITER);
    Path pidFile = repo.resolve("java.pid");
    // "index": a long run, which the launcher has no work after.
    ProcessBuilder launch =
        new ProcessBuilder("bash", repo.resolve("loci").toString(), "index", pidFile.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    launch.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process loci = launch.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(loci.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                lines.add("read failed: " + e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      assertEquals("ready", lines.poll(1, TimeUnit.MINUTES), "Java started");
      Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(loci.pid())).start();
      assertEquals(0, kill.waitFor());
      assertTrue(loci.waitFor(1, TimeUnit.MINUTES), "./loci ends");
      // Before, the script ended on the signal and Java went on alone: no "stopped" for 2 minutes.
      assertEquals("stopped", lines.poll(30, TimeUnit.SECONDS), "Java heard the signal");
      assertEquals(143, loci.exitValue());
    } finally {
      loci.destroyForcibly();
      if (Files.exists(pidFile)) {
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
            .ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** Prints the JVM's file-name encoding. */
  private static final String ENCODING =
      "public class Encoding { public static void main(String[] a) {"
          + " System.out.println(System.getProperty(\"sun.jnu.encoding\")); } }";

  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs(OS.LINUX)
  void testOutsideAUtf8LocaleJavaStillReadsFileNamesAsUtf8() throws Exception {
    launcherBeside("Encoding", ENCODING);
    // cron, systemd and bare containers run in the POSIX locale, where Java would read every
    // non-ASCII file name with '?' in it.
    ProcessBuilder launch =
        new ProcessBuilder("bash", repo.resolve("loci").toString(), "sources")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    launch.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    launch.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process loci = launch.start();
    String out = new String(loci.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(loci.waitFor(1, TimeUnit.MINUTES));
    assertEquals("UTF-8", out);
  }
}
