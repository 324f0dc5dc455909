package io.github.loci.core.index;

import io.github.loci.core.amount.Amount;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.amount.Qualifier;
import io.github.loci.core.detect.DetectedLanguage;
import io.github.loci.core.segment.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a source and its passages into Lucene documents: one per passage, then one for the source
 * (its metadata, hash and text), to be added or replaced together in one atomic step.
 */
public final class PassageDocuments {
  /** Analyzed text with positions and offsets, for phrases and match spans; not stored. */
  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  private PassageDocuments() {}

  /**
   * Indexes a passage's amounts: their kinds (for filters and topic preferences), the sums of money
   * (points, for ranges; the largest as doc values, for sorting), the percentages (points) and all
   * of them, encoded, stored.
   */
  private static void addAmounts(Document doc, List<Amount> amounts) {
    if (amounts.isEmpty()) {
      return;
    }
    java.util.Set<AmountKind> kinds = java.util.EnumSet.noneOf(AmountKind.class);
    double max = Double.NEGATIVE_INFINITY;
    for (Amount amount : amounts) {
      kinds.add(amount.kind());
      if (amount.kind() == AmountKind.MONEY) {
        doc.add(new DoublePoint(Fields.AMOUNT_MONEY, amount.value()));
        max = Math.max(max, amount.value());
      } else if (amount.kind() == AmountKind.PERCENT) {
        doc.add(new DoublePoint(Fields.AMOUNT_PERCENT, amount.value()));
      }
    }
    kinds.forEach(
        k -> doc.add(new StringField(Fields.AMOUNT_KIND, Fields.kind(k), Field.Store.NO)));
    if (max > Double.NEGATIVE_INFINITY) {
      doc.add(new DoubleDocValuesField(Fields.AMOUNT_MAX, max));
    }
    doc.add(new StoredField(Fields.AMOUNTS, encode(amounts)));
  }

