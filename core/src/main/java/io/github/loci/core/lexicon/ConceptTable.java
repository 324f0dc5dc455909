package io.github.loci.core.lexicon;

import io.github.loci.analyzers.Language;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in lexicon's concepts in binary form ({@value #RESOURCE}, written at build time by
 * {@link LexiconResources}), so that starting Loci does not parse and check some 15,000 terms of
 * {@code lexicon.tsv}: a concept is decoded when it is asked for, without checks (they ran when the
 * build parsed the file). Its fingerprint is the checksum of the {@code lexicon.tsv} it was made
 * from, so a changed lexicon is parsed instead.
 *
 * <p>Body: the number of concepts N; N offsets of the concepts in file order; the same N offsets
 * sorted by id (UTF-8 bytes, unsigned); then each concept: id, domain, origin, and per language of
 * {@link Lexicon#COLUMNS} the number of terms and the terms. Immutable and thread-safe.
 */
final class ConceptTable {
  /** The resource's name, beside the lexicon's. */
  static final String RESOURCE = "lexicon.concepts";

  static final String MAGIC = "loci-lexicon-concepts 1\n";

  private final BinaryForm form;
  private final int size;

  private ConceptTable(BinaryForm form) {
    this.form = form;
    this.size = form.intAt(0);
    if (size < 0 || 4 + 8L * size > form.body().limit()) {
      throw BinaryForm.damaged(form.name(), "it claims " + size + " concepts");
    }
  }

  /**
   * The built-in concepts, if the resource was made from the {@code lexicon.tsv} in use.
   *
   * @param fingerprint the fingerprint of the {@code lexicon.tsv} in use
   * @return the table; empty if the resource is missing or was made from another file
   * @throws IllegalStateException naming the resource if it is damaged
   */
  static Optional<ConceptTable> builtIn(String fingerprint) {
    return BinaryForm.resource(RESOURCE, MAGIC, fingerprint).map(ConceptTable::new);
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
  static Optional<ConceptTable> read(String name, byte[] bytes, String fingerprint) {
    return BinaryForm.read(name, bytes, MAGIC, fingerprint).map(ConceptTable::new);
  }

  /**
   * Writes a lexicon's concepts.
   *
   * @param lexicon the lexicon (already checked: it was parsed)
   * @param fingerprint what it was made from
   * @return the resource's bytes
   */
  static byte[] write(Lexicon lexicon, String fingerprint) {
    List<Concept> concepts = lexicon.concepts();
    try {
      ByteArrayOutputStream records = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(records);
      int base = 4 + 8 * concepts.size();
      int[] offsets = new int[concepts.size()];
      for (int i = 0; i < concepts.size(); i++) {
        offsets[i] = base + out.size();
        Concept concept = concepts.get(i);
        BinaryForm.writeString(out, concept.id());
        BinaryForm.writeString(out, concept.domain());
        BinaryForm.writeString(out, concept.origin());
        for (Language language : Lexicon.COLUMNS) {
          List<String> terms = concept.terms(language);
          out.writeShort(terms.size());
          for (String term : terms) {
            BinaryForm.writeString(out, term);
          }
        }
      }
      Integer[] byId = new Integer[concepts.size()];
      for (int i = 0; i < byId.length; i++) {
        byId[i] = i;
      }
      Arrays.sort(
          byId,
          (a, b) ->
              Arrays.compareUnsigned(
                  concepts.get(a).id().getBytes(StandardCharsets.UTF_8),
                  concepts.get(b).id().getBytes(StandardCharsets.UTF_8)));
      ByteArrayOutputStream body = new ByteArrayOutputStream(base + records.size());
      DataOutputStream head = new DataOutputStream(body);
      head.writeInt(concepts.size());
      for (int offset : offsets) {
        head.writeInt(offset);
      }
      for (Integer i : byId) {
        head.writeInt(offsets[i]);
      }
      records.writeTo(head);
      head.flush();
      return BinaryForm.write(MAGIC, fingerprint, body.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of concepts. */
  int size() {
    return size;
  }

  /**
   * A concept by its place in the file.
   *
   * @param ordinal 0 to {@link #size()} - 1
   * @return the concept
   */
  Concept at(int ordinal) {
    return decode(form.intAt(4 + 4 * ordinal));
  }

  /**
   * A concept by id.
   *
   * @param id the id
   * @return the concept, if the table holds it
   */
  Optional<Concept> get(String id) {
    byte[] key = id.getBytes(StandardCharsets.UTF_8);
    int low = 0;
    int high = size - 1;
    int sorted = 4 + 4 * size;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int offset = form.intAt(sorted + 4 * mid);
      int c = form.compare(key, offset);
      if (c == 0) {
        return Optional.of(decode(offset));
      } else if (c < 0) {
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return Optional.empty();
  }

  private Concept decode(int offset) {
    int at = offset;
    String id = form.stringAt(at);
    at += form.stringSize(at);
    String domain = form.stringAt(at);
    at += form.stringSize(at);
    String origin = form.stringAt(at);
    at += form.stringSize(at);
    Map<Language, List<String>> terms = new EnumMap<>(Language.class);
    for (Language language : Lexicon.COLUMNS) {
      int count = form.shortAt(at);
      at += 2;
      List<String> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(form.stringAt(at));
        at += form.stringSize(at);
      }
      terms.put(language, list);
    }
    return new Concept(id, domain, terms, origin);
  }
}
