/** The {@code loci} command line: {@link io.github.loci.examples.cli.LociCli}. */
package io.github.loci.examples.cli;
