/**
 * Loci's multilingual concept lexicon: concepts of business, technology and news with their terms
 * in en, es, it and vi, read from a documented tab-separated file ({@link
 * io.github.loci.core.lexicon.Lexicon}), and found in text by the analyzers of each language
 * ({@link io.github.loci.core.lexicon.ConceptMatcher}).
 */
package io.github.loci.core.lexicon;
