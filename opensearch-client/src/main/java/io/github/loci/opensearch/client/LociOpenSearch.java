package io.github.loci.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.index.Fields;
import io.github.loci.opensearch.analysis.LociAnalyzerNames;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Connecting to OpenSearch and preparing it for Loci's documents. */
public final class LociOpenSearch {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LociOpenSearch() {}

  /**
   * A client of the official Java client library on one or more nodes.
   *
   * @param urls node URLs, comma-separated, such as {@code http://localhost:9200}
   * @return the client; close its transport ({@code client._transport().close()}) when done
   * @throws IllegalArgumentException for a URL without scheme, host or port
   */
  public static OpenSearchClient connect(String urls) {
    HttpHost[] hosts =
        Arrays.stream(urls.split(","))
            .map(String::strip)
            .filter(u -> !u.isEmpty())
            .map(LociOpenSearch::host)
            .toArray(HttpHost[]::new);
    if (hosts.length == 0) {
      throw new IllegalArgumentException("no OpenSearch URL given");
    }
    return new OpenSearchClient(
        ApacheHttpClient5TransportBuilder.builder(hosts)
            .setMapper(new JacksonJsonpMapper(JSON))
            .build());
  }

  /**
   * Checks an index name against OpenSearch's rules, before it goes into a request's path: lower
   * case, none of {@code \ / * ? " < > | , # %}, no white space or colon, not starting with {@code
   * - _ +}, not {@code .} or {@code ..}, at most 255 bytes. A name with {@code #} or {@code ?}
   * would otherwise name another index, or add to the request's query, and one with {@code %} be
   * decoded by OpenSearch into another ("%2a" is "*", every index).
   *
   * @param name the index's name
   * @return the name
   * @throws IllegalArgumentException naming the rule it breaks
   */
  public static String checkIndexName(String name) {
    java.util.Objects.requireNonNull(name, "index name");
    String problem = null;
    if (name.isEmpty()) {
      problem = "is empty";
    } else if (name.equals(".") || name.equals("..")) {
      problem = "is . or ..";
    } else if ("-_+".indexOf(name.charAt(0)) >= 0) {
      problem = "starts with " + name.charAt(0);
    } else if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      problem = "has capitals";
    } else if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
      problem = "is longer than 255 bytes";
    } else {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if ("\\/*?\"<>|,#:%".indexOf(c) >= 0 || Character.isWhitespace(c) || c < 0x20) {
          problem = "holds '" + (c < 0x20 ? "\\u" + String.format("%04x", (int) c) : c) + "'";
          break;
        }
      }
    }
    if (problem != null) {
      throw new IllegalArgumentException(
          "not an OpenSearch index name: '"
              + name.replaceAll("\\p{Cntrl}", "\uFFFD")
              + "' "
              + problem
              + " (lower case letters, digits, - _ + and . only; not starting with - _ +)");
    }
    return name;
  }

  private static HttpHost host(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
    if (uri.getScheme() == null || uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException(
          "an OpenSearch URL needs scheme, host and port, such as http://localhost:9200: " + url);
    }
    return new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
  }

  /**
   * Installs the index template of Loci's documents ({@link PassageTemplate}): indexes created
   * afterwards whose names match the pattern get its mappings and shards.
   *
   * @param client the client
   * @param name the template's name
   * @param pattern index names, such as {@code loci-*}
   * @param shards primary shards per index
   * @param replicas replicas per shard
   * @throws IOException if the request fails
   * @throws OpenSearchRequestException if OpenSearch refuses the template, with its reason
   */
  public static void putTemplate(
      OpenSearchClient client, String name, String pattern, int shards, int replicas)
      throws IOException {
    String body = JSON.writeValueAsString(PassageTemplate.template(pattern, shards, replicas));
    send(client, "PUT", "/_index_template/" + name, body);
  }

  /**
   * Creates an index (matching a template installed before).
   *
   * @param client the client
   * @param index the index's name
   * @throws IOException if the request fails
   * @throws OpenSearchRequestException if OpenSearch refuses, with its reason
   */
  public static void createIndex(OpenSearchClient client, String index) throws IOException {
    send(client, "PUT", "/" + checkIndexName(index), "{}");
  }

  /**
   * Creates an index with Loci's settings and mappings in the request itself: whatever templates
   * match its name, its mappings are Loci's.
   *
   * @param client the client
   * @param index the index's name
   * @param shards primary shards
   * @param replicas replicas per shard
   * @throws IOException if the request fails
   * @throws OpenSearchRequestException if OpenSearch refuses, with its reason
   */
  public static void createIndex(OpenSearchClient client, String index, int shards, int replicas)
      throws IOException {
    JsonNode body = PassageTemplate.template(index, shards, replicas).get("template");
    send(client, "PUT", "/" + checkIndexName(index), JSON.writeValueAsString(body));
  }

  /**
   * Checks that an index has Loci's mappings: its neutral text field analyzed by Loci's analyzer
   * (an index made by another tool, or by OpenSearch's dynamic mapping, has not).
   *
   * @param client the client
   * @param index the index's name
   * @throws IOException if the request fails
   * @throws OpenSearchRequestException if the index lacks Loci's mappings, naming it
   */
  public static void checkMappings(OpenSearchClient client, String index) throws IOException {
    JsonNode answer =
        request(client, "GET", "/" + checkIndexName(index) + "/_mapping", java.util.Map.of(), null);
    // The name the template maps the field with, without building the template (a probe source
    // indexed in memory).
    String expected = LociAnalyzerNames.ofField(Fields.TEXT_NEUTRAL);
    for (JsonNode mapping : answer) {
      JsonNode neutral = mapping.path("mappings").path("properties").path(Fields.TEXT_NEUTRAL);
      if (!expected.equals(neutral.path("analyzer").asText())) {
        throw new OpenSearchRequestException(
            "index "
                + index
                + " exists without Loci's mappings ("
                + Fields.TEXT_NEUTRAL
                + (neutral.isMissingNode() ? " is not mapped" : " is not analyzed by " + expected)
                + "): give another --index-name, or delete that index");
      }
    }
  }

  /**
   * Puts Loci's mappings on an index that has them from an earlier Loci: the fields added since
   * ({@code amount_percent}) are added, the others are the same. A field mapped otherwise is
   * OpenSearch's conflict, with its reason.
   *
   * @param client the client
   * @param index the index's name
   * @throws IOException if the request fails
   * @throws OpenSearchRequestException if OpenSearch refuses the mappings, with its reason
   */
  public static void addMissingFields(OpenSearchClient client, String index) throws IOException {
    send(
        client,
        "PUT",
        "/" + checkIndexName(index) + "/_mapping",
        JSON.writeValueAsString(PassageTemplate.mappings()));
  }

  /**
   * Sends a request and reads its JSON answer.
   *
   * @throws OpenSearchRequestException if OpenSearch answers with an error, with its reason
   */
  static JsonNode request(
      OpenSearchClient client,
      String method,
      String endpoint,
      java.util.Map<String, String> parameters,
      String body)
      throws IOException {
    var builder = Requests.builder().method(method).endpoint(endpoint).query(parameters);
    try (Response response =
        client.generic().execute((body == null ? builder : builder.json(body)).build())) {
      String text = response.getBody().map(b -> b.bodyAsString()).orElse("");
      if (response.getStatus() / 100 != 2) {
        throw new OpenSearchRequestException(
            method + " " + endpoint + ": status " + response.getStatus() + ", " + reason(text),
            response.getStatus());
      }
      return JSON.readTree(text);
    }
  }

  /** Sends a request whose answer is not needed ({@link #request}, its errors). */
  private static void send(OpenSearchClient client, String method, String endpoint, String body)
      throws IOException {
    request(client, method, endpoint, java.util.Map.of(), body);
  }

  /** The reason in an OpenSearch error body, or the body. */
  static String reason(String body) {
    try {
      JsonNode error = JSON.readTree(body).path("error");
      // A search that fails on its shards says "all shards failed"; the shards' cause says why.
      JsonNode cause = error.path("root_cause").path(0);
      if (cause.has("reason")) {
        error = cause;
      }
      if (error.has("reason")) {
        return error.path("type").asText() + ": " + error.path("reason").asText();
      }
    } catch (IOException e) {
      // not JSON: the body as it is
    }
    return body;
  }
}
