package io.github.loci.opensearch.client;

/**
 * OpenSearch refused a request; the message has the request, the status and OpenSearch's reason.
 */
public final class OpenSearchRequestException extends RuntimeException {
  /**
   * Creates the exception.
   *
   * @param message the request, status and reason
   */
  public OpenSearchRequestException(String message) {
    super(message);
  }
}
