/**
 * Index layout: one Lucene document per passage (a text field for its language, a language-neutral
 * field, the stored citation), one per source (metadata, hash, text), and the format version.
 */
package io.github.loci.core.index;
