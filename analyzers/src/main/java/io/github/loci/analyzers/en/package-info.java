/** English analysis. */
package io.github.loci.analyzers.en;
