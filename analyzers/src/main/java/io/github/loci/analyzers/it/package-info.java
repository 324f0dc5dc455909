/** Italian analysis. */
package io.github.loci.analyzers.it;
