package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.index.Fields;
import io.github.loci.core.lexicon.ConceptMatcher.Entry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * The built-in lexicon analyzed and indexed for matching, in binary form ({@value #RESOURCE},
 * written at build time by {@link LexiconResources}), read in place: opening it reads one resource
 * and builds nothing; a look-up is a binary search over the tokens that start a term, and decodes
 * only the terms it finds. It is used only when made from the same lexicon and the same query
 * analysis ({@link #fingerprint}); otherwise the matcher analyzes the lexicon itself.
 *
 * <p>Body: a directory (the number of tables, then per table its name, a language code or {@code
 * vi-folded}, and its offset); the terms (each: its concepts, then its positions, each the number
 * of tokens, 0 for a stopword's gap, and the tokens); the tables (each: the number of keys K, K
 * offsets of key records sorted by key as unsigned UTF-8 bytes, and the key records: the key, the
 * number of terms and their offsets, longest term first). Thread-safe.
 */
final class MatcherTable implements TermIndex {
  /** The resource's name, beside the lexicon's. */
  static final String RESOURCE = "lexicon.matcher";

  static final String MAGIC = "loci-lexicon-matcher 1\n";

  private static final String FOLDED = FoldedTerms.LANGUAGE.code() + "-folded";

  /**
   * Words of every language and the kinds of token the query analyzers treat apart (numbers,
   * elisions, diacritics, stopwords, stems): a change in how any of them is analyzed changes the
   * fingerprint.
   */
  private static final String PROBE =
      "The investments of 1.000 data centres, 3,5 tỷ USD; l'investimento e le nuove sfide; "
          + "los centros de datos crecieron un 40 %; trung tâm dữ liệu và đầu tư; who leads?";

  private final BinaryForm form;
  private final Map<String, Integer> tables = new LinkedHashMap<>();
  private final Map<Integer, Entry> decoded = new ConcurrentHashMap<>();

  private MatcherTable(BinaryForm form) {
    this.form = form;
    int count = form.intAt(0);
    int at = 4;
    for (int i = 0; i < count; i++) {
      String name = form.stringAt(at);
      at += form.stringSize(at);
      tables.put(name, form.intAt(at));
      at += 4;
    }
  }

  /**
   * The built-in lexicon's binary form, when it was made from this lexicon and this analysis.
   *
   * @param lexicon the lexicon in use
   * @param analysis the analysis in use
   * @return the table; empty if there is no resource or it was made otherwise
   * @throws IllegalStateException naming the resource if it is damaged
   */
  static Optional<MatcherTable> load(Lexicon lexicon, Analysis analysis) {
    if (lexicon.resourceChecksum() == 0) {
      return Optional.empty();
    }
    return BinaryForm.resource(RESOURCE, MAGIC, fingerprint(lexicon, analysis))
        .map(MatcherTable::new);
  }

  /**
   * Reads a table from bytes.
   *
   * @param name the name for errors
   * @param bytes what {@link #write} wrote
   * @param fingerprint what it must have been made from
   * @return the table; empty if it was made from something else
   * @throws IllegalStateException naming {@code name} if it is damaged
   */
  static Optional<MatcherTable> read(String name, byte[] bytes, String fingerprint) {
    return BinaryForm.read(name, bytes, MAGIC, fingerprint).map(MatcherTable::new);
  }

  /**
   * Writes analyzed terms.
   *
   * @param terms the terms, indexed
   * @param fingerprint what they were made from ({@link #fingerprint})
   * @return the resource's bytes
   */
  static byte[] write(TermMap terms, String fingerprint) {
    Map<String, Map<String, List<Entry>>> named = new LinkedHashMap<>();
    terms.byFirstTerm().forEach((language, index) -> named.put(language.code(), index));
    named.put(FOLDED, terms.byFirstFolded());
    try {
      int directory = 4;
      for (String name : named.keySet()) {
        directory += 2 + name.getBytes(StandardCharsets.UTF_8).length + 4;
      }
      ByteArrayOutputStream entryBytes = new ByteArrayOutputStream();
      DataOutputStream entries = new DataOutputStream(entryBytes);
      Map<Entry, Integer> offsets = new IdentityHashMap<>();
      for (Map<String, List<Entry>> index : named.values()) {
        for (List<Entry> list : index.values()) {
          for (Entry entry : list) {
            if (!offsets.containsKey(entry)) {
              offsets.put(entry, directory + entries.size());
              writeEntry(entries, entry);
            }
          }
        }
      }
      entries.flush();
      int tablesAt = directory + entryBytes.size();
      ByteArrayOutputStream tableBytes = new ByteArrayOutputStream();
      DataOutputStream tablesOut = new DataOutputStream(tableBytes);
      List<Integer> tableOffsets = new ArrayList<>();
      for (Map<String, List<Entry>> index : named.values()) {
        tableOffsets.add(tablesAt + tablesOut.size());
        writeTable(tablesOut, tablesAt + tablesOut.size(), index, offsets);
      }
      tablesOut.flush();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(body);
      out.writeInt(named.size());
      int i = 0;
      for (String name : named.keySet()) {
        BinaryForm.writeString(out, name);
        out.writeInt(tableOffsets.get(i++));
      }
      entryBytes.writeTo(out);
      tableBytes.writeTo(out);
      out.flush();
      return BinaryForm.write(MAGIC, fingerprint, body.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeEntry(DataOutputStream out, Entry entry) throws IOException {
    out.writeShort(entry.concepts().size());
    for (String concept : entry.concepts()) {
      BinaryForm.writeString(out, concept);
    }
    out.writeShort(entry.positions().size());
    for (Set<String> tokens : entry.positions()) {
      if (tokens == null) {
        out.writeShort(0);
        continue;
      }
      out.writeShort(tokens.size());
      for (String token : tokens) {
        BinaryForm.writeString(out, token);
      }
    }
  }

  /** A table that starts at {@code base}: its keys sorted as unsigned UTF-8 bytes. */
  private static void writeTable(
      DataOutputStream out, int base, Map<String, List<Entry>> index, Map<Entry, Integer> offsets)
      throws IOException {
    byte[][] keys = new byte[index.size()][];
    int k = 0;
    for (String key : index.keySet()) {
      keys[k++] = key.getBytes(StandardCharsets.UTF_8);
    }
    Arrays.sort(keys, Arrays::compareUnsigned);
    ByteArrayOutputStream recordBytes = new ByteArrayOutputStream();
    DataOutputStream records = new DataOutputStream(recordBytes);
    int recordsAt = base + 4 + 4 * keys.length;
    out.writeInt(keys.length);
    for (byte[] key : keys) {
      out.writeInt(recordsAt + records.size());
      String text = new String(key, StandardCharsets.UTF_8);
      BinaryForm.writeString(records, text);
      List<Entry> list = index.get(text);
      records.writeShort(list.size());
      for (Entry entry : list) {
        records.writeInt(offsets.get(entry));
      }
    }
    records.flush();
    recordBytes.writeTo(out);
  }

  @Override
  public List<Entry> startingWith(Language language, String token) {
    return lookUp(language.code(), token);
  }

  @Override
  public List<Entry> foldedStartingWith(String folded) {
    return lookUp(FOLDED, folded);
  }

  private List<Entry> lookUp(String table, String token) {
    Integer at = tables.get(table);
    if (at == null) {
      return List.of();
    }
    byte[] key = token.getBytes(StandardCharsets.UTF_8);
    int low = 0;
    int high = form.intAt(at) - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int record = form.intAt(at + 4 + 4 * mid);
      int c = form.compare(key, record);
      if (c < 0) {
        high = mid - 1;
      } else if (c > 0) {
        low = mid + 1;
      } else {
        int p = record + form.stringSize(record);
        int count = form.shortAt(p);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          entries.add(entry(form.intAt(p + 2 + 4 * i)));
        }
        return entries;
      }
    }
    return List.of();
  }

  /** The term at an offset, decoded once (one object per term, as the in-memory index has). */
  private Entry entry(int offset) {
    Entry known = decoded.get(offset);
    if (known == null) {
      known = decode(offset);
      Entry raced = decoded.putIfAbsent(offset, known);
      known = raced != null ? raced : known;
    }
    return known;
  }

  private Entry decode(int offset) {
    int at = offset;
    int count = form.shortAt(at);
    at += 2;
    Set<String> concepts = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      concepts.add(form.stringAt(at));
      at += form.stringSize(at);
    }
    int size = form.shortAt(at);
    at += 2;
    List<Set<String>> positions = new ArrayList<>(size);
    for (int p = 0; p < size; p++) {
      int tokens = form.shortAt(at);
      at += 2;
      if (tokens == 0) {
        positions.add(null);
        continue;
      }
      Set<String> here = new TreeSet<>();
      for (int i = 0; i < tokens; i++) {
        here.add(form.stringAt(at));
        at += form.stringSize(at);
      }
      positions.add(here);
    }
    if (positions.isEmpty() || positions.get(0) == null || concepts.isEmpty()) {
      throw BinaryForm.damaged(form.name(), "the term at offset " + offset + " is malformed");
    }
    return new Entry(positions, concepts);
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
    if (lexicon.resourceChecksum() != 0) {
      // The built-in lexicon: its resource's checksum, taken once when it was read.
      return String.format("%08x-builtin-%08x", analysisCrc, lexicon.resourceChecksum());
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
