/** Spanish analysis. */
package io.github.loci.analyzers.es;
