package io.github.loci.opensearch;

import java.io.IOException;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * A bad setting of a Loci analyzer or token filter, or an analyzer name the plugin does not have,
 * gives OpenSearch's ordinary error: status 400, a reason that names what is wrong.
 */
public class ErrorsIT extends LociClusterTestCase {
  public void testBadAnalyzerModeIsRefusedWithItsName() throws IOException {
    String body =
        """
        {"settings": {"analysis": {"analyzer": {"fast_english": {"type": "loci_en", "mode": "fast"}}}}}
        """;
    String error = refused("/bad-mode", body);
    assertTrue(error, error.contains("illegal_argument_exception"));
    assertTrue(
        error,
        error.contains("analyzer [fast_english]: setting [mode] must be [index] or [query]"));
  }

  public void testBadFilterSettingIsRefusedWithItsName() throws IOException {
    String body =
        """
        {"settings": {"analysis": {"filter": {"numbers": {"type": "loci_number_normalization",
          "decimal_separator": ";"}}}}}
        """;
    String error = refused("/bad-filter", body);
    assertTrue(error, error.contains("token filter [numbers]: decimalSeparator must be ','"));
    String unknown =
        refused(
            "/unknown-filter-setting",
            """
            {"settings": {"analysis": {"filter": {"folding": {"type": "loci_vietnamese_folding",
              "strength": "high"}}}}}
            """);
    assertTrue(unknown, unknown.contains("token filter [folding]: Unknown parameters"));
  }

  public void testUnknownAnalyzerNameIsRefused() throws IOException {
    String mapping =
        """
        {"mappings": {"properties": {"text_fr": {"type": "text", "analyzer": "loci_fr"}}}}
        """;
    String error = refused("/unknown-analyzer", mapping);
    assertTrue(error, error.contains("analyzer [loci_fr] has not been configured in mappings"));
    OpenSearchException e =
        expectThrows(
            OpenSearchException.class,
            () -> javaClient().indices().analyze(a -> a.analyzer("loci_fr").text("bonjour")));
    assertEquals(400, e.status());
    assertTrue(e.getMessage(), e.getMessage().contains("loci_fr"));
  }

  /** Sends a request that must fail with status 400, and returns the error's body. */
  private String refused(String endpoint, String json) throws IOException {
    try (Response response =
        javaClient()
            .generic()
            .execute(Requests.builder().method("PUT").endpoint(endpoint).json(json).build())) {
      String body = response.getBody().map(b -> b.bodyAsString()).orElse("");
      assertEquals(body, 400, response.getStatus());
      return body;
    }
  }
}
