package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.SourceIndexer;
import io.github.loci.core.ingest.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
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
    this.index = LociOpenSearch.checkIndexName(index);
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
   * The most chars of documents' JSON sent in one bulk request: at most three bytes of UTF-8 a
   * char, well within OpenSearch's default {@code http.max_content_length} of 100 MB. A document
   * larger than that goes alone.
   */
  static final int MAX_REQUEST_CHARS = 8_000_000;

  /** The longest document id OpenSearch takes, in bytes of UTF-8. */
  static final int MAX_ID_BYTES = 512;

  /**
   * Writes documents by source, a null document meaning a delete; returns the sources whose every
   * operation succeeded. Requests are cut by size. One refused as a whole ({@link #send}) for what
   * it holds (400, 413) is sent again source by source, so that only the source at fault fails, and
   * is not retried; one refused whatever it holds (401, 403, 404) stops the run.
   */
  private Set<String> write(
      Map<String, Map<String, Document>> bySource, List<SourceFailure> failures)
      throws InterruptedException {
    Map<String, Document> pending = new LinkedHashMap<>();
    Map<String, String> owner = new HashMap<>();
    Map<String, String> failed = new LinkedHashMap<>();
    bySource.forEach(
        (source, docs) -> {
          // A source is written whole or not at all: one id too long fails it before any request.
          String tooLong = null;
          for (String id : docs.keySet()) {
            owner.put(id, source);
            if (tooLong == null && id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
              tooLong = id;
            }
          }
          if (tooLong == null) {
            pending.putAll(docs);
          } else {
            failed.put(
                tooLong,
                "its id is "
                    + tooLong.getBytes(StandardCharsets.UTF_8).length
                    + " bytes of UTF-8, and OpenSearch takes at most "
                    + MAX_ID_BYTES
                    + ": give the source a shorter id");
          }
        });
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      Map<String, String> refused = new LinkedHashMap<>();
      for (Map<String, Document> chunk : chunks(pending, MAX_REQUEST_CHARS)) {
        send(chunk, owner, pending, refused, failed);
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
            failures.add(new SourceFailure(source, oneLine("document " + id + ": " + why)));
          }
        });
    return written;
  }

  /**
   * Sends one bulk request: an item written leaves {@code pending}; one refused for load goes to
   * {@code refused}, to retry; one refused otherwise goes to {@code failed}.
   */
  private void send(
      Map<String, Document> chunk,
      Map<String, String> owner,
      Map<String, Document> pending,
      Map<String, String> refused,
      Map<String, String> failed) {
    BulkResponse response;
    try {
      response = client.bulk(b -> b.index(index).operations(operations(chunk)));
    } catch (IOException | RuntimeException e) {
      int status = status(e);
      if (status < 400 || status >= 500 || RETRYABLE.contains(status) || status == 408) {
        chunk.keySet().forEach(id -> refused.put(id, "request failed: " + e.getMessage()));
        return;
      }
      if (status == 401 || status == 403 || status == 404) {
        // No right, no index: no source's fault, and every request after would meet it too: the
        // run stops here, its sources not written.
        throw new OpenSearchRequestException(
            "bulk request to " + index + " refused: " + oneLine(String.valueOf(e.getMessage())),
            status);
      }
      Map<String, Map<String, Document>> bySource = new LinkedHashMap<>();
      chunk.forEach(
          (id, doc) ->
              bySource.computeIfAbsent(owner.get(id), k -> new LinkedHashMap<>()).put(id, doc));
      // 400 or 413, refused for what one of its sources holds: sent again source by source to
      // find which. (Another 4xx fails the request's sources, as an item's refusal does.)
      if ((status == 400 || status == 413) && bySource.size() > 1) {
        bySource.values().forEach(docs -> send(docs, owner, pending, refused, failed));
        return;
      }
      String why = "request refused (HTTP " + status + "): " + e.getMessage();
      chunk.keySet().forEach(id -> failed.put(id, why));
      pending.keySet().removeAll(chunk.keySet());
      return;
    }
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
  }

  /**
   * Documents in requests of at most {@code maxChars} chars of JSON each (a larger document alone),
   * in order.
   */
  static List<Map<String, Document>> chunks(Map<String, Document> pending, long maxChars) {
    List<Map<String, Document>> chunks = new ArrayList<>();
    Map<String, Document> chunk = new LinkedHashMap<>();
    long chars = 0;
    for (Map.Entry<String, Document> e : pending.entrySet()) {
      long size = e.getValue() == null ? e.getKey().length() : DocumentJson.chars(e.getValue());
      if (!chunk.isEmpty() && chars + size > maxChars) {
        chunks.add(chunk);
        chunk = new LinkedHashMap<>();
        chars = 0;
      }
      chunk.put(e.getKey(), e.getValue());
      chars += size;
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  private static final Pattern HTTP_STATUS = Pattern.compile("HTTP/[0-9.]+ (\\d{3})");

  /** The HTTP status a failed request got, or 0 when none is known (a connection failure). */
  static int status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OpenSearchException o) {
        return o.status();
      }
      Matcher m = t.getMessage() == null ? null : HTTP_STATUS.matcher(t.getMessage());
      if (m != null && m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }

  /** A message on one line. */
  static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ");
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
                              id,
                              oneLine(e.getMessage() + " (after " + maxRetries + " retries)"))));
          return null;
        }
        Thread.sleep(backoffMillis << attempt);
      }
    }
  }
}
