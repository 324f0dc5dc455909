/** Vietnamese analysis. */
package io.github.loci.analyzers.vi;
