/**
 * Ingest: {@link io.github.loci.core.ingest.Source}s from the Java API, UTF-8 text files, folders
 * and JSON Lines, with per-source problems reported, never thrown at the whole run. Knows nothing
 * of Lucene.
 *
 * <p>To add a format: read it in {@link io.github.loci.core.ingest.SourceReader}, report each bad
 * record as an {@link io.github.loci.core.ingest.IngestException} naming file and line, and add
 * tests.
 */
package io.github.loci.core.ingest;
