/**
 * Evaluation, with no Lucene type in its API: TREC qrels and runs, trec_eval's metrics, span
 * judgments that survive changes of segmentation, and assertions for test harnesses.
 */
package io.github.loci.core.eval;
