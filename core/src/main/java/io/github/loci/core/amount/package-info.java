/**
 * Money amounts and percentages in news text ("US$38.400 millones", "3,53 tỷ USD", "more than
 * 40%"), read with each language's number conventions: {@link
 * io.github.loci.core.amount.AmountExtractor} is the entry point.
 */
package io.github.loci.core.amount;
