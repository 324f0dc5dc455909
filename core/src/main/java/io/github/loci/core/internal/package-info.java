/** Helpers shared by Loci's core packages; not exported, not API. */
package io.github.loci.core.internal;
