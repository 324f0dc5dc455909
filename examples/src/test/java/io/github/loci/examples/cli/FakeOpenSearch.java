package io.github.loci.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.loci.opensearch.client.PassageTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of OpenSearch's REST API, on a local port, for {@code loci index --opensearch}: one
 * index that does not exist until created, no document known before, every document written. It
 * keeps the documents it was sent and the requests' lines, for a test to look at.
 */
final class FakeOpenSearch implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<ObjectNode> documents = new CopyOnWriteArrayList<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile boolean created;

  /** The status every bulk request gets, 0 to write its documents (403: no right to write). */
  volatile int bulkStatus;

  /** How many bulk requests are written before {@link #bulkStatus} applies. */
  volatile int bulksWritten = 0;

  private final java.util.concurrent.atomic.AtomicInteger bulks =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The status of what is not faked (a search): 400, a refusal, or 5xx, a cluster that fails. */
  volatile int otherStatus = 400;

  FakeOpenSearch() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(method + " " + path);
    String index = path.split("/")[1];
    if (method.equals("HEAD")) {
      respond(exchange, created ? 200 : 404, null);
    } else if (method.equals("PUT") && path.equals("/" + index)) {
      created = true;
      respond(exchange, 200, "{\"acknowledged\":true,\"index\":\"" + index + "\"}");
    } else if (path.endsWith("/_mapping")) {
      ObjectNode answer = JSON.createObjectNode();
      answer.putObject(index).set("mappings", PassageTemplate.mappings());
      respond(exchange, 200, answer.toString());
    } else if (path.endsWith("/_mget")) {
      ArrayNode docs = JSON.createArrayNode();
      for (JsonNode id : JSON.readTree(body).path("ids")) {
        docs.addObject().put("_index", index).put("_id", id.asText()).put("found", false);
      }
      ObjectNode answer = JSON.createObjectNode();
      answer.set("docs", docs);
      respond(exchange, 200, answer.toString());
    } else if (path.endsWith("/_bulk")
        && bulkStatus != 0
        && bulks.getAndIncrement() >= bulksWritten) {
      respond(
          exchange,
          bulkStatus,
          "{\"error\":{\"type\":\"security_exception\",\"reason\":\"no right to write\"},"
              + "\"status\":"
              + bulkStatus
              + "}");
    } else if (path.endsWith("/_bulk")) {
      ArrayNode items = JSON.createArrayNode();
      List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
      for (int i = 0; i < lines.size(); i++) {
        JsonNode action = JSON.readTree(lines.get(i));
        String kind = action.fieldNames().next();
        String id = action.path(kind).path("_id").asText();
        if (kind.equals("index")) {
          documents.add((ObjectNode) JSON.readTree(lines.get(++i)));
        }
        items
            .addObject()
            .putObject(kind)
            .put("_index", index)
            .put("_id", id)
            .put("status", kind.equals("index") ? 201 : 200)
            .put("result", kind.equals("index") ? "created" : "deleted");
      }
      ObjectNode answer = JSON.createObjectNode().put("took", 1).put("errors", false);
      answer.set("items", items);
      respond(exchange, 200, answer.toString());
    } else {
      respond(
          exchange,
          otherStatus,
          "{\"error\":{\"type\":\"fake\",\"reason\":\"not faked: " + path + "\"}}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
