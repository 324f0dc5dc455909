package io.github.loci.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests run on the class path (Lucene's test framework needs it): this one resolves Loci's modules
 * on a module path built from the same jars and runs the quickstart inside them, so that every
 * {@code module-info.java} stays honest.
 */
class ModulePathSmokeTest {
  @Test
  void testModulesResolveAndRunOnTheModulePath() throws Exception {
    Path[] entries =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .filter(Files::exists)
            .filter(p -> !p.toString().contains("test-classes"))
            .filter(
                p ->
                    !p.getFileName()
                        .toString()
                        .matches("(junit|opentest4j|apiguardian|surefire).*"))
            .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(entries);
    Configuration config =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.github.loci.examples"));
    List<String> names = config.modules().stream().map(m -> m.name()).sorted().toList();
    assertTrue(
        names.containsAll(
            List.of("io.github.loci.analyzers", "io.github.loci.core", "org.apache.lucene.core")),
        names.toString());
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("io.github.loci.examples");
    Class<?> quickstart = loader.loadClass("io.github.loci.examples.quickstart.Quickstart");
    assertEquals("io.github.loci.examples", quickstart.getModule().getName());
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(captured, true, "UTF-8"));
    try {
      quickstart.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString("UTF-8");
    // Loci's token filters resolve by name through Lucene's SPI inside the module layer.
    Class<?> factories = loader.loadClass("org.apache.lucene.analysis.TokenFilterFactory");
    for (String name : List.of("lociNumberNormalization", "lociVietnameseNormalization")) {
      Object factory =
          factories
              .getMethod("forName", String.class, java.util.Map.class)
              .invoke(null, name, new java.util.HashMap<String, String>());
      assertEquals("io.github.loci.analyzers", factory.getClass().getModule().getName());
    }
    assertTrue(out.contains("indexed 3 sources {es=1, it=1, vi=1}"), out);
    assertTrue(out.contains("[trung tâm dữ liệu]"), out);
    assertTrue(out.contains("[server farm]"), out);
  }
}
