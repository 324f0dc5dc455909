package io.github.loci.core.index;

import io.github.loci.core.segment.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
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
   * What is indexed about a source besides its passages.
   *
   * @param id the source id
   * @param title the title
   * @param url the URL, if any
   * @param path the local file, if any
   * @param lang the language code (declared or detected)
   * @param fields the language fields to index the passages in; empty for the neutral field only
   * @param detected whether the language was detected
   * @param confidence the detection confidence (1 when declared)
   * @param hash the content-and-analysis hash
   * @param text the whole text
   */
  public record SourceMeta(
      String id,
      String title,
      Optional<String> url,
      Optional<String> path,
      String lang,
      List<String> fields,
      boolean detected,
      double confidence,
      String hash,
      String text) {}

  /**
   * Builds the documents of a source.
   *
   * @param meta the source's metadata
   * @param passages its passages
   * @return the passage documents, then the source document
   */
  public static List<Document> build(SourceMeta meta, List<Passage> passages) {
    List<Document> docs = new ArrayList<>(passages.size() + 1);
    for (Passage p : passages) {
      Document doc = new Document();
      common(doc, meta, Fields.TYPE_PASSAGE);
      doc.add(new StringField(Fields.PASSAGE_ID, p.id(), Field.Store.YES));
      doc.add(new NumericDocValuesField(Fields.ORDINAL, p.ordinal()));
      doc.add(new StoredField(Fields.ORDINAL, p.ordinal()));
      doc.add(new StoredField(Fields.START, p.start()));
      doc.add(new StoredField(Fields.END, p.end()));
      doc.add(new StoredField(Fields.SENTENCE_START, p.firstSentence()));
      doc.add(new StoredField(Fields.SENTENCE_END, p.endSentence()));
      doc.add(new NumericDocValuesField(Fields.TIER, p.furniture() ? 1 : 0));
      doc.add(new StoredField(Fields.TIER, p.furniture() ? 1 : 0));
      doc.add(new StoredField(Fields.TEXT, p.text()));
      for (String field : meta.fields()) {
        doc.add(new Field(field, p.text(), TEXT_TYPE));
      }
      doc.add(new Field(Fields.TEXT_NEUTRAL, p.text(), TEXT_TYPE));
      docs.add(doc);
    }
    Document source = new Document();
    common(source, meta, Fields.TYPE_SOURCE);
    source.add(new StoredField(Fields.HASH, meta.hash()));
    source.add(new StoredField(Fields.PASSAGE_COUNT, passages.size()));
    source.add(new StoredField(Fields.SOURCE_TEXT, meta.text()));
    source.add(new StoredField(Fields.LANG_DETECTED, Boolean.toString(meta.detected())));
    source.add(new StoredField(Fields.LANG_CONFIDENCE, meta.confidence()));
    docs.add(source);
    return docs;
  }

  private static void common(Document doc, SourceMeta meta, String type) {
    doc.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    doc.add(new StringField(Fields.SOURCE_ID, meta.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.SOURCE_ID, new BytesRef(meta.id())));
    doc.add(new StringField(Fields.LANG, meta.lang(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, meta.title()));
    meta.url().ifPresent(u -> doc.add(new StoredField(Fields.URL, u)));
    meta.path().ifPresent(p -> doc.add(new StoredField(Fields.PATH, p)));
  }
}
