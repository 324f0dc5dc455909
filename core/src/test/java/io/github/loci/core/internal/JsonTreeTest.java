package io.github.loci.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loci.core.search.Topics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsTheTreeAnObjectMapperReads() throws Exception {
    String topics = new String(Bundled.read(Topics.class, "topics.json"), StandardCharsets.UTF_8);
    for (String json :
        new String[] {
          topics,
          "{\"a\": 1, \"b\": 0.5, \"c\": 12345678901, \"d\": 123456789012345678901234567890,"
              + " \"e\": -2e3, \"f\": true, \"g\": false, \"h\": null, \"i\": \"thị phần\\u00e9\"}",
          "[[], {}, [1, [2, {\"x\": [\"y\"]}]], \"z\"]",
          "  42  ",
          "\"text\""
        }) {
      assertEquals(MAPPER.readTree(json), JsonTree.read(json), json);
    }
    assertNull(JsonTree.read("   "));
  }

  @Test
  void aKeyGivenTwiceOrMoreAfterTheValueIsAnError() {
    // An ObjectMapper keeps a repeated key's last value and reads the first value alone.
    JsonProcessingException twice =
        assertThrows(
            JsonProcessingException.class, () -> JsonTree.read("{\"k\": 1, \"k\": \"again\"}"));
    assertEquals("Duplicate field 'k'", JsonTree.message(twice));
    JsonProcessingException more =
        assertThrows(
            JsonProcessingException.class,
            () -> JsonTree.read("{\"trailing\": 1}\n {\"ignored\": 2}"));
    assertEquals(
        "more after the value, from line 2, column 2 (one JSON value is expected)",
        JsonTree.message(more));
  }

  @Test
  void invalidJsonFailsAtTheSameLine() {
    String json = "{\"topics\": [\n  {\"id\": \"a\",\n   \"label\" \"b\"}\n]}";
    JsonProcessingException mine =
        assertThrows(JsonProcessingException.class, () -> JsonTree.read(json));
    JsonProcessingException theirs =
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(json));
    assertEquals(theirs.getLocation().getLineNr(), mine.getLocation().getLineNr());
    assertEquals(3, mine.getLocation().getLineNr());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Topics.parse("mine.json", json));
    assertTrue(e.getMessage().startsWith("mine.json:3: not valid JSON: "), e.getMessage());
  }
}
