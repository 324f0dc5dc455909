package io.github.loci.core.index;

import io.github.loci.core.ingest.RecordsFile;
import io.github.loci.core.ingest.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * The sources an index holds: listing them, a source's text, deleting sources, and removing those
 * whose files are gone. It reads the one source document each source has ({@link
 * PassageDocuments}).
 */
public final class Catalog {
  private static final Query ALL_SOURCES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE));

  /** The stored fields a listing reads: never the source's text. */
  private static final Set<String> INFO_FIELDS =
      Set.of(
          Fields.SOURCE_ID,
          Fields.TITLE,
          Fields.URL,
          Fields.PATH,
          Fields.LANG,
          Fields.LANG_DETECTED,
          Fields.LANG_CONFIDENCE,
          Fields.PASSAGE_COUNT,
          Fields.SOURCE_CHARS,
          Fields.HASH);

  private final IndexSession session;

  /**
   * Creates a catalog.
   *
   * @param session the open index
   */
  public Catalog(IndexSession session) {
    this.session = session;
  }

  /**
   * What is stored about one indexed source.
   *
   * @param info what a listing shows
   * @param hash its content-and-analysis hash
   */
  public record StoredSource(SourceInfo info, String hash) {}

  /**
   * Lists the indexed sources, by id. The list holds every source; {@link #forEach} visits them one
   * at a time.
   *
   * @return the sources
   * @throws IOException if the index cannot be read
   */
  public List<SourceInfo> sources() throws IOException {
    List<SourceInfo> list = new ArrayList<>();
    forEach(s -> list.add(s.info()));
    return java.util.Collections.unmodifiableList(list);
  }

  /**
   * Visits every indexed source, by id (in the order of their UTF-8 bytes), one at a time: it walks
   * the index's source ids in their sorted order and reads each source's stored fields as it goes,
   * so memory does not grow with the number of sources, beyond one bit per document that marks the
   * sources' own documents.
   *
   * @param visitor called with each source
   * @throws IOException if the index cannot be read
   */
  public void forEach(Consumer<StoredSource> visitor) throws IOException {
    IndexSearcher searcher = session.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      Terms ids = MultiTerms.getTerms(reader, Fields.SOURCE_ID);
      if (ids == null) {
        return;
      }
      FixedBitSet sourceDocs = liveSourceDocs(searcher);
      StoredFields stored = searcher.storedFields();
      TermsEnum terms = ids.iterator();
      PostingsEnum postings = null;
      while (terms.next() != null) {
        // An id's postings hold its passages and its source document (MultiTerms: global ids).
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (sourceDocs.get(doc)) {
            visitor.accept(decode(stored.document(doc, INFO_FIELDS), doc, stored));
          }
        }
      }
    } finally {
      session.release(searcher);
    }
  }

  /** The live source documents of a searcher's reader, by global doc id. */
  private static FixedBitSet liveSourceDocs(IndexSearcher searcher) throws IOException {
    FixedBitSet docs = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
    searcher.search(
        ALL_SOURCES,
        new SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
          }

          @Override
          public void collect(int doc) {
            docs.set(base + doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return docs;
  }

  /**
   * Finds a source in a searcher's view of the index, without reading its text.
   *
   * @param searcher the searcher
   * @param sourceId the source id
   * @return the source, or empty if it is not there
   * @throws IOException if the index cannot be read
   */
  public static Optional<StoredSource> find(IndexSearcher searcher, String sourceId)
      throws IOException {
    int doc = sourceDoc(searcher, sourceId);
    if (doc < 0) {
      return Optional.empty();
    }
    StoredFields stored = searcher.storedFields();
    return Optional.of(decode(stored.document(doc, INFO_FIELDS), doc, stored));
  }

  /**
   * Finds the id of the source read from a text file, in a searcher's view of the index.
   *
   * @param searcher the searcher
   * @param path the file's canonical path, as its source stores it
   * @return the id, or empty if no source has that path (or only records of a JSON Lines file)
   * @throws IOException if the index cannot be read
   */
  public static Optional<String> idOfFile(IndexSearcher searcher, Path path) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.PATH, path.toString())), Occur.FILTER)
            .add(ALL_SOURCES, Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, 2);
    if (top.scoreDocs.length != 1) {
      return Optional.empty();
    }
    return Optional.of(
        searcher
            .storedFields()
            .document(top.scoreDocs[0].doc, Set.of(Fields.SOURCE_ID))
            .get(Fields.SOURCE_ID));
  }

  /**
   * Counts the indexed sources.
   *
   * @return how many sources the index holds
   * @throws IOException if the index cannot be read
   */
  public int count() throws IOException {
    IndexSearcher searcher = session.acquire();
    try {
      return searcher.count(ALL_SOURCES);
    } finally {
      session.release(searcher);
    }
  }

  private static int sourceDoc(IndexSearcher searcher, String sourceId) throws IOException {
    if (Source.hasUnpairedSurrogate(sourceId)) {
      return -1;
    }
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.SOURCE_ID, sourceId)), Occur.FILTER)
            .add(ALL_SOURCES, Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  private static StoredSource decode(Document doc, int docId, StoredFields stored)
      throws IOException {
    var chars = doc.getField(Fields.SOURCE_CHARS);
    int length =
        chars != null
            // An index written before the length was stored: read the text.
            ? chars.numericValue().intValue()
            : stored.document(docId, Set.of(Fields.SOURCE_TEXT)).get(Fields.SOURCE_TEXT).length();
    SourceInfo info =
        new SourceInfo(
            doc.get(Fields.SOURCE_ID),
            doc.get(Fields.TITLE),
            Optional.ofNullable(doc.get(Fields.URL)),
            Optional.ofNullable(doc.get(Fields.PATH)),
            doc.get(Fields.LANG),
            Boolean.parseBoolean(doc.get(Fields.LANG_DETECTED)),
            doc.getField(Fields.LANG_CONFIDENCE).numericValue().doubleValue(),
            doc.getField(Fields.PASSAGE_COUNT).numericValue().intValue(),
            length);
    return new StoredSource(info, doc.get(Fields.HASH));
  }

  /**
   * Returns an indexed source's full text.
   *
   * @param sourceId the source id
   * @return its text, or empty if no such source is indexed
   * @throws IOException if the index cannot be read
   */
  public Optional<String> sourceText(String sourceId) throws IOException {
    IndexSearcher searcher = session.acquire();
    try {
      int doc = sourceDoc(searcher, sourceId);
      return doc < 0
          ? Optional.empty()
          : Optional.of(
              searcher
                  .storedFields()
                  .document(doc, Set.of(Fields.SOURCE_TEXT))
                  .get(Fields.SOURCE_TEXT));
    } finally {
      session.release(searcher);
    }
  }

  /**
   * Deletes sources and their passages, then commits and refreshes.
   *
   * @param ids the source ids
   * @return how many of them were indexed
   * @throws IOException if the index cannot be written
   */
  public int deleteAll(Collection<String> ids) throws IOException {
    // Every id checked before any is deleted: a failed call deletes nothing (Lucene would apply the
    // deletes buffered before the failure at the next commit, whoever makes it). An id given twice
    // counts once.
    Set<String> distinct = new LinkedHashSet<>();
    for (String id : ids) {
      distinct.add(Objects.requireNonNull(id, "a source id is null"));
    }
    IndexWriter w = session.writer();
    IndexWorkers.refuseWritesFromWorkers(session);
    synchronized (session.writeLock()) {
      // On the session's I/O thread: an interrupt of the caller would break the writer.
      return session.io(
          () -> {
            session.refresh(); // every source written so far is seen
            IndexSearcher searcher = session.acquire();
            int found = 0;
            try {
              for (String id : distinct) {
                if (sourceDoc(searcher, id) >= 0) {
                  w.deleteDocuments(new Term(Fields.SOURCE_ID, id));
                  found++;
                }
              }
            } finally {
              session.release(searcher);
            }
            session.commit();
            session.refresh();
            return found;
          });
    }
  }

  /**
   * Finds the sources read from files under these folders or files (text files, or the JSON Lines
   * files of records) that are known to be gone. A file that cannot be checked (a folder that
   * cannot be read, a link in a loop) is not known to be gone: its source is kept.
   *
   * @param roots the paths that were indexed; each is matched as given and by its canonical path
   * @return the ids of those sources, by id
   * @throws IOException if the index cannot be read
   */
  public List<String> missingFiles(Collection<Path> roots) throws IOException {
    List<Path> under = new ArrayList<>();
    for (Path root : roots) {
      Path absolute = root.toAbsolutePath().normalize();
      under.add(absolute);
      try {
        under.add(absolute.toRealPath());
      } catch (IOException e) {
        // A root that does not exist (now) is matched as given; a link whose target is gone, as
        // its target too, since sources store canonical paths (a link resolved when indexed).
        linkTarget(absolute).ifPresent(under::add);
      }
    }
    List<String> gone = new ArrayList<>();
    forEach(
        s -> {
          if (s.info().path().isEmpty()) {
            return;
          }
          Path file = Path.of(s.info().path().get());
          if (under.stream().anyMatch(file::startsWith) && Files.notExists(file)) {
            gone.add(s.info().id());
          }
        });
    return gone;
  }

  /**
   * Finds the sources indexed from JSON Lines files that those files, read again, no longer hold: a
   * record deleted from its file, or whose id changed.
   *
   * @param files JSON Lines files read to their end without a problem, with their ids
   * @return the ids of the sources read from one of them before that it no longer holds
   * @throws IOException if the index cannot be read
   */
  public List<String> missingRecords(Collection<RecordsFile> files) throws IOException {
    Set<String> paths = new java.util.HashSet<>();
    files.forEach(f -> paths.add(f.file().toString()));
    List<String> gone = new ArrayList<>();
    if (paths.isEmpty()) {
      return gone;
    }
    // A record another of the files holds has moved there: not gone (a run re-indexes it under
    // its new file; a dry run has not yet).
    java.util.function.Predicate<String> held = RecordsFile.anyHolds(files);
    forEach(
        s -> {
          String id = s.info().id();
          if (s.info().path().map(paths::contains).orElse(false) && !held.test(id)) {
            gone.add(id);
          }
        });
    return gone;
  }

  /**
   * Where a symbolic link points, through a chain of links, with the part of that path that exists
   * resolved to its canonical form ({@code /tmp} is {@code /private/tmp} on macOS); empty if it is
   * no link.
   */
  private static Optional<Path> linkTarget(Path link) {
    try {
      Path target = link;
      for (int hops = 0; hops < 40 && Files.isSymbolicLink(target); hops++) {
        // Relative to the folder the link is in, as the file system resolves it: "../x" in a
        // folder reached through another link is not the lexical parent's "x".
        Path parent = target.toAbsolutePath().getParent();
        Path folder = parent != null && Files.exists(parent) ? parent.toRealPath() : parent;
        Path to = Files.readSymbolicLink(target);
        // Not normalized: ".." after a link is the link target's parent, which only the file
        // system knows ("base/../x" where base is a link).
        target = folder == null ? to : folder.resolve(to);
      }
      if (target.equals(link)) {
        return Optional.empty();
      }
      Path existing = target;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      return Optional.of(
          existing == null
              ? target.normalize()
              : existing.toRealPath().resolve(existing.relativize(target)).normalize());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Removes the sources read from files under these folders or files that are known to be gone
   * ({@link #missingFiles}).
   *
   * @param roots the paths that were indexed
   * @return the ids of the sources removed
   * @throws IOException if the index cannot be written
   */
  public List<String> removeMissingFiles(Collection<Path> roots) throws IOException {
    IndexWorkers.refuseWritesFromWorkers(session);
    // Listed and deleted with no indexing run in between: a run that indexed a file again between
    // the two (a file restored while a run was in progress) saw its source deleted afterwards.
    synchronized (session.writeLock()) {
      List<String> gone = missingFiles(roots);
      if (!gone.isEmpty()) {
        deleteAll(gone);
      }
      return gone;
    }
  }
}
