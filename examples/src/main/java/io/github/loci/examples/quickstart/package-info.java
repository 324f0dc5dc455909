/** Runnable examples of the Java API. */
package io.github.loci.examples.quickstart;
