package io.github.loci.opensearch.client;

/**
 * OpenSearch refused a request; the message has the request, the status and OpenSearch's reason.
 */
public final class OpenSearchRequestException extends RuntimeException {
  private final int status;

  /**
   * Creates the exception.
   *
   * @param message the request, status and reason
   */
  public OpenSearchRequestException(String message) {
    this(message, 0);
  }

  /**
   * Creates the exception.
   *
   * @param message the request, status and reason
   * @param status the HTTP status of OpenSearch's answer, 0 if there was none
   */
  public OpenSearchRequestException(String message, int status) {
    super(message);
    this.status = status;
  }

  /**
   * The HTTP status OpenSearch answered with.
   *
   * @return the status, 0 if the refusal came from the answer's content (a mapping that is not
   *     Loci's)
   */
  public int status() {
    return status;
  }

  /**
   * Whether OpenSearch refused the request for what it asks (400, a bad request): another request
   * may be taken, where a cluster that fails (5xx, 429), an index that is not there (404) or a
   * right that is missing (401, 403) fails the next one too.
   *
   * @return true for a refusal of this request alone
   */
  public boolean refusedRequest() {
    return status == 400;
  }
}
