/** The entry point, {@link io.github.loci.core.Loci}, and its reports. */
package io.github.loci.core;
