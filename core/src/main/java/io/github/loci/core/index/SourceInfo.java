package io.github.loci.core.index;

import java.util.Optional;

/**
 * An indexed source, as {@code Loci.sources()} lists it.
 *
 * @param id the source id
 * @param title its title
 * @param url its URL, if any
 * @param path its file, if any
 * @param lang its language code
 * @param detected whether the language was detected (else declared)
 * @param confidence the detection confidence, 1 when declared
 * @param passages number of passages
 * @param chars length of its text in UTF-16 chars
 */
public record SourceInfo(
    String id,
    String title,
    Optional<String> url,
    Optional<String> path,
    String lang,
    boolean detected,
    double confidence,
    int passages,
    int chars) {}
