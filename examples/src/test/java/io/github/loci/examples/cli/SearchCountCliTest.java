package io.github.loci.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loci search} says when the number of matching passages is a lower bound: "1,234+" in text,
 * {@code "total_relation":"gte"} in JSON Lines; {@code --exact-count} counts every match.
 */
class SearchCountCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOTAL = Pattern.compile(" · ([0-9,]+)(\\+?) matching passages");

  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void index() throws Exception {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 1_300; i++) {
      records
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"lang\":\"en\",\"text\":\"The harbour crane number ")
          .append(i)
          .append(" lifted")
          .append(" cargo".repeat(1 + i % 4))
          .append(" at dawn.")
          .append(i == 77 ? " Zanzibar waited." : "")
          .append("\"}\n");
    }
    Path jsonl = Files.writeString(dir.resolve("cranes.jsonl"), records.toString());
    index = dir.resolve("index");
    LociCliTest.Result indexed =
        LociCliTest.run("index", jsonl.toString(), "--index", index.toString());
    assertEquals(0, indexed.code(), indexed.err());
  }

  private static Matcher total(LociCliTest.Result r) {
    Matcher m = TOTAL.matcher(r.out());
    assertTrue(m.find(), r.out());
    return m;
  }

  @Test
  void textSaysALowerBoundWithAPlusAndExactCountCountsAll() {
    LociCliTest.Result bounded =
        LociCliTest.run("search", "--index", index.toString(), "--no-color", "cargo");
    assertEquals(0, bounded.code(), bounded.err());
    Matcher m = total(bounded);
    assertEquals("+", m.group(2), bounded.out());
    assertTrue(Long.parseLong(m.group(1).replace(",", "")) > 1_000, m.group(1));

    LociCliTest.Result exact =
        LociCliTest.run(
            "search", "--index", index.toString(), "--no-color", "--exact-count", "cargo");
    assertEquals(0, exact.code(), exact.err());
    Matcher e = total(exact);
    assertEquals("", e.group(2), exact.out());
    assertEquals("1,300", e.group(1), exact.out());
    // The same hits either way: only the count line differs.
    assertEquals(
        bounded.out().replace(m.group(), ""), exact.out().replace(e.group(), ""), exact.out());

    LociCliTest.Result rare =
        LociCliTest.run("search", "--index", index.toString(), "--no-color", "Zanzibar");
    assertEquals(0, rare.code(), rare.err());
    assertEquals("", total(rare).group(2), rare.out());
  }

  @Test
  void jsonLinesCarryTheCountAndItsRelation() throws Exception {
    for (boolean exactCount : new boolean[] {false, true}) {
      List<String> args =
          new java.util.ArrayList<>(
              List.of("search", "--index", index.toString(), "--format", "json", "cargo"));
      if (exactCount) {
        args.add("--exact-count");
      }
      LociCliTest.Result r = LociCliTest.run(args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      assertEquals(10, r.lines().size(), r.out());
      for (String line : r.lines()) {
        JsonNode hit = JSON.readTree(line);
        assertEquals(exactCount ? "eq" : "gte", hit.get("total_relation").asText(), line);
        long total = hit.get("total_matches").asLong();
        assertTrue(exactCount ? total == 1_300 : total > 1_000 && total <= 1_300, line);
      }
    }
  }

  @Test
  void textSaysWhyAPageListsFewerHitsThanMatch() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("harbour"));
    Files.writeString(
        corpus.resolve("night.txt"),
        "Ships sail out at night from every pier of the bay, loaded with grain, timber and"
            + " machines for the southern ports, and their crews sing as they leave.\n"
            + "The old harbour is quiet now that the last ferry has gone, and only the gulls and"
            + " a few fishermen mending their nets are left on the long stone quays.\n"
            + "Cranes rest until dawn, their arms folded over the empty docks, waiting for the"
            + " morning shift that will unload the containers stacked by the gates.");
    Path small = dir.resolve("harbour-index");
    assertEquals(
        0, LociCliTest.run("index", corpus.toString(), "--index", small.toString()).code());
    // Both passages holding the second sentence match; the later one repeats the first's match.
    LociCliTest.Result page =
        LociCliTest.run("search", "--index", small.toString(), "--no-color", "harbour");
    assertTrue(
        page.out()
            .contains(
                "2 matching passages; 1 listed (the others repeat the sentences of better hits)"),
        page.out());
    LociCliTest.Result past =
        LociCliTest.run(
            "search", "--index", small.toString(), "--no-color", "--offset", "5", "harbour");
    assertTrue(past.out().contains("2 matching passages; no hits after rank 5"), past.out());
    assertFalse(past.out().contains("no passage matches"), past.out());
    LociCliTest.Result none =
        LociCliTest.run("search", "--index", small.toString(), "--no-color", "Zanzibar");
    assertTrue(none.out().contains("0 matching passages\n  no passage matches"), none.out());
  }
}