  /**
   * Encodes amounts for the stored field: one per line, {@code kind value currency qualifier start
   * end} separated by tabs (an empty currency when none is named).
   *
   * @param amounts the amounts
   * @return the encoding
   */
  public static String encode(List<Amount> amounts) {
    StringBuilder out = new StringBuilder();
    for (Amount a : amounts) {
      out.append(a.kind().name())
          .append('\t')
          .append(a.value())
          .append('\t')
          .append(a.currency().orElse(""))
          .append('\t')
          .append(a.qualifier().name())
          .append('\t')
          .append(a.start())
          .append('\t')
          .append(a.end())
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Decodes {@link #encode}.
   *
   * @param encoded the stored value, or null
   * @return the amounts, empty for null
   */
  public static List<Amount> decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return List.of();
    }
    List<Amount> amounts = new ArrayList<>();
    for (String line : encoded.split("\n")) {
      String[] f = line.split("\t", -1);
      amounts.add(
          new Amount(
              AmountKind.valueOf(f[0]),
              Double.parseDouble(f[1]),
              f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]),
              Qualifier.valueOf(f[3]),
              Integer.parseInt(f[4]),
              Integer.parseInt(f[5])));
    }
    return amounts;
  }

  /**
   * What is indexed about a source besides its passages.
   *
   * @param id the source id
   * @param title the title
   * @param url the URL, if any
   * @param path the local file, if any
   * @param language the language, declared (confidence 1) or detected
   * @param fields the language fields to index the passages in; empty for the neutral field only
   * @param detected whether the language was detected
   * @param hash the content-and-analysis hash
   * @param text the whole text
   */
  public record SourceMeta(
      String id,
      String title,
      Optional<String> url,
      Optional<String> path,
      DetectedLanguage language,
      List<String> fields,
      boolean detected,
      String hash,
      String text) {}

  /**
   * Marks a source's document with the analysis that indexed its passages ({@link
   * Fields#ANALYSIS}).
   *
   * @param documents the documents {@link #build} made: the source's is the last
   * @param analysisId the analysis's id
   * @return the documents
   */
  public static List<Document> withAnalysis(List<Document> documents, String analysisId) {
    documents.getLast().add(new StringField(Fields.ANALYSIS, analysisId, Field.Store.NO));
    return documents;
  }

  /**
   * Builds the documents of a source.
   *
   * @param meta the source's metadata
   * @param passages its passages
   * @param amounts the amounts of the whole text, in text order, offsets into the source's text:
   *     each passage gets those that lie wholly inside it, with offsets into the passage
   * @return the passage documents, then the source document
   */
  public static List<Document> build(
      SourceMeta meta, List<Passage> passages, List<Amount> amounts) {
    return build(meta, passages, amounts, List.of());
  }

  /**
   * Builds the documents of a source, each holding every one of {@code textFields}: a field a
   * document has no text for is added empty. An empty field adds no term and leaves the field's
   * statistics (document count, lengths) and every score as they were, but gives the document a
   * norm (0), so that each text field's norms are dense. Lucene reads a field's norms term by term
   * when it writes postings (for the impacts that let searches skip blocks) and when it scores: in
   * a field that only some documents have (each language's field holds that language's passages),
   * each of those reads scans the block's list of documents; a dense field reads a norm by
   * position. JFR, Europarl ×1, one thread: the sparse norms took 7% of indexing.
   *
   * @param meta the source's metadata
   * @param passages its passages
   * @param amounts as for {@link #build(SourceMeta, List, List)}
   * @param textFields every text field of the index, the neutral field included
   * @return the passage documents, then the source document
   */
  public static List<Document> build(
      SourceMeta meta, List<Passage> passages, List<Amount> amounts, List<String> textFields) {
    return build(meta, passages, amounts, textFields, (field, passage) -> null);
  }

  /** Where a passage's tokens in a text field are known without analyzing its text. */
  @FunctionalInterface
  interface PassageTokens {
    /**
     * A passage's tokens in a field.
     *
     * @param field the text field
     * @param passage the passage
     * @return its sentences' tokens, or null to analyze its text with the field's analyzer
     */
    SentenceTokens of(String field, Passage passage);

    /**
     * The text a passage's fields analyze where {@link #of} gives no tokens, of its text's length
     * (offsets are the text's).
     *
     * @param passage the passage
     * @return its text, by default
     */
    default String analyzedText(Passage passage) {
      return passage.text();
    }
  }

  /**
   * Builds the documents of a source as {@link #build(SourceMeta, List, List, List)} does, each
   * passage's text fields given the tokens {@code tokens} has for them.
   *
   * @param meta the source's metadata
   * @param passages its passages
   * @param amounts as for {@link #build(SourceMeta, List, List)}
   * @param textFields every text field of the index, the neutral field included
   * @param tokens the passages' tokens where known
   * @return the passage documents, then the source document
   */
  static List<Document> build(
      SourceMeta meta,
      List<Passage> passages,
      List<Amount> amounts,
      List<String> textFields,
      PassageTokens tokens) {
    List<Document> docs = new ArrayList<>(passages.size() + 1);
    List<String> passageLacks = new ArrayList<>();
    for (String field : textFields) {
      if (!field.equals(Fields.TEXT_NEUTRAL) && !meta.fields().contains(field)) {
        passageLacks.add(field);
      }
    }
    // One source's documents are inverted one after another on the calling thread, so they can
    // share one stream that never has a token.
    EmptyTokenStream empty = textFields.isEmpty() ? null : new EmptyTokenStream();
    int firstAmount = 0;
    for (Passage p : passages) {
      Document doc = new Document();
      common(doc, meta, Fields.TYPE_PASSAGE);
      doc.add(new StoredField(Fields.PASSAGE_ID, p.id()));
      doc.add(new NumericDocValuesField(Fields.ORDINAL, p.ordinal()));
      doc.add(new StoredField(Fields.ORDINAL, p.ordinal()));
      doc.add(new StoredField(Fields.START, p.start()));
      doc.add(new StoredField(Fields.END, p.end()));
      doc.add(new StoredField(Fields.SENTENCE_START, p.firstSentence()));
      doc.add(new StoredField(Fields.SENTENCE_END, p.endSentence()));
      doc.add(new NumericDocValuesField(Fields.TIER, p.furniture() ? 1 : 0));
      doc.add(new StoredField(Fields.TIER, p.furniture() ? 1 : 0));
      doc.add(new StoredField(Fields.TEXT, p.text()));
      // What each field analyzes when it replays no sentence tokens: one text for all of them.
      String analyzed = tokens.analyzedText(p);
      for (String field : meta.fields()) {
        doc.add(textField(field, p, analyzed, tokens));
      }
      doc.add(textField(Fields.TEXT_NEUTRAL, p, analyzed, tokens));
      for (String field : passageLacks) {
        doc.add(new Field(field, empty, TEXT_TYPE));
      }
      // Passages come in text order and amounts do not overlap, so the amounts of later passages
      // never start before the first that ends inside or after this one's start.
      while (firstAmount < amounts.size() && amounts.get(firstAmount).end() <= p.start()) {
        firstAmount++;
      }
      addAmounts(doc, within(amounts, firstAmount, p.start(), p.end()));
      docs.add(doc);
    }
    Document source = new Document();
    common(source, meta, Fields.TYPE_SOURCE);
    source.add(new StoredField(Fields.HASH, meta.hash()));
    source.add(new StoredField(Fields.PASSAGE_COUNT, passages.size()));
    source.add(new StoredField(Fields.SOURCE_TEXT, meta.text()));
    source.add(new StoredField(Fields.SOURCE_CHARS, meta.text().length()));
    source.add(new StoredField(Fields.LANG_DETECTED, Boolean.toString(meta.detected())));
    source.add(new StoredField(Fields.LANG_CONFIDENCE, meta.language().confidence()));
    for (String field : textFields) {
      source.add(new Field(field, empty, TEXT_TYPE));
    }
    docs.add(source);
    return docs;
  }

  private static Field textField(String field, Passage p, String analyzed, PassageTokens tokens) {
    SentenceTokens known = tokens.of(field, p);
    return known == null ? new Field(field, analyzed, TEXT_TYPE) : known.field(field, TEXT_TYPE, p);
  }

  /** The amounts from {@code from} on that lie wholly in [start, end), shifted to start at 0. */
  private static List<Amount> within(List<Amount> amounts, int from, int start, int end) {
    List<Amount> inside = new ArrayList<>();
    for (int i = from; i < amounts.size() && amounts.get(i).start() < end; i++) {
      Amount a = amounts.get(i);
      if (a.start() >= start && a.end() <= end) {
        inside.add(
            new Amount(
                a.kind(),
                a.value(),
                a.currency(),
                a.qualifier(),
                a.start() - start,
                a.end() - start));
      }
    }
    return inside;
  }

  private static void common(Document doc, SourceMeta meta, String type) {
    doc.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    doc.add(new StringField(Fields.SOURCE_ID, meta.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.SOURCE_ID, new BytesRef(meta.id())));
    doc.add(new StringField(Fields.LANG, meta.language().code(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, meta.title()));
    meta.url().ifPresent(u -> doc.add(new StoredField(Fields.URL, u)));
    meta.path().ifPresent(p -> doc.add(new StringField(Fields.PATH, p, Field.Store.YES)));
  }
}
