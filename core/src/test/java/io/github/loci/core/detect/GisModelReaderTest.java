package io.github.loci.core.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The GIS layout read as OpenNLP writes it, and a damaged model refused with where it breaks. */
class GisModelReaderTest {
  /** A model of two outcomes: "a" and "ab" favour x, "b" favours y, "long" is no n-gram. */
  private static byte[] model(String patterns, boolean truncate) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF("GIS");
    out.writeInt(1);
    out.writeDouble(0);
    out.writeInt(2);
    out.writeUTF("x");
    out.writeUTF("y");
    String[] p = patterns.split("\\|");
    out.writeInt(p.length);
    for (String pattern : p) {
      out.writeUTF(pattern);
    }
    out.writeInt(4);
    for (String predicate : new String[] {"a", "ab", "long", "b"}) {
      out.writeUTF(predicate);
    }
    // "2 0" = two predicates ("a", "ab") with outcome x; "1 0 1" = "long" with x and y; "1 1" =
    // "b".
    double[] weights = {2.0, 1.0, 5.0, 5.0, 3.0};
    for (double w : truncate ? Arrays.copyOf(weights, 4) : weights) {
      out.writeDouble(w);
    }
    return bytes.toByteArray();
  }

  @Test
  void testReadsTheLayoutOpenNlpWrites() throws IOException {
    NgramModel model = GisModelReader.read(model("2 0|1 0 1|1 1", false), "test");
    assertEquals("x", model.outcome(0));
    assertEquals("y", model.outcome(1));
    // "ab": n-grams a, b, ab: x gets 2 + 1, y gets 3 (the 4-char predicate is never looked up).
    double[] p = model.probabilities("ab");
    double x = Math.exp(Math.log(0.5) + 3);
    double y = Math.exp(Math.log(0.5) + 3);
    assertArrayEquals(new double[] {x / (x + y), y / (x + y)}, p, 1e-12);
    double[] onlyA = model.probabilities("a");
    assertTrue(onlyA[0] > 0.85, Arrays.toString(onlyA));
  }

  @Test
  void testDamagedModelsAreRefusedNamingTheModel() throws IOException {
    IOException truncated =
        assertThrows(
            IOException.class, () -> GisModelReader.read(model("2 0|1 0 1|1 1", true), "m.bin"));
    assertTrue(truncated.getMessage().startsWith("m.bin: "), truncated.getMessage());
    IOException badPattern =
        assertThrows(
            IOException.class, () -> GisModelReader.read(model("2 0|1 0 x|1 1", false), "m.bin"));
    assertTrue(badPattern.getMessage().contains("not an outcome pattern"), badPattern.getMessage());
    IOException badOutcome =
        assertThrows(
            IOException.class, () -> GisModelReader.read(model("2 0|1 0 7|1 1", false), "m.bin"));
    assertTrue(badOutcome.getMessage().contains("outcome 7 of 2"), badOutcome.getMessage());
    IOException tooFew =
        assertThrows(
            IOException.class, () -> GisModelReader.read(model("2 0|1 0 1", false), "m.bin"));
    assertTrue(tooFew.getMessage().contains("3 of its 4 predicates"), tooFew.getMessage());
    byte[] perceptron = model("2 0|1 0 1|1 1", false);
    perceptron[2] = 'Q'; // "QIS"
    IOException type =
        assertThrows(IOException.class, () -> GisModelReader.read(perceptron, "m.bin"));
    assertTrue(type.getMessage().contains("not a GIS one"), type.getMessage());
  }
}
