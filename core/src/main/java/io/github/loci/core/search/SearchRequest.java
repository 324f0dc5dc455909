package io.github.loci.core.search;

import io.github.loci.analyzers.Language;
import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.detect.DetectedLanguage;
import io.github.loci.core.ingest.LanguageCodes;
import io.github.loci.core.ingest.Source;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to search for: free text and/or a topic, filters and the page of results.
 *
 * @param query free text in any language, with {@code "quoted phrases"}; may be empty with a topic
 * @param topic a topic id to search, or empty
 * @param queryLanguage the language the query is written in, if known, as a code of one of Loci's
 *     languages (es, it, en, vi; tags and names are read as {@link LanguageCodes#normalize} reads
 *     them, {@code und} is none); it weighs that language's analysis higher, never excludes the
 *     others
 * @param languages only passages in these languages (codes, tags or names, as {@link
 *     LanguageCodes#normalize} reads them, and kept as its codes; another code of two or three
 *     letters, such as a detected {@code ceb}, as it is); empty for all
 * @param sources only passages of these source ids; empty for all
 * @param limit how many hits, at least 1
 * @param offset how many hits to pass over first (paging); with {@code limit}, at most {@value
 *     #MAX_WINDOW}
 * @param translate whether free text is translated through the lexicon (default true)
 * @param minAmount only passages that state a sum of money at least this large (in its own
 *     currency's units, or none stated); empty for all
 * @param withAmounts only passages that state an amount of one of these kinds; empty for all
 * @param order how hits are ordered
 * @param exactCount whether {@link SearchResult#totalMatches()} counts every match; by default it
 *     is exact up to {@link SearchResult#COUNT_THRESHOLD} matches and a lower bound beyond, which
 *     lets the search pass over passages that cannot reach the page
 */
public record SearchRequest(
    String query,
    Optional<String> topic,
    Optional<String> queryLanguage,
    Set<String> languages,
    Set<String> sources,
    int limit,
    int offset,
    boolean translate,
    OptionalDouble minAmount,
    Set<AmountKind> withAmounts,
    Order order,
    boolean exactCount) {

  /** How hits are ordered. */
  public enum Order {
    /** Best match first. */
    RELEVANCE,
    /**
     * Largest sum of money first, then best match, passages without one last; page furniture
     * (navigation, footers) after all content, as in every order.
     */
    AMOUNT
  }

  /** Default number of hits. */
  public static final int DEFAULT_LIMIT = 10;

  /**
   * The deepest a page may reach: {@code offset + limit} at most this many hits. A search collects
   * that many candidates and more at once, in memory; past it a request is refused rather than left
   * to exhaust the heap of the program that embeds Loci (OpenSearch's own default window, {@code
   * index.max_result_window}, is the same).
   */
  public static final int MAX_WINDOW = 10_000;

  /** Validates and copies the fields. */
  public SearchRequest {
    query = Objects.requireNonNullElse(query, "").strip();
    if (query.chars().allMatch(Character::isSpaceChar)) {
      query = ""; // only no-break or other Unicode spaces, which strip() keeps: no words either
    }
    topic = Objects.requireNonNullElse(topic, Optional.<String>empty()).filter(t -> !t.isBlank());
    queryLanguage =
        Objects.requireNonNullElse(queryLanguage, Optional.<String>empty())
            .filter(t -> !t.isBlank())
            .map(SearchRequest::queryLanguageCode)
            .filter(code -> !code.equals(DetectedLanguage.UNDETERMINED));
    languages =
        languages.stream().map(LanguageCodes::asIndexed).collect(Collectors.toUnmodifiableSet());
    sources = Set.copyOf(sources);
    sources.forEach(Source::requireWellFormed); // another source's id, as UTF-8
    if (query.isEmpty() && topic.isEmpty()) {
      throw new IllegalArgumentException("a search needs a query or a topic");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    minAmount = Objects.requireNonNullElse(minAmount, OptionalDouble.empty());
    withAmounts = Set.copyOf(withAmounts);
    order = Objects.requireNonNullElse(order, Order.RELEVANCE);
    if (minAmount.isPresent()
        && !(minAmount.getAsDouble() >= 0 && Double.isFinite(minAmount.getAsDouble()))) {
      // Infinity (and 1e400, read as it) matches no amount: a mistake, not an empty answer.
      throw new IllegalArgumentException(
          "minimum amount must be a finite number >= 0: " + minAmount.getAsDouble());
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if ((long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "offset + limit must be at most " + MAX_WINDOW + ", not " + offset + " + " + limit);
    }
  }

  /**
   * A query's declared language as a code ({@link LanguageCodes#normalize}: codes, tags, names);
   * {@code und}, what a detector says of a text it cannot tell, declares none.
   *
   * @throws IllegalArgumentException for a language Loci has no analyzers for: its words would be
   *     analyzed as no language of the index's is
   */
  private static String queryLanguageCode(String language) {
    String code = LanguageCodes.normalize(language);
    if (!code.equals(DetectedLanguage.UNDETERMINED) && Language.forCode(code).isEmpty()) {
      throw new IllegalArgumentException(
          "query language '"
              + language
              + "' is not one Loci analyzes (es, it, en, vi); leave it undeclared");
    }
    return code;
  }

  /**
   * This request with another query text, everything else the same.
   *
   * @param text the query text
   * @return the request
   */
  public SearchRequest withQuery(String text) {
    return new SearchRequest(
        text,
        topic,
        queryLanguage,
        languages,
        sources,
        limit,
        offset,
        translate,
        minAmount,
        withAmounts,
        order,
        exactCount);
  }

  /**
   * A request for the top {@value #DEFAULT_LIMIT} hits of a free-text query.
   *
   * @param query the query
   * @return the request
   */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, with no query, no filters, limit {@value #DEFAULT_LIMIT}, offset 0
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private String query = "";
    private String topic;
    private String queryLanguage;
    private Set<String> languages = Set.of();
    private Set<String> sources = Set.of();
    private int limit = DEFAULT_LIMIT;
    private int offset;
    private boolean translate = true;
    private OptionalDouble minAmount = OptionalDouble.empty();
    private Set<AmountKind> withAmounts = Set.of();
    private Order order = Order.RELEVANCE;
    private boolean exactCount;

    private Builder() {}

    /**
     * Sets the free-text query (default: none).
     *
     * @param query text with optional quoted phrases
     * @return this builder
     */
    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /**
     * Sets the topic to search (default: none).
     *
     * @param topicId a topic id
     * @return this builder
     */
    public Builder topic(String topicId) {
      this.topic = topicId;
      return this;
    }

    /**
     * Declares the query's language (default: unknown).
     *
     * @param code an ISO 639-1 code
     * @return this builder
     */
    public Builder queryLanguage(String code) {
      this.queryLanguage = code;
      return this;
    }

    /**
     * Keeps only passages in these languages (default: all).
     *
     * @param codes ISO 639-1 codes
     * @return this builder
     */
    public Builder languages(Set<String> codes) {
      this.languages = codes;
      return this;
    }

    /**
     * Keeps only passages of these sources (default: all).
     *
     * @param ids source ids
     * @return this builder
     */
    public Builder sources(Set<String> ids) {
      this.sources = ids;
      return this;
    }

    /**
     * Sets how many hits to return (default {@value SearchRequest#DEFAULT_LIMIT}).
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets how many hits to pass over (default 0).
     *
     * @param offset at least 0
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Sets whether free text is translated through the lexicon (default true).
     *
     * @param translate false to search the words as typed only
     * @return this builder
     */
    public Builder translate(boolean translate) {
      this.translate = translate;
      return this;
    }

    /**
     * Keeps only passages that state a sum of money of at least this value (default: all).
     *
     * @param value the minimum, in the amount's own currency units
     * @return this builder
     */
    public Builder minAmount(double value) {
      this.minAmount = OptionalDouble.of(value);
      return this;
    }

    /**
     * Keeps only passages that state an amount of one of these kinds (default: all).
     *
     * @param kinds the kinds
     * @return this builder
     */
    public Builder withAmounts(Set<AmountKind> kinds) {
      this.withAmounts = kinds;
      return this;
    }

    /**
     * Sets the order of hits (default {@link Order#RELEVANCE}).
     *
     * @param order the order
     * @return this builder
     */
    public Builder order(Order order) {
      this.order = order;
      return this;
    }

    /**
     * Counts every match (default false: exact up to {@link SearchResult#COUNT_THRESHOLD}, a lower
     * bound beyond). An exact count makes Lucene score every match, so it is for harnesses that
     * need the number, not for interactive search.
     *
     * @param exactCount whether to count every match
     * @return this builder
     */
    public Builder exactCount(boolean exactCount) {
      this.exactCount = exactCount;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if there is neither query nor topic, or a bad limit
     */
    public SearchRequest build() {
      return new SearchRequest(
          query,
          Optional.ofNullable(topic),
          Optional.ofNullable(queryLanguage),
          languages,
          sources,
          limit,
          offset,
          translate,
          minAmount,
          withAmounts,
          order,
          exactCount);
    }
  }
}
