package io.github.loci.core;

import io.github.loci.analyzers.Language;
import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.DetectedLanguage;
import io.github.loci.core.detect.LanguageDetector;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.index.Fields;
import io.github.loci.core.index.IndexFormat;
import io.github.loci.core.index.IndexLockedException;
import io.github.loci.core.index.PassageDocuments;
import io.github.loci.core.ingest.IngestException;
import io.github.loci.core.ingest.IngestResult;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.LanguageScaledSearcher;
import io.github.loci.core.search.PassageSearcher;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topics;
import io.github.loci.core.segment.Passage;
import io.github.loci.core.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Loci: index sources in several languages and find ranked, cited evidence passages.
 *
 * <p>A {@code Loci} is thread-safe: searches run while sources are indexed, and see them once
 * {@link #index} returns (it refreshes the near-real-time reader). Each source's passages are added
 * or replaced in one atomic step, and every {@link #index} call ends with a commit, so an on-disk
 * index is never left half-written. {@link #close()} releases the index (and its write lock) and
 * the analyzers.
 *
 * {@snippet :
 * try (Loci loci = Loci.inMemory()) {
 *   loci.index(List.of(Source.of("a", "Alibaba", "Alibaba abrió un centro de datos en Colombia.")));
 *   for (Hit hit : loci.search("data centres").hits()) {
 *     System.out.println(hit.sourceId() + " " + hit.text());
 *   }
 * }
 * }
 */
public final class Loci implements AutoCloseable {
  /**
   * BM25's k1 for passages: 0.7, chosen on XQuAD en, es and vi together (k1 from 0.5 to 1.5 tried;
   * with b 0.4, mean MRR@10 0.8854 at 0.6 and 0.7, 0.8851 at 0.5, 0.8842 at 0.9). A lower k1
   * saturates term frequency sooner, which suits short passages, and Vietnamese above all, whose
   * syllables recur within a passage as parts of different words. Lucene's default is 1.2.
   */
  public static final float DEFAULT_K1 = 0.7f;

  /**
   * BM25's b for passages: 0.4, chosen on XQuAD (b from 0.3 to 0.75 tried, with k1 0.9 and 0.7):
   * passages are of similar length, so length normalization matters less. Lucene's default is 0.75.
   */
  public static final float DEFAULT_B = 0.4f;

  /** Identifies everything that changes how a source is indexed; part of each source's hash. */
  static final String FORMAT_ID = "format=" + IndexFormat.VERSION + ";seg=1";

  private final Optional<Path> path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analysis analysis;
  private final BM25Similarity similarity;
  private final Segmenter segmenter;
  private final LanguageDetector detector;
  private final Topics topics;
  private final PassageSearcher passageSearcher;
  private final Lexicon lexicon;
  private final ConceptMatcher concepts;
  private final Object writeLock = new Object();
  private volatile boolean closed;

  private Loci(Builder b) throws IOException {
    this.path = Optional.ofNullable(b.path);
    this.segmenter = b.segmenter;
    this.topics = b.topics;
    this.detector = b.detector != null ? b.detector : LanguageDetectors.defaultDetector();
    this.analysis = new Analysis(b.profile, b.tunedQueries);
    this.lexicon = b.lexicon;
    try {
      // The built-in lexicon is checked by Loci's tests: analyzing it waits for the first search.
      this.concepts =
          lexicon == Lexicon.builtIn()
              ? ConceptMatcher.lazy(lexicon, analysis)
              : new ConceptMatcher(lexicon, analysis);
      this.passageSearcher = new PassageSearcher(analysis, topics, concepts);
    } catch (IOException | RuntimeException e) {
      analysis.close();
      throw e;
    }
    this.similarity = new BM25Similarity(b.k1, b.b);
    SearcherFactory searcherFactory =
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
              throws IOException {
            IndexSearcher searcher = new LanguageScaledSearcher(reader);
            searcher.setSimilarity(similarity);
            return searcher;
          }
        };
    String where = path.map(Path::toString).orElse("in-memory index");
    Directory dir = null;
    IndexWriter w = null;
    try {
      if (b.path != null) {
        if (!b.readOnly) {
          Files.createDirectories(b.path);
        }
        dir = FSDirectory.open(b.path);
      } else {
        dir = new ByteBuffersDirectory();
      }
      boolean exists = DirectoryReader.indexExists(dir);
      if (exists) {
        IndexFormat.check(where, SegmentInfos.readLatestCommit(dir).getUserData());
      } else if (b.readOnly) {
        throw new IOException("no Loci index at " + where + " (create one with `loci index`)");
      }
      if (b.readOnly) {
        this.searchers = new SearcherManager(dir, searcherFactory);
      } else {
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(b.ramBufferMb);
        config.setSimilarity(similarity);
        try {
          w = new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
          throw new IndexLockedException(
              "index is locked: "
                  + where
                  + " is open for writing by another Loci instance or process; close it first",
              e);
        }
        if (!exists) {
          commit(w);
        }
        this.searchers = new SearcherManager(w, searcherFactory);
      }
    } catch (IOException | RuntimeException e) {
      closeQuietly(w);
      closeQuietly(dir);
      analysis.close();
      throw e;
    }
    this.directory = dir;
    this.writer = w;
  }

  /**
   * Opens a new, empty in-memory index with the default settings.
   *
   * @return the instance
   * @throws IOException never in practice: in-memory directories do no I/O
   */
  public static Loci inMemory() throws IOException {
    return builder().build();
  }

  /**
   * Opens or creates an on-disk index for reading and writing.
   *
   * @param directory the index folder, created if missing
   * @return the instance
   * @throws IndexLockedException if another writer holds the index
   * @throws io.github.loci.core.index.IncompatibleIndexException if the folder holds another
   *     version's or a non-Loci index
   * @throws IOException if the folder cannot be read or written
   */
  public static Loci open(Path directory) throws IOException {
    return builder().directory(directory).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder: in memory, read-write, built-in topics, default detector and segmenter
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Indexes sources read from files, and reports the ones the reader skipped too.
   *
   * @param ingested what {@link io.github.loci.core.ingest.SourceReader} read
   * @return the report, including the reader's skipped sources
   * @throws IOException if the index cannot be written
   */
  public IndexReport index(IngestResult ingested) throws IOException {
    IndexReport report = index(ingested.sources());
    List<IngestException> skipped = new ArrayList<>(ingested.skipped());
    skipped.addAll(report.skipped());
    return new IndexReport(report.outcomes(), skipped, report.elapsed());
  }

  /**
   * Adds or replaces sources: a source whose text, metadata and analysis are unchanged is left as
   * it is; one that fails is reported and the others go on. Ends with a commit and a refresh.
   *
   * @param sources the sources, with unique ids
   * @return what happened to each source
   * @throws IOException if the index cannot be written
   * @throws IllegalStateException if this instance is read-only or closed
   */
  public IndexReport index(Collection<Source> sources) throws IOException {
    IndexWriter w = writer();
    long started = System.nanoTime();
    List<IndexReport.Outcome> outcomes = new ArrayList<>();
    List<IngestException> skipped = new ArrayList<>();
    synchronized (writeLock) {
      Set<String> seen = new HashSet<>();
      IndexSearcher current = searchers.acquire();
      try {
        for (Source source : sources) {
          if (!seen.add(source.id())) {
            skipped.add(
                new IngestException.Rejected(
                    source.id(), "the same source id appears twice in one indexing call", null));
            continue;
          }
          try {
            outcomes.add(indexOne(w, current, source));
          } catch (RuntimeException e) {
            skipped.add(
                new IngestException.Rejected(
                    source.location().orElse(source.id()), "could not be indexed: " + e, e));
          }
        }
      } finally {
        searchers.release(current);
      }
      commit(w);
      searchers.maybeRefreshBlocking();
    }
    return new IndexReport(outcomes, skipped, Duration.ofNanos(System.nanoTime() - started));
  }

  private IndexReport.Outcome indexOne(IndexWriter w, IndexSearcher current, Source source)
      throws IOException {
    String hash = hash(source);
    Optional<Document> existing = sourceDocument(current, source.id());
    if (existing.isPresent() && hash.equals(existing.get().get(Fields.HASH))) {
      Document doc = existing.get();
      return new IndexReport.Outcome(
          source.id(),
          IndexReport.Status.UNCHANGED,
          doc.get(Fields.LANG),
          Boolean.parseBoolean(doc.get(Fields.LANG_DETECTED)),
          doc.getField(Fields.PASSAGE_COUNT).numericValue().intValue());
    }
    String lang;
    double confidence;
    boolean detected = source.language().isEmpty();
    if (detected) {
      DetectedLanguage guess = detector.detect(source.text());
      lang = guess.code();
      confidence = guess.confidence();
    } else {
      lang = Locale.forLanguageTag(source.language().get().replace('_', '-')).getLanguage();
      lang = lang.isEmpty() ? DetectedLanguage.UNDETERMINED : lang;
      confidence = 1;
    }
    Optional<Language> language = Language.forCode(lang);
    Locale locale = language.map(Language::locale).orElse(Locale.forLanguageTag(lang));
    List<Passage> passages = segmenter.passages(source.id(), source.text(), locale);
    PassageDocuments.SourceMeta meta =
        new PassageDocuments.SourceMeta(
            source.id(),
            source.title(),
            source.url(),
            source.path().map(Path::toString),
            lang,
            language
                .map(l -> analysis.fields(l).stream().map(f -> f.name()).toList())
                .orElse(List.of()),
            detected,
            confidence,
            hash,
            source.text());
    w.updateDocuments(
        new Term(Fields.SOURCE_ID, source.id()), PassageDocuments.build(meta, passages));
    return new IndexReport.Outcome(
        source.id(),
        existing.isPresent() ? IndexReport.Status.REPLACED : IndexReport.Status.ADDED,
        lang,
        detected,
        passages.size());
  }

  private String hash(Source source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          List.of(
              FORMAT_ID,
              analysis.id(),
              source.language().orElse("detect:" + detector.name()),
              source.title(),
              source.url().orElse(""),
              source.path().map(Path::toString).orElse(""),
              source.text())) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /**
   * Searches free text: the top {@value SearchRequest#DEFAULT_LIMIT} passages.
   *
   * @param query text in any language, with optional quoted phrases
   * @return the hits
   * @throws IOException if the index cannot be read
   */
  public SearchResult search(String query) throws IOException {
    return search(SearchRequest.of(query));
  }

  /**
   * Searches.
   *
   * @param request the query, filters and page
   * @return the hits
   * @throws IOException if the index cannot be read
   * @throws IllegalArgumentException if the request names an unknown topic
   */
  public SearchResult search(SearchRequest request) throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      return passageSearcher.search(searcher, request);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Lists the indexed sources, by id.
   *
   * @return the sources
   * @throws IOException if the index cannot be read
   */
  public List<SourceInfo> sources() throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      Query all = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE));
      int count = searcher.count(all);
      if (count == 0) {
        return List.of();
      }
      TopDocs top =
          searcher.search(
              all, count, new Sort(new SortField(Fields.SOURCE_ID, SortField.Type.STRING)));
      StoredFields stored = searcher.storedFields();
      List<SourceInfo> list = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc);
        list.add(
            new SourceInfo(
                doc.get(Fields.SOURCE_ID),
                doc.get(Fields.TITLE),
                Optional.ofNullable(doc.get(Fields.URL)),
                Optional.ofNullable(doc.get(Fields.PATH)),
                doc.get(Fields.LANG),
                Boolean.parseBoolean(doc.get(Fields.LANG_DETECTED)),
                doc.getField(Fields.LANG_CONFIDENCE).numericValue().doubleValue(),
                doc.getField(Fields.PASSAGE_COUNT).numericValue().intValue(),
                doc.get(Fields.SOURCE_TEXT).length()));
      }
      return list;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Returns an indexed source's full text, to check or widen a citation.
   *
   * @param sourceId the source id
   * @return its text, or empty if no such source is indexed
   * @throws IOException if the index cannot be read
   */
  public Optional<String> sourceText(String sourceId) throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      return sourceDocument(searcher, sourceId).map(d -> d.get(Fields.SOURCE_TEXT));
    } finally {
      searchers.release(searcher);
    }
  }

  private static Optional<Document> sourceDocument(IndexSearcher searcher, String sourceId)
      throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.SOURCE_ID, sourceId)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE)), Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  /**
   * Deletes a source and its passages.
   *
   * @param sourceId the source id
   * @return whether it was indexed
   * @throws IOException if the index cannot be written
   */
  public boolean delete(String sourceId) throws IOException {
    return deleteAll(List.of(sourceId)) == 1;
  }

  private int deleteAll(Collection<String> ids) throws IOException {
    IndexWriter w = writer();
    synchronized (writeLock) {
      IndexSearcher searcher = searchers.acquire();
      int found = 0;
      try {
        for (String id : ids) {
          if (sourceDocument(searcher, id).isPresent()) {
            w.deleteDocuments(new Term(Fields.SOURCE_ID, id));
            found++;
          }
        }
      } finally {
        searchers.release(searcher);
      }
      commit(w);
      searchers.maybeRefreshBlocking();
      return found;
    }
  }

  /**
   * Removes the sources read from files under these folders or files that no longer exist.
   *
   * @param roots the paths that were indexed
   * @return the ids of the sources removed
   * @throws IOException if the index cannot be written
   */
  public List<String> removeMissingFiles(Collection<Path> roots) throws IOException {
    List<Path> absolute = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<String> gone = new ArrayList<>();
    for (SourceInfo info : sources()) {
      if (info.path().isEmpty()) {
        continue;
      }
      Path file = Path.of(info.path().get());
      if (absolute.stream().anyMatch(file::startsWith) && !Files.exists(file)) {
        gone.add(info.id());
      }
    }
    if (!gone.isEmpty()) {
      deleteAll(gone);
    }
    return gone;
  }

  /**
   * Makes changes committed by another process visible (read-only instances); a writer's own
   * changes are visible as soon as {@link #index} or {@link #delete} returns.
   *
   * @throws IOException if the index cannot be read
   */
  public void refresh() throws IOException {
    ensureOpen();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Returns the lexicon free text is translated with.
   *
   * @return the lexicon
   */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Returns the lexicon's matcher, built with this instance's query analyzers: which concepts a
   * text names, and how much of a text the lexicon covers.
   *
   * @return the matcher
   */
  public ConceptMatcher concepts() {
    return concepts;
  }

  /**
   * Returns the topics queries are expanded with.
   *
   * @return the topics
   */
  public Topics topics() {
    return topics;
  }

  /**
   * Returns the language detector used for sources without a declared language.
   *
   * @return the detector
   */
  public LanguageDetector detector() {
    return detector;
  }

  /**
   * Where the index is.
   *
   * @return its folder, or empty for an in-memory index
   */
  public Optional<Path> path() {
    return path;
  }

  private IndexWriter writer() {
    ensureOpen();
    if (writer == null) {
      throw new IllegalStateException("this Loci was opened read-only");
    }
    return writer;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this Loci is closed");
    }
  }

  private static void commit(IndexWriter w) throws IOException {
    w.setLiveCommitData(IndexFormat.commitData().entrySet());
    w.commit();
  }

  /**
   * Closes the index (committing nothing new: every change was committed when it was made),
   * releases its write lock and closes the analyzers. Idempotent.
   *
   * @throws IOException if the index cannot be closed
   */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        searchers.close();
      } finally {
        try {
          if (writer != null) {
            writer.close();
          }
        } finally {
          try {
            directory.close();
          } finally {
            analysis.close();
          }
        }
      }
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // already failing: the original exception is the one to report
      }
    }
  }

  /** Configures a {@link Loci}; not thread-safe. */
  public static final class Builder {
    private Path path;
    private boolean readOnly;
    private Topics topics = Topics.builtIn();
    private Lexicon lexicon = Lexicon.builtIn();
    private Segmenter segmenter = Segmenter.defaults();
    private LanguageDetector detector;
    private double ramBufferMb = 32;
    private Analysis.Profile profile = Analysis.Profile.LOCI;
    private boolean tunedQueries = true;
    private float k1 = DEFAULT_K1;
    private float b = DEFAULT_B;

    private Builder() {}

    /**
     * Uses an on-disk index (default: in memory).
     *
     * @param directory the index folder, created if missing unless read-only
     * @return this builder
     */
    public Builder directory(Path directory) {
      this.path = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Opens the index for searching only (default: read-write). A read-only instance takes no lock,
     * so it can search while another process indexes; {@link #refresh()} shows its commits.
     *
     * @param readOnly whether to open read-only
     * @return this builder
     */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /**
     * Sets the topics queries are expanded with (default: {@link Topics#builtIn()}).
     *
     * @param topics the topics; {@code Topics.builtIn().with(mine)} extends the built-in ones
     * @return this builder
     */
    public Builder topics(Topics topics) {
      this.topics = Objects.requireNonNull(topics, "topics");
      return this;
    }

    /**
     * Sets the lexicon free text is translated with and topics name concepts of (default: {@link
     * Lexicon#builtIn()}).
     *
     * @param lexicon the lexicon; {@code Lexicon.builtIn().with(Lexicon.load(file))} extends the
     *     built-in one, {@link Lexicon#empty()} turns translation off
     * @return this builder
     */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * Sets how sources are split into passages (default: {@link Segmenter#defaults()}).
     *
     * @param segmenter the segmenter
     * @return this builder
     */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /**
     * Sets the language detector (default: {@link LanguageDetectors#defaultDetector()}).
     *
     * @param detector a thread-safe detector
     * @return this builder
     */
    public Builder detector(LanguageDetector detector) {
      this.detector = Objects.requireNonNull(detector, "detector");
      return this;
    }

    /**
     * Sets the indexing buffer (default 32 MB): more is faster for large batches, and costs heap.
     *
     * @param megabytes the buffer size
     * @return this builder
     */
    public Builder ramBufferMb(double megabytes) {
      if (!(megabytes >= 1)) {
        throw new IllegalArgumentException("RAM buffer must be at least 1 MB: " + megabytes);
      }
      this.ramBufferMb = megabytes;
      return this;
    }

    /**
     * Chooses the analyzers of the language fields (default {@link Analysis.Profile#LOCI}); the
     * Lucene profiles are baselines for benchmarks. Changing it re-indexes every source.
     *
     * @param profile the analyzers
     * @return this builder
     */
    public Builder analyzers(Analysis.Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Whether queries use Loci's query-side analysis (default true): question words dropped,
     * numbers read both ways. False analyzes queries as indexed text, for benchmarks.
     *
     * @param tuned whether to tune the query side
     * @return this builder
     */
    public Builder tunedQueries(boolean tuned) {
      this.tunedQueries = tuned;
      return this;
    }

    /**
     * Sets BM25's parameters (default {@value Loci#DEFAULT_K1} and {@value Loci#DEFAULT_B}, chosen
     * on XQuAD passages; Lucene's defaults are 1.2 and 0.75).
     *
     * @param k1 term-frequency saturation
     * @param b length normalization, from 0 to 1
     * @return this builder
     */
    public Builder bm25(float k1, float b) {
      if (!(k1 >= 0) || !(b >= 0 && b <= 1)) {
        throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1");
      }
      this.k1 = k1;
      this.b = b;
      return this;
    }

    /**
     * Opens the index.
     *
     * @return the instance
     * @throws IndexLockedException if another writer holds an on-disk index
     * @throws IOException if the index cannot be opened or is not compatible
     */
    public Loci build() throws IOException {
      return new Loci(this);
    }
  }
}
