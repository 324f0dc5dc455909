package io.github.loci.core.detect;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Reads a maxent model in OpenNLP's binary GIS layout (as {@code GISModelReader} writes and reads
 * it: "GIS", a correction constant and parameter, the outcomes' names, the outcome patterns, the
 * predicates' names, then each predicate's weights, pattern by pattern) straight into an {@link
 * NgramModel}: the predicates, char n-grams, are packed as they are read, without a String, map or
 * object per predicate, and the numbers are read from memory, not pulled one by one through a
 * stream. On a cold JVM this takes a fraction of the second OpenNLP's reader takes.
 */
final class GisModelReader {
  private final ByteBuffer in;
  private final String name;

  private GisModelReader(byte[] model, String name) {
    this.in = ByteBuffer.wrap(model); // big-endian, as DataOutputStream writes
    this.name = name;
  }

  /**
   * Reads a model.
   *
   * @param model the model's bytes (the entry of OpenNLP's model package, inflated)
   * @param name where it comes from, for errors
   * @return the model
   * @throws IOException if the bytes are not a GIS model, or end early
   */
  static NgramModel read(byte[] model, String name) throws IOException {
    return read(model, name, NgramModel.DENSE_MIN);
  }

  /**
   * Reads a model, laying out by outcome the weights of features with at least {@code denseMin}.
   *
   * @param model the model's bytes
   * @param name where it comes from, for errors
   * @param denseMin as for {@link NgramModel#NgramModel(String[], long[], int[], long[], int)}
   * @return the model
   * @throws IOException if the bytes are not a GIS model, or end early
   */
  static NgramModel read(byte[] model, String name, int denseMin) throws IOException {
    try {
      return new GisModelReader(model, name).read(denseMin);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IOException(name + ": not a complete GIS model (" + e + ")", e);
    }
  }

  private NgramModel read(int denseMin) throws IOException {
    String type = readUtf();
    if (!type.equals("GIS")) {
      throw new IOException(name + ": a " + type + " model, not a GIS one");
    }
    in.getInt(); // correction constant, unused
    in.getDouble(); // correction parameter, unused
    String[] outcomes = new String[count()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = readUtf();
    }
    int[][] patterns = new int[count()][];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = pattern();
    }
    StringBuilder gram = new StringBuilder(4);
    long[] keys = new long[count()];
    for (int p = 0; p < keys.length; p++) {
      readUtf(gram);
      keys[p] = gram.isEmpty() || gram.length() > 3 ? 0 : NgramModel.pack(gram, 0, gram.length());
    }
    int[] runs = new int[keys.length + 1];
    long total = 0;
    for (int[] pattern : patterns) {
      total += (long) pattern[0] * (pattern.length - 1);
    }
    if (total > Integer.MAX_VALUE || total * Double.BYTES > in.remaining()) {
      throw new IOException(name + ": its outcome patterns ask for more weights than it holds");
    }
    long[] entries = new long[(int) total];
    int predicate = 0;
    int next = 0;
    for (int[] pattern : patterns) {
      for (int j = 0; j < pattern[0]; j++) {
        if (predicate == keys.length) {
          throw new IOException(name + ": its outcome patterns name more predicates than it has");
        }
        runs[predicate++] = next;
        for (int k = 1; k < pattern.length; k++) {
          int outcome = pattern[k];
          if (outcome < 0 || outcome >= outcomes.length) {
            throw new IOException(name + ": outcome " + outcome + " of " + outcomes.length);
          }
          entries[next++] = NgramModel.entry(in.getDouble(), outcome);
        }
      }
    }
    if (predicate != keys.length) {
      throw new IOException(
          name + ": weights for " + predicate + " of its " + keys.length + " predicates");
    }
    runs[predicate] = next;
    return new NgramModel(outcomes, keys, runs, entries, denseMin);
  }

  private int count() throws IOException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IOException(name + ": a count of " + n + " at byte " + (in.position() - 4));
    }
    return n;
  }

  private String readUtf() throws IOException {
    StringBuilder out = new StringBuilder();
    readUtf(out);
    return out.toString();
  }

  /** Reads a string as {@code DataInput.readUTF} does (modified UTF-8 after a 2-byte length). */
  private void readUtf(StringBuilder out) throws IOException {
    out.setLength(0);
    int length = Short.toUnsignedInt(in.getShort());
    int end = in.position() + length;
    while (in.position() < end) {
      int a = in.get() & 0xFF;
      if (a < 0x80) {
        out.append((char) a);
      } else if ((a & 0xE0) == 0xC0) {
        out.append((char) (((a & 0x1F) << 6) | continuation()));
      } else if ((a & 0xF0) == 0xE0) {
        int b = continuation();
        out.append((char) (((a & 0x0F) << 12) | (b << 6) | continuation()));
      } else {
        throw new IOException(name + ": malformed string at byte " + (in.position() - 1));
      }
    }
    if (in.position() != end) {
      throw new IOException(name + ": a string overruns its length at byte " + end);
    }
  }

  private int continuation() throws IOException {
    int c = in.get() & 0xFF;
    if ((c & 0xC0) != 0x80) {
      throw new IOException(name + ": malformed string at byte " + (in.position() - 1));
    }
    return c & 0x3F;
  }

  /**
   * An outcome pattern, a string of space-separated numbers (how many predicates have it, then its
   * outcomes), read from its bytes.
   */
  private int[] pattern() throws IOException {
    int length = Short.toUnsignedInt(in.getShort());
    int end = in.position() + length;
    int[] values = new int[8];
    int count = 0;
    int value = -1;
    while (in.position() <= end) {
      int c = in.position() < end ? in.get() : ' ';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 1 << 24) {
          throw new IOException(name + ": a number too large at byte " + (in.position() - 1));
        }
      } else if (c == ' ') {
        if (value >= 0) {
          if (count == values.length) {
            values = java.util.Arrays.copyOf(values, count * 2);
          }
          values[count++] = value;
          value = -1;
        }
        if (in.position() == end) {
          break;
        }
      } else {
        throw new IOException(name + ": not an outcome pattern at byte " + (in.position() - 1));
      }
    }
    if (count == 0) {
      throw new IOException(name + ": an empty outcome pattern before byte " + end);
    }
    return java.util.Arrays.copyOf(values, count);
  }
}
