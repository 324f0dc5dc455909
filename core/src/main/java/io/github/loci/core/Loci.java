package io.github.loci.core;

import io.github.loci.core.analyze.Analysis;
import io.github.loci.core.detect.LanguageDetector;
import io.github.loci.core.detect.LanguageDetectors;
import io.github.loci.core.index.Catalog;
import io.github.loci.core.index.CommitPolicy;
import io.github.loci.core.index.IndexListener;
import io.github.loci.core.index.IndexLockedException;
import io.github.loci.core.index.IndexReport;
import io.github.loci.core.index.IndexRun;
import io.github.loci.core.index.IndexSession;
import io.github.loci.core.index.SourceIndexer;
import io.github.loci.core.index.SourceInfo;
import io.github.loci.core.ingest.IngestResult;
import io.github.loci.core.ingest.Source;
import io.github.loci.core.ingest.SourceFeed;
import io.github.loci.core.lexicon.ConceptMatcher;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.LanguageScaledSearcher;
import io.github.loci.core.search.PassageSearcher;
import io.github.loci.core.search.SearchRequest;
import io.github.loci.core.search.SearchResult;
import io.github.loci.core.search.Topics;
import io.github.loci.core.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Loci: index sources in several languages and find ranked, cited evidence passages.
 *
 * <p>A {@code Loci} is thread-safe: searches run while sources are indexed, and see them once
 * {@link #index} returns (it refreshes the near-real-time reader). Indexing streams sources through
 * a pool of workers ({@link Builder#threads}) and commits as it goes ({@link
 * Builder#commitPolicy}); each source's passages are added or replaced in one atomic step, so an
 * on-disk index is never left half-written, whatever stops the process. {@link #close()} releases
 * the index (and its write lock) and the analyzers.
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

  /**
   * The most indexing threads a {@code Loci} takes: each holds batches in flight, and more threads
   * than cores only wait.
   */
  public static final int MAX_THREADS = 256;

  private final IndexSession session;
  private final Catalog catalog;
  private final SourceIndexer sourceIndexer;
  private final Analysis analysis;
  private final BM25Similarity similarity;
  private final LanguageDetector detector;
  private final Topics topics;
  private final PassageSearcher passageSearcher;
  private final Lexicon lexicon;
  private final ConceptMatcher concepts;
  private final int threads;
  private final CommitPolicy commitPolicy;
  private final Lifecycle lifecycle;

  private Loci(Builder b) throws IOException {
    this.topics = b.topics != null ? b.topics : defaultTopics(b.lexicon);
    this.detector = b.detector != null ? b.detector : LanguageDetectors.defaultDetector();
    this.analysis = new Analysis(b.profile, b.tunedQueries);
    this.lexicon = b.lexicon;
    this.threads = b.threads;
    this.commitPolicy = b.commitPolicy;
    try {
      // The built-in lexicon is checked by Loci's tests: analyzing it waits for the first search.
      this.concepts =
          lexicon == Lexicon.builtIn()
              ? ConceptMatcher.lazy(lexicon, analysis)
              : new ConceptMatcher(lexicon, analysis);
      this.passageSearcher = new PassageSearcher(analysis, topics, concepts);
      this.similarity = new BM25Similarity(b.k1, b.b);
    } catch (IOException | RuntimeException e) {
      analysis.close();
      throw e;
    }
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
    try {
      this.session =
          IndexSession.open(
              Optional.ofNullable(b.path),
              b.readOnly,
              analysis.indexAnalyzer(),
              similarity,
              searcherFactory,
              b.ramBufferMb);
    } catch (IOException | RuntimeException e) {
      analysis.close();
      throw e;
    }
    this.catalog = new Catalog(session);
    this.sourceIndexer = new SourceIndexer(analysis, b.segmenter, detector);
    IndexSession opened = session;
    this.lifecycle =
        new Lifecycle(
            opened::requestClose,
            () -> {
              try {
                opened.close();
              } finally {
                analysis.close();
              }
            });
  }

  /**
   * The topics when none are set: the built-in ones, which name the built-in lexicon's concepts,
   * with a lexicon that holds them all ({@code Lexicon.builtIn().with(mine)}); none with one that
   * does not ({@link Lexicon#empty()}, a lexicon of one's own), which would refuse them.
   */
  private static Topics defaultTopics(Lexicon lexicon) {
    Topics builtIn = Topics.builtIn();
    if (lexicon == Lexicon.builtIn()) {
      return builtIn;
    }
    boolean holdsThem =
        builtIn.all().stream()
            .flatMap(t -> t.concepts().keySet().stream())
            .allMatch(id -> lexicon.get(id).isPresent());
    return holdsThem ? builtIn : Topics.none();
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
   * Indexes sources read from files into memory, and reports the ones the reader skipped too.
   *
   * @param ingested what {@link io.github.loci.core.ingest.SourceReader#read} read
   * @return the report, including the reader's skipped sources
   * @throws IOException if the index cannot be written
   */
  public IndexReport index(IngestResult ingested) throws IOException {
    return index(SourceFeed.of(ingested), IndexListener.NONE);
  }

  /**
   * Adds or replaces sources: a source whose text, metadata and analysis are unchanged is left as
   * it is; one that fails is reported and the others go on; a second source with an id already
   * given in this call is reported, not indexed. Commits as it goes and at the end, then refreshes.
   * When the iteration throws (or gives null), the sources it gave before are indexed and
   * committed, whatever the threads, and then the exception is thrown.
   *
   * @param sources the sources, iterated once
   * @return what happened
   * @throws IOException if the index cannot be written
   * @throws IllegalStateException if this instance is read-only or closed
   * @throws NullPointerException if {@code sources} holds null
   */
  public IndexReport index(Iterable<Source> sources) throws IOException {
    return index(SourceFeed.of(sources), IndexListener.NONE);
  }

  /**
   * Adds or replaces a stream of sources, as {@link #index(Iterable)} does; the stream is read one
   * source at a time, and left open (close it if it holds resources, such as {@code Files.lines}).
   *
   * @param sources the sources
   * @return what happened
   * @throws IOException if the index cannot be written
   */
  public IndexReport index(Stream<Source> sources) throws IOException {
    return index(sources::iterator);
  }

  /**
   * Indexes a feed of sources ({@link io.github.loci.core.ingest.SourceReader#open} reads files and
   * folders one source at a time) with {@link Builder#threads} workers, committing as it goes
   * ({@link Builder#commitPolicy}): a run's memory does not depend on how many sources it has, and
   * a killed run loses at most one commit interval; run again, it skips what was committed.
   *
   * @param feed the sources and the problems met reading them; read to its end, not closed
   * @param listener hears the progress about once a second and after each commit
   * @return what happened
   * @throws IOException if the index cannot be written (what was committed stays)
   * @throws IllegalStateException if this instance is read-only or closed
   */
  public IndexReport index(SourceFeed feed, IndexListener listener) throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      return new IndexRun(session, sourceIndexer, threads, commitPolicy).run(feed, listener);
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
    try (Lifecycle.Use use = lifecycle.use()) {
      IndexSearcher searcher = session.acquire();
      try {
        return passageSearcher.search(searcher, request);
      } finally {
        session.release(searcher);
      }
    }
  }

  /**
   * Counts the sources that another analysis indexed than this Loci's: an older version of Loci's
   * analysis, or another {@code Builder.analyzers} profile. Their passages' terms are not those
   * queries are analyzed into, so searches may miss them (each search then carries a note); {@link
   * #index} given the same sources again updates them.
   *
   * @return how many sources need indexing again, 0 for an index this analysis wrote
   * @throws IOException if the index cannot be read
   */
  public long sourcesOfAnotherAnalysis() throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      IndexSearcher searcher = session.acquire();
      try {
        return ((LanguageScaledSearcher) searcher).sourcesOfAnotherAnalysis(analysis.id());
      } finally {
        session.release(searcher);
      }
    }
  }

  /**
   * Lists the indexed sources, by id. The list holds them all: for an archive of many sources,
   * {@link #forEachSource} visits them one at a time.
   *
   * @return the sources
   * @throws IOException if the index cannot be read
   */
  public List<SourceInfo> sources() throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.sources();
    }
  }

  /**
   * Visits the indexed sources one at a time, by id, without holding them all in memory.
   *
   * @param action called with each source, on the caller's thread
   * @throws IOException if the index cannot be read
   */
  public void forEachSource(Consumer<? super SourceInfo> action) throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      catalog.forEach(s -> action.accept(s.info()));
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
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.sourceText(sourceId);
    }
  }

  /**
   * Deletes a source and its passages.
   *
   * @param sourceId the source id
   * @return whether it was indexed
   * @throws IOException if the index cannot be written
   */
  public boolean delete(String sourceId) throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.deleteAll(List.of(sourceId)) == 1;
    }
  }

  /**
   * Counts the indexed sources.
   *
   * @return how many sources the index holds
   * @throws IOException if the index cannot be read
   */
  public int sourceCount() throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.count();
    }
  }

  /**
   * Deletes sources and their passages, in one commit.
   *
   * @param sourceIds the source ids
   * @return how many of them were indexed
   * @throws IOException if the index cannot be written
   */
  public int delete(Collection<String> sourceIds) throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.deleteAll(sourceIds);
    }
  }

  /**
   * Finds the sources read from files under these folders or files that are known to be gone: a
   * text file, or the JSON Lines file that held records. A file that cannot be checked (a folder
   * that cannot be read) is not known to be gone, and its sources are not listed.
   *
   * @param roots the paths that were indexed
   * @return the ids of those sources
   * @throws IOException if the index cannot be read
   */
  public List<String> missingFiles(Collection<Path> roots) throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.missingFiles(roots);
    }
  }

  /**
   * Finds the sources indexed from JSON Lines files that those files no longer hold (a record
   * deleted from a file that is still there, or whose id changed), given the files as a feed read
   * them to their end ({@link io.github.loci.core.ingest.SourceReader#openKeepingRecordIds}).
   *
   * @param files the JSON Lines files read, with their records' ids
   * @return the ids of those sources
   * @throws IOException if the index cannot be read
   */
  public List<String> missingRecords(Collection<io.github.loci.core.ingest.RecordsFile> files)
      throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.missingRecords(files);
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
    try (Lifecycle.Use use = lifecycle.use()) {
      return catalog.removeMissingFiles(roots);
    }
  }

  /**
   * Makes changes committed by another process visible (read-only instances); a writer's own
   * changes are visible as soon as {@link #index} or {@link #delete} returns.
   *
   * @throws IOException if the index cannot be read
   */
  public void refresh() throws IOException {
    try (Lifecycle.Use use = lifecycle.use()) {
      session.refresh();
    }
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
   * text names, and how much of a text the lexicon covers. It uses this instance's analyzers, and
   * is not to be used once this instance is closed.
   *
   * @return the matcher
   * @throws IllegalStateException if this instance is closed
   */
  public ConceptMatcher concepts() {
    // Its analyzers close with this Loci: after close, "this Loci is closed", not Lucene's error.
    lifecycle.requireOpen();
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
    return session.path();
  }

  /**
   * Closes the index, releases its write lock and closes the analyzers, once the calls in progress
   * have returned: an {@link #index} run is asked to stop, and commits what it has in flight;
   * searches finish. A call begun after close fails with {@link IllegalStateException} ("this Loci
   * is closed"). Called from inside a call (an {@link IndexListener} of an index run), it takes
   * effect when that call returns. Every finished {@link #index} and {@link #delete} has committed;
   * what a failed run wrote is committed on close (each source whole). Idempotent.
   *
   * @throws IOException if the index cannot be closed
   */
  @Override
  public void close() throws IOException {
    // From a worker of a run in progress (a detector that closes), the close would wait for the
    // run, which waits for the worker.
    session.refuseFromItsWorkers();
    lifecycle.close();
  }

  /** Configures a {@link Loci}; not thread-safe. */
  public static final class Builder {
    private Path path;
    private boolean readOnly;
    private Topics topics; // null: defaultTopics
    private Lexicon lexicon = Lexicon.builtIn();
    private Segmenter segmenter = Segmenter.defaults();
    private LanguageDetector detector;
    private double ramBufferMb = 32;
    private int threads = Runtime.getRuntime().availableProcessors();
    private CommitPolicy commitPolicy = CommitPolicy.DEFAULT;
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
     * Sets the topics queries are expanded with (default: {@link Topics#builtIn()}, which name the
     * built-in lexicon's concepts, when the lexicon holds them all; else none).
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
     *     built-in one, {@link Lexicon#empty()} turns translation off (and the built-in topics,
     *     unless topics are set too)
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
     * Sets how many threads index (default: one per core, {@code Runtime.availableProcessors()}).
     * The index's content does not depend on it.
     *
     * @param threads from 1 to {@link #MAX_THREADS}; with 1, the calling thread reads, detects and
     *     prepares each source, and the index's own I/O thread writes it
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException(
            "threads must be from 1 to " + MAX_THREADS + ": " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets when indexing commits (default {@link CommitPolicy#DEFAULT}).
     *
     * @param policy every how many sources or how much time
     * @return this builder
     */
    public Builder commitPolicy(CommitPolicy policy) {
      this.commitPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Chooses the analyzers of the language fields (default {@link Analysis.Profile#LOCI}); the
     * Lucene profiles are baselines for benchmarks. Changing it re-indexes every source given
     * again; until then searches carry a note ({@link Loci#sourcesOfAnotherAnalysis}).
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
      if (!(k1 >= 0 && Float.isFinite(k1)) || !(b >= 0 && b <= 1)) {
        throw new IllegalArgumentException(
            "BM25 needs a finite k1 >= 0 and 0 <= b <= 1, not k1 " + k1 + ", b " + b);
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
