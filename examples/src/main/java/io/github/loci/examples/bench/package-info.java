/** Benchmarks run from the CLI ({@code loci bench}) and the regression tests. */
package io.github.loci.examples.bench;
