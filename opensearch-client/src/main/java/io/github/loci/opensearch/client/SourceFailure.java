package io.github.loci.opensearch.client;

/**
 * A source that did not reach OpenSearch, after the retries.
 *
 * @param sourceId the source's id
 * @param reason what OpenSearch or the connection said, with the document it was about
 */
public record SourceFailure(String sourceId, String reason) {}
