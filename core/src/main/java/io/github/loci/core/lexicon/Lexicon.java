package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.internal.Bundled;
import io.github.loci.core.internal.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * A multilingual concept lexicon, immutable and thread-safe.
 *
 * <p>The built-in lexicon ({@link #builtIn()}) is the resource {@code lexicon.tsv} beside this
 * class. Users read it, and extend it ({@link #with}) with files of their own in the same format:
 * UTF-8 text, one concept per line, six columns separated by tabs:
 *
 * <pre>
 * concept-id  domain  en terms  es terms  it terms  vi terms
 * data-centre	cloud	data centre | data center | server farm	centro de datos	centro dati | data center	trung tâm dữ liệu
 * </pre>
 *
 * <p>Terms are separated by {@code |}; a term of several words is a phrase. Every language has at
 * least one term; terms are lower case and in Unicode NFC (Vietnamese with its diacritics); lines
 * that start with {@code #} and blank lines are comments. A concept id repeated in one file is an
 * error; a later file's concept replaces an earlier one of the same id. Errors name the file and
 * line ({@link LexiconFormatException}).
 */
public final class Lexicon {
  /** The languages of a lexicon line, in column order after id and domain. */
  public static final List<Language> COLUMNS =
      List.of(Language.EN, Language.ES, Language.IT, Language.VI);

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static volatile Lexicon builtIn;

  /** The concepts by id, in file order; for the built-in lexicon, made on first need. */
  private volatile Map<String, Concept> byId;

  /** The built-in lexicon's binary form, which {@link #get} reads; else null. */
  private final ConceptTable table;

  /** The checksum of the built-in lexicon's resource; 0 for any other lexicon. */
  private final long resourceChecksum;

  private Lexicon(Map<String, Concept> byId) {
    this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    this.table = null;
    this.resourceChecksum = 0;
  }

  private Lexicon(Lexicon parsed, ConceptTable table, long resourceChecksum) {
    this.byId = parsed == null ? null : parsed.byId;
    this.table = table;
    this.resourceChecksum = resourceChecksum;
  }

  static boolean isId(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * The lexicon that ships with Loci.
   *
   * @return the built-in lexicon
   * @throws UncheckedIOException if the bundled resource is missing or invalid (a packaging bug)
   */
  public static Lexicon builtIn() {
    Lexicon result = builtIn;
    if (result == null) {
      synchronized (Lexicon.class) {
        result = builtIn;
        if (result == null) {
          result = readBuiltIn();
          builtIn = result;
        }
      }
    }
    return result;
  }

  /**
   * The built-in lexicon from its binary form ({@link ConceptTable}) when that was made from the
   * same {@code lexicon.tsv}; else parsed from the file.
   */
  private static Lexicon readBuiltIn() {
    byte[] tsv = Bundled.read(Lexicon.class, BUILT_IN);
    long checksum = checksum(tsv);
    Optional<ConceptTable> table = ConceptTable.builtIn(tableFingerprint(checksum));
    if (table.isPresent()) {
      return new Lexicon(null, table.get(), checksum);
    }
    try {
      return parseBuiltIn(tsv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the built-in lexicon's file, checking every term (the build does, before it writes the
   * binary forms).
   *
   * @param tsv the bytes of {@code lexicon.tsv}
   * @return the lexicon, which knows its resource's checksum
   * @throws LexiconFormatException naming the line of a bad entry
   */
  static Lexicon parseBuiltIn(byte[] tsv) throws LexiconFormatException {
    return new Lexicon(parse(BUILT_IN, decode(BUILT_IN, tsv)), null, checksum(tsv));
  }

  private static long checksum(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return crc.getValue();
  }

  /** The built-in lexicon's resource. */
  static final String BUILT_IN = "lexicon.tsv";

  /**
   * What a binary form of the built-in lexicon's concepts is made from: its resource's checksum.
   *
   * @param checksum the CRC-32C of {@code lexicon.tsv}
   * @return the fingerprint
   */
  static String tableFingerprint(long checksum) {
    return String.format(java.util.Locale.ROOT, "lexicon.tsv %08x", checksum);
  }

  /**
   * The CRC-32C of the resource the built-in lexicon was read from: a lexicon that has one is the
   * built-in lexicon, whether parsed or read from its binary form.
   *
   * @return the checksum; 0 for any other lexicon
   */
  long resourceChecksum() {
    return resourceChecksum;
  }

  /** The concepts by id, decoded from the binary form on the first call that needs them all. */
  private Map<String, Concept> byId() {
    Map<String, Concept> map = byId;
    if (map == null) {
      synchronized (this) {
        map = byId;
        if (map == null) {
          Map<String, Concept> all = new LinkedHashMap<>();
          for (int i = 0; i < table.size(); i++) {
            Concept concept = table.at(i);
            all.put(concept.id(), concept);
          }
          map = java.util.Collections.unmodifiableMap(all);
          byId = map;
        }
      }
    }
    return map;
  }

  /**
   * A lexicon without concepts: queries are not translated.
   *
   * @return the empty lexicon
   */
  public static Lexicon empty() {
    return new Lexicon(Map.of());
  }

  /**
   * Concepts from the Java API.
   *
   * @param concepts the concepts; ids must be unique
   * @return the lexicon
   */
  public static Lexicon of(Collection<Concept> concepts) {
    Map<String, Concept> map = new LinkedHashMap<>();
    for (Concept concept : concepts) {
      Concept before = map.put(concept.id(), concept);
      if (before != null) {
        throw new IllegalArgumentException(
            "concept '"
                + concept.id()
                + "' appears twice: "
                + before.origin()
                + ", "
                + concept.origin());
      }
    }
    return new Lexicon(map);
  }

  /**
   * Reads a lexicon file.
   *
   * @param file the file
   * @return its concepts
   * @throws LexiconFormatException naming the file and line of a bad entry
   * @throws IOException if the file cannot be read
   */
  public static Lexicon load(Path file) throws IOException {
    return parse(file.toString(), decode(file.toString(), TextFiles.read(file)));
  }

  private static String decode(String name, byte[] bytes) throws LexiconFormatException {
    try {
      return TextFiles.decodeUtf8(name, bytes);
    } catch (TextFiles.NotUtf8Exception e) {
      throw new LexiconFormatException(
          name, e.line, "not UTF-8 text (a bad byte at offset " + e.offset + ")");
    }
  }

  /**
   * Parses lexicon text.
   *
   * @param name the file name used in error messages
   * @param text the text
   * @return its concepts
   * @throws LexiconFormatException naming {@code name} and the line of the first bad entry
   */
  public static Lexicon parse(String name, String text) throws LexiconFormatException {
    List<LexiconFormatException> problems = new ArrayList<>();
    Lexicon lexicon = parse(name, text, problems, true);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    return lexicon;
  }

  /**
   * Checks a lexicon file whole: every bad entry, not only the first.
   *
   * @param file the file
   * @return the problems, one per bad line, in file order; empty when it reads well
   * @throws IOException if the file cannot be read
   */
  public static List<LexiconFormatException> problems(Path file) throws IOException {
    String name = file.toString();
    List<LexiconFormatException> problems = new ArrayList<>();
    try {
      parse(name, decode(name, TextFiles.read(file)), problems, false);
    } catch (LexiconFormatException e) {
      problems.add(e); // not UTF-8: no line can be read
    }
    return problems;
  }

  /**
   * Parses lexicon text, adding each bad entry's problem; with {@code firstOnly}, stops at it.
   *
   * @return the concepts of the good entries
   */
  private static Lexicon parse(
      String name, String text, List<LexiconFormatException> problems, boolean firstOnly) {
    Map<String, Concept> map = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    String[] rows = text.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i];
      if (i == 0 && row.startsWith("\uFEFF")) {
        row = row.substring(1);
      }
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      try {
        Concept concept = row(name, i + 1, row, lines);
        map.put(concept.id(), concept);
      } catch (LexiconFormatException e) {
        problems.add(e);
        if (firstOnly) {
          break;
        }
      }
    }
    return new Lexicon(map);
  }

  /** One entry: its line's cells checked, its id not seen before in {@code lines}. */
  private static Concept row(String name, int line, String row, Map<String, Integer> lines)
      throws LexiconFormatException {
    String[] cells = row.split("\t", -1);
    if (cells.length != 2 + COLUMNS.size()) {
      throw new LexiconFormatException(
          name,
          line,
          "expected 6 tab-separated columns (concept, domain, en, es, it, vi), found "
              + cells.length);
    }
    String id = cells[0].strip();
    String domain = cells[1].strip();
    if (domain.equalsIgnoreCase("domain")
        && java.util.Set.of("id", "concept", "concept-id", "concept_id", "concept id")
            .contains(id.toLowerCase(java.util.Locale.ROOT))) {
      // A spreadsheet's header row ("concept-id  domain  en terms  …") would be a concept that
      // makes its column names translations of each other.
      throw new LexiconFormatException(
          name,
          line,
          "a header row ('" + id + "', 'domain', …): remove it, or start it with '#' (a comment)");
    }
    if (!isId(id)) {
      throw new LexiconFormatException(
          name,
          line,
          "concept id '" + id + "' must be lower-case letters and digits joined by '-'");
    }
    if (!isId(domain)) {
      throw new LexiconFormatException(
          name,
          line,
          "domain '" + domain + "' must be lower-case letters and digits joined by '-'");
    }
    Integer first = lines.putIfAbsent(id, line);
    if (first != null) {
      throw new LexiconFormatException(
          name, line, "concept '" + id + "' was already defined on line " + first);
    }
    Map<Language, List<String>> terms = new EnumMap<>(Language.class);
    for (int c = 0; c < COLUMNS.size(); c++) {
      Language language = COLUMNS.get(c);
      terms.put(language, terms(name, line, language, cells[2 + c]));
    }
    return new Concept(id, domain, terms, name + ":" + line);
  }

  private static List<String> terms(String name, int line, Language language, String cell)
      throws LexiconFormatException {
    List<String> terms = new ArrayList<>();
    for (String raw : cell.split("\\|", -1)) {
      String term = collapseSpaces(raw.strip());
      String where = language.code() + " term '" + term + "'";
      if (term.isEmpty()) {
        throw new LexiconFormatException(
            name,
            line,
            language.code()
                + (cell.isBlank()
                    ? ": empty term (every language needs at least one)"
                    : ": an empty term between two '|' (or before the first, after the last)"));
      }
      if (!isAscii(term) && !Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
        throw new LexiconFormatException(name, line, where + " is not in Unicode NFC");
      }
      if (!term.equals(term.toLowerCase(java.util.Locale.ROOT))) {
        throw new LexiconFormatException(name, line, where + " must be lower case");
      }
      if (!termChars(term)) {
        int bad = term.codePointAt(firstBadChar(term));
        throw new LexiconFormatException(
            name,
            line,
            where
                + " may only hold letters, digits, spaces and . & ' ’ -, not "
                + String.format(java.util.Locale.ROOT, "U+%04X", bad)
                + (Character.getName(bad) == null ? "" : " (" + Character.getName(bad) + ")"));
      }
      if (terms.contains(term)) {
        throw new LexiconFormatException(name, line, where + " is listed twice");
      }
      terms.add(term);
    }
    return terms;
  }

  /*
   * The checks below run on every term of the built-in lexicon when a command starts (about 15,000
   * terms), before the JIT has compiled anything: plain loops instead of regular expressions (the
   * built-in lexicon parsed in 210-265 ms with them on a cold JVM).
   */

  /** Runs of white space as one space, as {@code replaceAll("\\s+", " ")}. */
  static String collapseSpaces(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = isRegexSpace(c);
      if (space && (c != ' ' || (i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))))) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(' ');
        while (i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))) {
          i++;
        }
        continue;
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Java's regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a term holds only letters, marks, numbers, spaces and {@code . & ' ’ -}, as the pattern
   * {@code [\\p{L}\\p{M}\\p{N} .&'’\\-]+} (Unicode categories L, M and N).
   */
  static boolean termChars(String term) {
    return !term.isEmpty() && firstBadChar(term) < 0;
  }

  /** Where the first char a term may not hold is, or -1. */
  private static int firstBadChar(String term) {
    for (int i = 0; i < term.length(); ) {
      int at = i;
      int c = term.codePointAt(i);
      i += Character.charCount(c);
      if (c == ' ' || c == '.' || c == '&' || c == '\'' || c == '’' || c == '-') {
        continue;
      }
      switch (Character.getType(c)) {
        case Character.UPPERCASE_LETTER,
            Character.LOWERCASE_LETTER,
            Character.TITLECASE_LETTER,
            Character.MODIFIER_LETTER,
            Character.OTHER_LETTER,
            Character.NON_SPACING_MARK,
            Character.ENCLOSING_MARK,
            Character.COMBINING_SPACING_MARK,
            Character.DECIMAL_DIGIT_NUMBER,
            Character.LETTER_NUMBER,
            Character.OTHER_NUMBER -> {}
        default -> {
          return at;
        }
      }
    }
    return -1;
  }

  /**
   * Returns this lexicon plus another; a concept of {@code more} replaces one with the same id.
   *
   * @param more the concepts to add
   * @return the combined lexicon
   */
  public Lexicon with(Lexicon more) {
    Map<String, Concept> map = new LinkedHashMap<>(byId());
    map.putAll(more.byId());
    return new Lexicon(map);
  }

  /**
   * Returns all concepts, in file order.
   *
   * @return the concepts
   */
  public List<Concept> concepts() {
    return List.copyOf(byId().values());
  }

  /**
   * Finds a concept.
   *
   * @param id its id
   * @return the concept, if any
   */
  public Optional<Concept> get(String id) {
    Map<String, Concept> map = byId;
    return map != null ? Optional.ofNullable(map.get(id)) : table.get(id);
  }

  /**
   * Returns the number of concepts.
   *
   * @return the size
   */
  public int size() {
    Map<String, Concept> map = byId;
    return map != null ? map.size() : table.size();
  }

  /**
   * Tells whether there are no concepts.
   *
   * @return whether the lexicon is empty
   */
  public boolean isEmpty() {
    return size() == 0;
  }
}
