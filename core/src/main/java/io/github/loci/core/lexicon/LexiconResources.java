package io.github.loci.core.lexicon;

import io.github.loci.core.analyze.Analysis;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the built-in lexicon's binary forms at build time (run by the core module's build in
 * {@code process-classes}, into the classes folder beside {@code lexicon.tsv}): its concepts
 * ({@link ConceptTable}) and its terms analyzed with Loci's default query analysis and indexed for
 * matching ({@link MatcherTable}). Parsing the lexicon here checks every term, so that reading the
 * binary forms later need not.
 */
public final class LexiconResources {
  private LexiconResources() {}

  /**
   * Writes {@value ConceptTable#RESOURCE} and {@value MatcherTable#RESOURCE}.
   *
   * @param args the folder to write them in (the classes folder's lexicon package)
   * @throws Exception if the lexicon is invalid or a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    byte[] tsv = Files.readAllBytes(folder.resolve(Lexicon.BUILT_IN));
    // Parsed from the file, never from an older binary form: every term is checked.
    Lexicon lexicon = Lexicon.parseBuiltIn(tsv);
    Files.write(
        folder.resolve(ConceptTable.RESOURCE),
        ConceptTable.write(lexicon, Lexicon.tableFingerprint(lexicon.resourceChecksum())));
    try (Analysis analysis = new Analysis()) {
      Files.write(
          folder.resolve(MatcherTable.RESOURCE),
          MatcherTable.write(
              ConceptMatcher.analyze(lexicon, analysis),
              MatcherTable.fingerprint(lexicon, analysis)));
    }
  }
}
