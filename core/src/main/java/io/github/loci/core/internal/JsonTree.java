package io.github.loci.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads JSON text into Jackson's tree ({@link JsonNode}) with the streaming parser alone: the same
 * tree as {@code new ObjectMapper().readTree(text)} (ints, longs and big integers as such, decimals
 * as doubles, a repeated key's last value), without an {@code ObjectMapper}, whose set-up takes
 * tens of milliseconds of a cold start (the built-in topics are read before every search).
 */
public final class JsonTree {
  /**
   * A key given twice in one object is an error, not its last value silently kept; a string may be
   * as long as a source (Jackson refuses strings over 20 M chars by default).
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /**
   * Parses JSON text.
   *
   * @param text the text
   * @return its value; null if the text holds none (only white space)
   * @throws com.fasterxml.jackson.core.JsonProcessingException if it is not one valid JSON value:
   *     malformed, an object with a key given twice, or a value followed by more than white space
   *     (a second value on the line is not dropped unsaid)
   * @throws IOException never in practice: the text is in memory
   */
  public static JsonNode read(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        return null;
      }
      JsonNode value = value(parser);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new JsonParseException(
            parser,
            "more after the value, from "
                + (at.getLineNr() > 1 ? "line " + at.getLineNr() + ", " : "")
                + "column "
                + at.getColumnNr()
                + " (one JSON value is expected)");
      }
      return value;
    }
  }

  /** A location Jackson writes into some messages: the source (redacted), line and column. */
  private static final java.util.regex.Pattern LOCATION =
      java.util.regex.Pattern.compile("\\s*\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

  /**
   * What a parse error says, for people: Jackson's message without its own location (the caller
   * names the file and line), and a location inside it (where an unclosed object began) as "line L,
   * column C" instead of Jackson's "[Source: REDACTED (…); line: L, column: C]".
   *
   * @param e the error
   * @return the message
   */
  public static String message(JsonProcessingException e) {
    return LOCATION.matcher(e.getOriginalMessage()).replaceAll(" (line $1, column $2)");
  }

  private static JsonNode value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, value(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    }
  }
}
