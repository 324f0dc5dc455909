package io.github.loci.core;

import io.github.loci.core.ingest.IngestResult;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed sources of the repository, for tests. */
public final class Seeds {
  /** The folder: tests run with the module folder as working directory. */
  public static final Path FOLDER = Path.of("..", "corpus", "seeds");

  private Seeds() {}

  /**
   * Reads the five seeds.
   *
   * @return the sources, by id
   */
  public static List<Source> all() {
    if (!Files.isDirectory(FOLDER)) {
      throw new IllegalStateException("seed folder not found: " + FOLDER.toAbsolutePath());
    }
    IngestResult result = SourceReader.read(FOLDER);
    if (!result.skipped().isEmpty() || result.sources().size() != 5) {
      throw new IllegalStateException("seeds did not read cleanly: " + result.skipped());
    }
    return result.sources();
  }

  /**
   * Finds a seed by its number.
   *
   * @param number 0 to 4
   * @return the seed
   */
  public static Source seed(int number) {
    String prefix = String.format("%03d_", number);
    return all().stream().filter(s -> s.id().startsWith(prefix)).findFirst().orElseThrow();
  }
}
