/** Citations: passages with their matches marked, and reference lines, for people to read. */
package io.github.loci.core.cite;
