package io.github.loci.opensearch.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.index.SourceIndexer;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.segment.Segmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.MgetRequest;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.TransportOptions;

/** Retries and failures of the indexer against a transport that answers as scripted. */
class OpenSearchIndexerTest {
  private static final SourceIndexer SOURCES =
      new SourceIndexer(new Analysis(), Segmenter.defaults(), LanguageDetectors.fixed("en"));

  private static final List<Source> TWO =
      List.of(
          Source.of("a", "A", "Data centres use water. They also use power."),
          Source.of("b", "B", "Cooling needs water. Power is the other cost."));

  /** Answers each bulk with its item statuses, or throws when the status is -1. */
  private static final class Scripted implements OpenSearchTransport {
    final List<Function<String, Integer>> bulks = new ArrayList<>();
    final List<Integer> sizes = new ArrayList<>();
    final List<String> sent = new ArrayList<>();

    /** The status of a request refused as a whole, by its document ids; 0 to answer per item. */
    Function<List<String>, Integer> whole = ids -> 0;

    int calls;

    @Override
    @SuppressWarnings("unchecked")
    public <Q, R, E> R performRequest(Q request, Endpoint<Q, R, E> endpoint, TransportOptions o)
        throws IOException {
      if (request instanceof MgetRequest mget) {
        List<MultiGetResponseItem<ObjectNode>> docs = new ArrayList<>();
        for (String id : mget.ids()) {
          docs.add(MultiGetResponseItem.of(i -> i.result(g -> g.index("x").id(id).found(false))));
        }
        return (R) MgetResponse.<ObjectNode>of(m -> m.docs(docs));
      }
      BulkRequest bulk = (BulkRequest) request;
      Function<String, Integer> status = bulks.get(Math.min(calls, bulks.size() - 1));
      calls++;
      sizes.add(bulk.operations().size());
      List<String> ids =
          bulk.operations().stream()
              .map(op -> op.isIndex() ? op.index().id() : op.delete().id())
              .toList();
      sent.addAll(ids);
      int refused = whole.apply(ids);
      if (refused == 413) {
        throw new org.opensearch.client.transport.TransportException(
            "status line [HTTP/1.1 413 Request Entity Too Large]\n");
      } else if (refused > 0) {
        throw new org.opensearch.client.opensearch._types.OpenSearchException(
            org.opensearch.client.opensearch._types.ErrorResponse.of(
                r ->
                    r.status(refused)
                        .error(
                            c ->
                                c.type("action_request_validation_exception")
                                    .reason("Validation Failed: 1: scripted;"))));
      }
      List<BulkResponseItem> items = new ArrayList<>();
      boolean errors = false;
      for (BulkOperation op : bulk.operations()) {
        String id = op.isIndex() ? op.index().id() : op.delete().id();
        int code = status.apply(id);
        if (code < 0) {
          throw new IOException("Connection refused");
        }
        errors |= code >= 300;
        items.add(
            BulkResponseItem.of(
                i -> {
                  i.operationType(OperationType.Index).id(id).index("x").status(code);
                  if (code >= 300) {
                    i.error(
                        e ->
                            e.type(
                                    code == 429
                                        ? "rejected_execution_exception"
                                        : "mapper_exception")
                                .reason("scripted " + code));
                  }
                  return i;
                }));
      }
      boolean anyError = errors;
      return (R) BulkResponse.of(b -> b.took(1).errors(anyError).items(items));
    }

    @Override
    public <Q, R, E> CompletableFuture<R> performRequestAsync(
        Q request, Endpoint<Q, R, E> endpoint, TransportOptions o) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonpMapper jsonpMapper() {
      return new JacksonJsonpMapper();
    }

    @Override
    public TransportOptions options() {
      return null;
    }

    @Override
    public void close() {}
  }

  private static OpenSearchIndexReport run(Scripted transport, int retries) throws Exception {
    return new OpenSearchIndexer(new OpenSearchClient(transport), "x", SOURCES, retries, 1)
        .index(TWO);
  }

  @Test
  void refusedForLoadIsRetriedUntilWritten() throws Exception {
    Scripted transport = new Scripted();
    transport.bulks.add(id -> 429);
    transport.bulks.add(id -> 201);
    OpenSearchIndexReport report = run(transport, 3);
    assertEquals(List.of(), report.failures());
    assertEquals(2, report.indexed());
    assertEquals(3, transport.calls);
    assertEquals(transport.sizes.get(0), transport.sizes.get(1));
    assertEquals(2, transport.sizes.get(2));
  }

  @Test
  void aFailedConnectionIsRetried() throws Exception {
    Scripted transport = new Scripted();
    transport.bulks.add(id -> -1);
    transport.bulks.add(id -> -1);
    transport.bulks.add(id -> 201);
    OpenSearchIndexReport report = run(transport, 3);
    assertEquals(List.of(), report.failures());
    assertEquals(2, report.indexed());
  }

  @Test
  void refusedBeyondTheRetriesFailsEachSourceWithTheReason() throws Exception {
    Scripted transport = new Scripted();
    transport.bulks.add(id -> 429);
    OpenSearchIndexReport report = run(transport, 2);
    assertEquals(0, report.indexed());
    assertEquals(List.of("a", "b"), report.failures().stream().map(f -> f.sourceId()).toList());
    for (SourceFailure f : report.failures()) {
      assertTrue(f.reason().contains("status 429, rejected_execution_exception"), f.reason());
      assertTrue(f.reason().endsWith("(after 2 retries)"), f.reason());
    }
    assertEquals(3, transport.calls);
  }

