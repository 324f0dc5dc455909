package io.github.loci.opensearch.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.search.Query;
import org.opensearch.core.ParseField;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;

/**
 * The {@code loci} query: a Loci query plan, made by the client from the same planner embedded
 * search uses, scored as embedded Loci scores it.
 *
 * <pre>{@code
 * {"loci": {"plan": {...}, "language_fields": ["text_es", ...], "passages_field": "text_neutral",
 *           "k1": 0.7, "b": 0.4}}
 * }</pre>
 *
 * <p>{@code plan} is the plan's Lucene query tree as {@link PlanDecoder} reads it, lexicon concepts
 * included ({@link SharedConceptQuery}); {@code language_fields} are the fields whose statistics
 * are scaled to all passages, {@code passages_field} the field every passage has, {@code k1} and
 * {@code b} BM25's parameters (Lucene's defaults when left out). Run it with {@code
 * search_type=dfs_query_then_fetch} for the whole index's statistics.
 */
public final class LociQueryBuilder extends AbstractQueryBuilder<LociQueryBuilder> {
  /** The query's name in the query DSL. */
  public static final String NAME = "loci";

  private static final ParseField PLAN = new ParseField("plan");
  private static final ParseField LANGUAGE_FIELDS = new ParseField("language_fields");
  private static final ParseField PASSAGES_FIELD = new ParseField("passages_field");

  /** BM25's k1 when the query names none: Lucene's default. */
  public static final float DEFAULT_K1 = 1.2f;

  /** BM25's b when the query names none: Lucene's default. */
  public static final float DEFAULT_B = 0.75f;

  private static final ParseField K1 = new ParseField("k1");
  private static final ParseField B = new ParseField("b");

  private final Map<String, Object> plan;
  private final List<String> languageFields;
  private final String passagesField;
  private final float k1;
  private final float b;

  /**
   * Creates the query.
   *
   * @param plan the plan tree
   * @param languageFields the language fields
   * @param passagesField the field every passage has
   * @param k1 BM25's k1
   * @param b BM25's b
   */
  public LociQueryBuilder(
      Map<String, Object> plan,
      List<String> languageFields,
      String passagesField,
      float k1,
      float b) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.languageFields = List.copyOf(languageFields);
    this.passagesField = Objects.requireNonNull(passagesField, "passages_field");
    this.k1 = k1;
    this.b = b;
  }

  /**
   * Reads the query from another node.
   *
   * @param in the stream
   * @throws IOException if it cannot be read
   */
  public LociQueryBuilder(StreamInput in) throws IOException {
    super(in);
    plan = in.readMap();
    languageFields = in.readStringList();
    passagesField = in.readString();
    k1 = in.readFloat();
    b = in.readFloat();
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeMap(plan);
    out.writeStringCollection(languageFields);
    out.writeString(passagesField);
    out.writeFloat(k1);
    out.writeFloat(b);
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field(PLAN.getPreferredName(), plan);
    builder.field(LANGUAGE_FIELDS.getPreferredName(), languageFields);
    builder.field(PASSAGES_FIELD.getPreferredName(), passagesField);
    builder.field(K1.getPreferredName(), k1);
    builder.field(B.getPreferredName(), b);
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  /**
   * Parses the query's body.
   *
   * @param parser the parser, on the body's start
   * @return the query
   * @throws IOException if the body cannot be read
   * @throws ParsingException for a missing or unknown parameter, at its place
   */
  @SuppressWarnings("unchecked")
  public static LociQueryBuilder fromXContent(XContentParser parser) throws IOException {
    var location = parser.getTokenLocation();
    Map<String, Object> body = parser.map();
    Object plan = body.get(PLAN.getPreferredName());
    Object fields = body.get(LANGUAGE_FIELDS.getPreferredName());
    Object passages = body.get(PASSAGES_FIELD.getPreferredName());
    for (String key : body.keySet()) {
      if (!List.of("plan", "language_fields", "passages_field", "k1", "b", "boost", "_name")
          .contains(key)) {
        throw new ParsingException(location, "[" + NAME + "] unknown parameter [" + key + "]");
      }
    }
    if (!(plan instanceof Map<?, ?>)
        || !(fields instanceof List<?>)
        || !(passages instanceof String)) {
      throw new ParsingException(
          location,
          "["
              + NAME
              + "] needs [plan] (an object), [language_fields] (a list) and"
              + " [passages_field] (a string)");
    }
    LociQueryBuilder query =
        new LociQueryBuilder(
            (Map<String, Object>) plan,
            ((List<?>) fields).stream().map(String::valueOf).toList(),
            (String) passages,
            body.get("k1") instanceof Number k1 ? k1.floatValue() : DEFAULT_K1,
            body.get("b") instanceof Number b ? b.floatValue() : DEFAULT_B);
    if (body.get("boost") instanceof Number boost) {
      query.boost(boost.floatValue());
    }
    if (body.get("_name") instanceof String name) {
      query.queryName(name);
    }
    return query;
  }

  @Override
  protected Query doToQuery(QueryShardContext context) throws IOException {
    return new LociPlanQuery(
        PlanDecoder.decode(plan, NAME + ".plan"),
        new LociPlanQuery.Scoring(new HashSet<>(languageFields), passagesField, k1, b));
  }

  @Override
  protected boolean doEquals(LociQueryBuilder other) {
    return plan.equals(other.plan)
        && languageFields.equals(other.languageFields)
        && passagesField.equals(other.passagesField)
        && k1 == other.k1
        && b == other.b;
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(plan, languageFields, passagesField, k1, b);
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }
}
