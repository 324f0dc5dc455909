/** Analysis: which analyzer each field uses, and query-side tokenization. */
package io.github.loci.core.analyze;
