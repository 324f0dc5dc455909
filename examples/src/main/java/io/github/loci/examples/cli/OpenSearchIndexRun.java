package io.github.loci.examples.cli;

import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.opensearch.client.OpenSearchIndexReport;
import io.github.loci.opensearch.client.OpenSearchRequestException;
import io.github.loci.opensearch.client.RemoteLoci;
import io.github.loci.opensearch.client.SourceFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code loci index --opensearch URL --index-name NAME}: sources read as for an embedded index,
 * prepared by Loci in this JVM, and written to OpenSearch in bulk, a batch at a time; the index is
 * created with Loci's template when missing. Unreadable inputs and sources OpenSearch refuses are
 * reported, one line each, and passed over.
 */
final class OpenSearchIndexRun {
  /** Sources per bulk batch. */
  private static final int BATCH = 50;

  private OpenSearchIndexRun() {}

  static int run(
      RemoteLoci remote,
      SourceFeed sources,
      int shards,
      int replicas,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    remote.createIfMissing(shards, replicas);
    int indexed = 0;
    int unchanged = 0;
    long passages = 0;
    int skipped = 0;
    try (SourceFeed feed = sources) {
      List<Source> batch = new ArrayList<>();
      for (SourceFeed.Item item = feed.next(); ; item = feed.next()) {
        if (item != null && item.problem() != null) {
          err.println(
              TerminalText.line(
                  "loci: skipped " + item.location() + ": " + item.problem().getMessage()));
          skipped++;
          continue;
        }
        if (item != null) {
          batch.add(item.source());
        }
        if (batch.size() == BATCH || (item == null && !batch.isEmpty())) {
          OpenSearchIndexReport report;
          try {
            report = remote.index(batch);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing into OpenSearch", e);
          } catch (OpenSearchRequestException e) {
            // Refused whatever it holds (no right, no index): the run stops, and says what the
            // batches before wrote (a rerun leaves them unchanged).
            summary(out, indexed, passages, unchanged, skipped);
            err.println(
                TerminalText.line(
                    "loci: error: "
                        + e.getMessage()
                        + " (the run stopped; the sources counted above are in OpenSearch)"));
            return ExitCodes.FAILURE;
          }
          for (SourceFailure failure : report.failures()) {
            err.println(TerminalText.line("loci: not indexed: " + failure.reason()));
          }
          indexed += report.indexed();
          unchanged += report.unchanged();
          passages += report.passages();
          skipped += report.failures().size();
          batch.clear();
        }
        if (item == null) {
          break;
        }
      }
    }
    summary(out, indexed, passages, unchanged, skipped);
    if (indexed + unchanged == 0) {
      out.println("Nothing indexed: every input was missing or skipped");
      return ExitCodes.NOTHING_INDEXED;
    }
    return skipped > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  private static void summary(
      PrintWriter out, int indexed, long passages, int unchanged, int skipped) {
    out.printf(
        Locale.ROOT,
        "Indexed %d sources (%d passages) into OpenSearch; %d unchanged; %d skipped%n",
        indexed,
        passages,
        unchanged,
        skipped);
  }
}
