/**
 * Segmentation: sentences (ICU4J plus the boundaries it misses) and overlapping passages with exact
 * UTF-16 spans into the source text.
 */
package io.github.loci.core.segment;
