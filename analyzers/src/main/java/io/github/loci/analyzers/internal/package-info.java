/** Implementation helpers of the analyzers; not exported. */
package io.github.loci.analyzers.internal;
