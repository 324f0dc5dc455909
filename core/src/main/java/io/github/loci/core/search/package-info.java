/**
 * Search: requests, topics, query construction across languages, ranked and de-duplicated passage
 * hits with their match spans.
 */
package io.github.loci.core.search;
