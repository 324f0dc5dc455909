/**
 * Loci's analyzers by language: {@link io.github.loci.analyzers.Language} and the entry point
 * {@link io.github.loci.analyzers.LanguageAnalyzers}.
 */
package io.github.loci.analyzers;
