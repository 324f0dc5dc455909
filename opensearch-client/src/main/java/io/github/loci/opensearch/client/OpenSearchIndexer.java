package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.SourceIndexer;
import io.github.loci.core.ingest.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;

/**
 * Indexes sources into an OpenSearch index with Loci's own analysis in Java: language detection,
 * passages and amounts come from {@link SourceIndexer}, as embedded; only the documents travel, in
 * bulk. A source is written in two steps: its passages, then (once they are all in) its source
 * document, whose hash marks it done: a source whose hash is already there is left as it is, and a
 * changed one has its old passages deleted first. Bulk items refused for load (429, 502-504) and
 * requests that fail on the connection are retried with backoff; what still fails is reported per
 * source, and the other sources are written.
 */
public final class OpenSearchIndexer {
  private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

  private final OpenSearchClient client;
  private final String index;
  private final SourceIndexer sources;
  private final int maxRetries;
  private final long backoffMillis;

  /**
   * Creates an indexer.
   *
   * @param client the client
   * @param index the index name (its template installed, see {@link PassageTemplate})
   * @param sources Loci's per-source work, as the embedded index does it
   * @param maxRetries retries of a refused item or failed request before the source fails
   * @param backoffMillis the first wait between retries; it doubles each time
   */
  public OpenSearchIndexer(
      OpenSearchClient client,
      String index,
      SourceIndexer sources,
      int maxRetries,
      long backoffMillis) {
    this.client = client;
    this.index = index;
    this.sources = sources;
    this.maxRetries = maxRetries;
    this.backoffMillis = backoffMillis;
  }

  /**
   * Indexes a batch of sources.
   *
   * @param batch the sources, each id once
   * @return what was written, left and failed
   * @throws InterruptedException if interrupted while waiting to retry
   */
  public OpenSearchIndexReport index(List<Source> batch) throws InterruptedException {
    List<SourceFailure> failures = new ArrayList<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    batch.forEach(s -> hashes.put(s.id(), sources.hash(s)));
    Map<String, Known> known = retrying(() -> knownSources(hashes.keySet()), hashes, failures);
    if (known == null) {
      return new OpenSearchIndexReport(0, 0, 0, failures);
    }
    Map<String, Map<String, Document>> passages = new LinkedHashMap<>();
    Map<String, Map<String, Document>> marks = new LinkedHashMap<>();
    int unchanged = 0;
    for (Source source : batch) {
      String hash = hashes.get(source.id());
      Known before = known.get(source.id());
      if (before != null && hash.equals(before.hash())) {
        unchanged++;
        continue;
      }
      List<Document> docs = sources.prepare(source, hash).documents();
      Map<String, Document> written = new LinkedHashMap<>();
      docs.subList(0, docs.size() - 1).forEach(d -> written.put(DocumentJson.id(d), d));
      passages.put(source.id(), written);
      // Then the passages a longer old version had (ids are source#ordinal), and the mark.
      Map<String, Document> last = new LinkedHashMap<>();
      for (int k = written.size(); before != null && k < before.passages(); k++) {
        last.put(source.id() + "#" + k, null);
      }
      Document mark = docs.get(docs.size() - 1);
      last.put(DocumentJson.id(mark), mark);
      marks.put(source.id(), last);
    }
    Set<String> done = write(passages, failures);
    marks.keySet().retainAll(done);
    Set<String> written = write(marks, failures);
    long count = written.stream().mapToLong(id -> passages.get(id).size()).sum();
    return new OpenSearchIndexReport(written.size(), unchanged, count, failures);
  }

  /**
   * Writes documents by source, a null document meaning a delete; returns the sources whose every
   * operation succeeded.
   */
  private Set<String> write(
      Map<String, Map<String, Document>> bySource, List<SourceFailure> failures)
      throws InterruptedException {
    Map<String, Document> pending = new LinkedHashMap<>();
    Map<String, String> owner = new HashMap<>();
    bySource.forEach(
        (source, docs) ->
            docs.forEach(
                (id, doc) -> {
                  pending.put(id, doc);
                  owner.put(id, source);
                }));
    Map<String, String> failed = new LinkedHashMap<>();
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      Map<String, String> refused = new LinkedHashMap<>();
      try {
        BulkResponse response = client.bulk(b -> b.index(index).operations(operations(pending)));
        for (BulkResponseItem item : response.items()) {
          if (item.error() == null) {
            pending.remove(item.id());
          } else if (RETRYABLE.contains(item.status())) {
            refused.put(item.id(), describe(item));
          } else {
            failed.put(item.id(), describe(item));
            pending.remove(item.id());
          }
        }
      } catch (IOException | RuntimeException e) {
        pending.keySet().forEach(id -> refused.put(id, "request failed: " + e.getMessage()));
      }
      if (pending.isEmpty()) {
        break;
      }
      if (attempt >= maxRetries) {
        refused.forEach((id, why) -> failed.put(id, why + " (after " + maxRetries + " retries)"));
        break;
      }
      Thread.sleep(backoffMillis << attempt);
    }
    Set<String> written = new LinkedHashSet<>(bySource.keySet());
    failed.forEach(
        (id, why) -> {
          String source = owner.get(id);
          if (written.remove(source)) {
            failures.add(new SourceFailure(source, "document " + id + ": " + why));
          }
        });
    return written;
  }

  private List<BulkOperation> operations(Map<String, Document> docs) {
    List<BulkOperation> ops = new ArrayList<>(docs.size());
    docs.forEach(
        (id, doc) -> {
          if (doc == null) {
            ops.add(BulkOperation.of(o -> o.delete(d -> d.id(id))));
          } else {
            ObjectNode json = DocumentJson.of(doc);
            ops.add(BulkOperation.of(o -> o.index(i -> i.id(id).document(json))));
          }
        });
    return ops;
  }

  private static String describe(BulkResponseItem item) {
    return "status " + item.status() + ", " + item.error().type() + ": " + item.error().reason();
  }

  /** A source already in the index: its hash and how many passages it has there. */
  private record Known(String hash, int passages) {}

  /** The sources of a batch already in the index, by id. */
  private Map<String, Known> knownSources(Set<String> ids) throws IOException {
    List<String> docIds = ids.stream().map(id -> id + "#").toList();
    MgetResponse<ObjectNode> response =
        client.mget(m -> m.index(index).ids(docIds), ObjectNode.class);
    Map<String, Known> known = new HashMap<>();
    for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
      if (item.isFailure()) {
        throw new IOException(item.failure().error().reason());
      }
      if (item.result().found()) {
        ObjectNode doc = item.result().source();
        known.put(
            doc.get(Fields.SOURCE_ID).asText(),
            new Known(doc.get(Fields.HASH).asText(), doc.get(Fields.PASSAGE_COUNT).asInt()));
      }
    }
    return known;
  }

  /** A call to OpenSearch. */
  private interface Call<T> {
    T run() throws IOException;
  }

  /**
   * Runs a call, retrying on failure; after the last retry, every source named fails with the
   * call's error and null comes back.
   */
  private <T> T retrying(Call<T> call, Map<String, String> about, List<SourceFailure> failures)
      throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return call.run();
      } catch (IOException | RuntimeException e) {
        if (attempt >= maxRetries) {
          about
              .keySet()
              .forEach(
                  id ->
                      failures.add(
                          new SourceFailure(
                              id, e.getMessage() + " (after " + maxRetries + " retries)")));
          return null;
        }
        Thread.sleep(backoffMillis << attempt);
      }
    }
  }
}