  @Test
  void aRequestRefusedAsAWholeIsSentAgainSourceBySourceAndOnlyTheOffenderFails() throws Exception {
    for (int status : new int[] {413, 400}) {
      Scripted transport = new Scripted();
      transport.bulks.add(id -> 201);
      transport.whole = ids -> ids.stream().anyMatch(id -> id.startsWith("a#")) ? status : 0;
      OpenSearchIndexReport report = run(transport, 3);
      assertEquals(1, report.indexed(), "status " + status);
      assertEquals(List.of("a"), report.failures().stream().map(f -> f.sourceId()).toList());
      String reason = report.failures().get(0).reason();
      assertTrue(reason.contains("request refused"), reason);
      assertTrue(reason.contains(String.valueOf(status)), reason);
      assertFalse(reason.contains("\n") || reason.contains("retries"), reason);
      // both passages' request (refused), a's alone (refused, not retried), b's alone, b's mark
      assertEquals(4, transport.calls, "status " + status);
    }
  }

  @Test
  void aRequestRefusedWhateverItHoldsStopsTheRun() throws Exception {
    for (int status : new int[] {401, 403, 404}) {
      Scripted transport = new Scripted();
      transport.bulks.add(id -> 201);
      transport.whole = ids -> status;
      OpenSearchRequestException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              OpenSearchRequestException.class, () -> run(transport, 3));
      assertEquals(status, e.status());
      assertTrue(e.getMessage().startsWith("bulk request to x refused"), e.getMessage());
      assertEquals(
          1, transport.calls, status + " is no one source's fault: not split, not retried");
    }
  }

  @Test
  void aTimeoutIsRetriedAndAnotherRefusalFailsTheRequestsSourcesOnly() throws Exception {
    Scripted retried = new Scripted();
    retried.bulks.add(id -> 201);
    int[] calls = {0};
    retried.whole = ids -> calls[0]++ == 0 ? 408 : 0;
    assertEquals(2, run(retried, 3).indexed(), "a 408 (request timeout) is retried");
    Scripted conflict = new Scripted();
    conflict.bulks.add(id -> 201);
    conflict.whole = ids -> 409;
    OpenSearchIndexReport report = run(conflict, 3);
    assertEquals(List.of("a", "b"), report.failures().stream().map(f -> f.sourceId()).toList());
    assertEquals(1, conflict.calls, "a 409 is neither split, retried nor the end of the run");
  }

  @Test
  void aSourceWhoseIdsAreTooLongForOpenSearchFailsAloneWithoutARequest() throws Exception {
    Scripted transport = new Scripted();
    transport.bulks.add(id -> 201);
    // 510 chars: its first passages' ids (x…#0 to x…#9) fit, its tenth on do not; nothing of it
    // is sent.
    String longId = "x".repeat(OpenSearchIndexer.MAX_ID_BYTES - 2);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append("Data centre number ").append(i).append(" uses water. ");
    }
    List<Source> sources = List.of(Source.of(longId, "Long", text.toString()), TWO.get(1));
    OpenSearchIndexReport report =
        new OpenSearchIndexer(new OpenSearchClient(transport), "x", SOURCES, 3, 1).index(sources);
    assertEquals(1, report.indexed());
    assertEquals(List.of(longId), report.failures().stream().map(f -> f.sourceId()).toList());
    assertTrue(
        report.failures().get(0).reason().contains("bytes of UTF-8, and OpenSearch takes at most"),
        report.failures().get(0).reason());
    assertEquals(2, transport.calls, "b's passages, then b's mark; nothing of the long id's");
    assertTrue(
        transport.sent.stream().noneMatch(id -> id.startsWith("xx")), transport.sent.toString());
  }

  @Test
  void requestsAreCutBySize() {
    java.util.Map<String, org.apache.lucene.document.Document> docs =
        new java.util.LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
      doc.add(new org.apache.lucene.document.StoredField("text", "x".repeat(100)));
      docs.put("s#" + i, doc);
    }
    long one = DocumentJson.chars(docs.get("s#0"));
    assertTrue(one > 100 && one < 200, "estimate " + one);
    List<java.util.Map<String, org.apache.lucene.document.Document>> chunks =
        OpenSearchIndexer.chunks(docs, 2 * one);
    assertEquals(List.of(2, 2, 1), chunks.stream().map(java.util.Map::size).toList());
    assertEquals(
        List.of("s#0", "s#1", "s#2", "s#3", "s#4"),
        chunks.stream().flatMap(c -> c.keySet().stream()).toList());
    // a document larger than the bound goes alone
    assertEquals(5, OpenSearchIndexer.chunks(docs, 10).size());
  }

  @Test
  void aRefusedDocumentFailsOnlyItsSourceAndIsNotRetried() throws Exception {
    Scripted transport = new Scripted();
    transport.bulks.add(id -> id.startsWith("a#") ? 400 : 201);
    OpenSearchIndexReport report = run(transport, 3);
    assertEquals(1, report.indexed());
    assertEquals(1, report.failures().size());
    SourceFailure failure = report.failures().get(0);
    assertEquals("a", failure.sourceId());
    assertTrue(failure.reason().startsWith("document a#0: status 400, mapper_exception"));
    // passages once, then b's source document once: a is not retried, and gets no mark
    assertEquals(2, transport.calls);
    assertEquals(1, transport.sizes.get(1));
  }
}
