package io.github.loci.core.index;

import io.github.loci.core.Loci;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.ingest.SourceReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The process {@link CrashTest} kills: indexes a JSON Lines file into a folder with two threads,
 * committing every 20 sources or 100 ms, and prints {@code done} when it ends.
 */
public final class CrashChild {
  private CrashChild() {}

  /**
   * Runs the indexing.
   *
   * @param args the JSON Lines file, the index folder
   * @throws Exception if indexing fails
   */
  public static void main(String[] args) throws Exception {
    try (Loci loci =
            Loci.builder()
                .directory(Path.of(args[1]))
                .threads(2)
                .commitPolicy(new CommitPolicy(20, Duration.ofMillis(100)))
                .build();
        SourceFeed feed = SourceReader.open(List.of(Path.of(args[0])))) {
      IndexReport report = loci.index(feed, IndexListener.NONE);
      System.out.println(
          "done " + report.added() + " " + report.unchanged() + " " + report.skippedCount());
    }
  }
}
