package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32C;

/**
 * The built-in lexicon's analyzed form, written at build time ({@link #main}, run by the core
 * module's build) as the resource {@value #RESOURCE}, so that the first search need not analyze
 * some 10,000 terms. The file starts with a fingerprint of what made it: the lexicon's concepts and
 * terms (for the built-in lexicon, a checksum of its resource), and the query analysis (its id and
 * the tokens each language's query analyzer makes of a probe text). {@link #load} uses the file
 * only when the fingerprint of the lexicon and analysis in use is the same; otherwise the matcher
 * analyzes the lexicon as before.
 *
 * <p>Format: a header line {@code loci-analyzed-lexicon 1 <fingerprint>}, then one line per
 * analyzed term: the language code, its concepts and its positions, separated by tabs; concepts
 * joined by U+0001, positions by U+0002 (empty for a stopword gap), tokens at one position by
 * U+0001.
 */
public final class AnalyzedLexicon {
  /** The resource's name, beside the lexicon's. */
  static final String RESOURCE = "lexicon.analyzed";

  private static final String MAGIC = "loci-analyzed-lexicon 1 ";
  private static final char ITEMS = '\u0001';
  private static final char POSITIONS = '\u0002';

  /**
   * Words of every language and the kinds of token the query analyzers treat apart (numbers,
   * elisions, diacritics, stopwords, stems): a change in how any of them is analyzed changes the
   * fingerprint.
   */
  private static final String PROBE =
      "The investments of 1.000 data centres, 3,5 tỷ USD; l'investimento e le nuove sfide; "
          + "los centros de datos crecieron un 40 %; trung tâm dữ liệu và đầu tư; who leads?";

  private AnalyzedLexicon() {}

  /**
   * Writes the built-in lexicon's analyzed form with Loci's default analysis.
   *
   * @param args the file to write
   * @throws Exception if the lexicon is invalid or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Analysis analysis = new Analysis();
        Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      Lexicon lexicon = Lexicon.builtIn();
      write(lexicon, analysis, new ConceptMatcher(lexicon, analysis).analyzeAll(), writer);
    }
  }

  /**
   * Writes an analyzed lexicon.
   *
   * @param lexicon the lexicon
   * @param analysis the analysis it was analyzed with
   * @param analyzed its analyzed terms
   * @param out where to write
   * @throws IOException if writing fails
   */
  static void write(
      Lexicon lexicon,
      Analysis analysis,
      Map<Language, Map<List<Set<String>>, Set<String>>> analyzed,
      Writer out)
      throws IOException {
    out.write(MAGIC + fingerprint(lexicon, analysis) + "\n");
    for (var language : analyzed.entrySet()) {
      for (var term : language.getValue().entrySet()) {
        StringBuilder line = new StringBuilder(language.getKey().code()).append('\t');
        line.append(String.join(String.valueOf(ITEMS), term.getValue())).append('\t');
        List<Set<String>> positions = term.getKey();
        for (int i = 0; i < positions.size(); i++) {
          if (i > 0) {
            line.append(POSITIONS);
          }
          if (positions.get(i) != null) {
            line.append(String.join(String.valueOf(ITEMS), positions.get(i)));
          }
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  /**
   * The analyzed form of a lexicon, from the resource, when it was made from this lexicon with this
   * analysis.
   *
   * @param lexicon the lexicon in use
   * @param analysis the analysis in use
   * @return the analyzed terms; empty if there is no resource or it was made otherwise
   */
  static Optional<Map<Language, Map<List<Set<String>>, Set<String>>>> load(
      Lexicon lexicon, Analysis analysis) {
    try (InputStream in = AnalyzedLexicon.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : read(in, lexicon, analysis);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads an analyzed lexicon, if its fingerprint matches.
   *
   * @param in the file's bytes
   * @param lexicon the lexicon in use
   * @param analysis the analysis in use
   * @return the analyzed terms; empty if it was made from another lexicon or analysis
   * @throws IOException if reading fails
   */
  static Optional<Map<Language, Map<List<Set<String>>, Set<String>>>> read(
      InputStream in, Lexicon lexicon, Analysis analysis) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.equals(MAGIC + fingerprint(lexicon, analysis))) {
      return Optional.empty();
    }
    Map<Language, Map<List<Set<String>>, Set<String>>> analyzed = new EnumMap<>(Language.class);
    String line;
    while ((line = reader.readLine()) != null) {
      String[] cells = line.split("\t", -1);
      Language language = Language.forCode(cells[0]).orElseThrow();
      Set<String> concepts =
          cells[1].indexOf(ITEMS) < 0
              ? Set.of(cells[1])
              : new LinkedHashSet<>(split(cells[1], ITEMS));
      List<Set<String>> positions = new ArrayList<>();
      for (String position : split(cells[2], POSITIONS)) {
        positions.add(
            position.isEmpty()
                ? null
                : position.indexOf(ITEMS) < 0
                    ? Set.of(position)
                    : new TreeSet<>(split(position, ITEMS)));
      }
      analyzed.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(positions, concepts);
    }
    return Optional.of(analyzed);
  }

  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == separator) {
        parts.add(text.substring(from, i));
        from = i + 1;
      }
    }
    return parts;
  }

  /**
   * What an analyzed lexicon depends on: the concepts and their terms, the analysis id, and the
   * tokens each language's query analyzer makes of a probe text.
   *
   * @param lexicon the lexicon
   * @param analysis the analysis
   * @return two CRC-32C checksums, in hex
   */
  static String fingerprint(Lexicon lexicon, Analysis analysis) {
    CRC32C crc = new CRC32C();
    StringBuilder text = new StringBuilder(analysis.id()).append('\n');
    for (Language language : Lexicon.COLUMNS) {
      String field = Fields.textField(language);
      for (Analysis.Token t : Analysis.tokens(analysis.queryAnalyzer(field), field, PROBE)) {
        text.append(t.term()).append('@').append(t.position()).append(' ');
      }
      text.append('\n');
    }
    crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
    long analysisCrc = crc.getValue();
    crc.reset();
    if (lexicon == Lexicon.builtIn()) {
      // The resource it was parsed from: one native checksum, no walk over its concepts.
      try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
        crc.update(in.readAllBytes());
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("the built-in lexicon's resource cannot be read", e);
      }
      return String.format("%08x-builtin-%08x", analysisCrc, crc.getValue());
    }
    for (Concept concept : lexicon.concepts()) {
      StringBuilder line = new StringBuilder(concept.id());
      for (Language language : Lexicon.COLUMNS) {
        line.append('\t').append(String.join("|", concept.terms(language)));
      }
      crc.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }
    return String.format("%08x-%08x", analysisCrc, crc.getValue());
  }
}
