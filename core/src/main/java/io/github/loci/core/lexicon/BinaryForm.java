package io.github.loci.core.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A binary resource written at build time beside the lexicon and read at start-up without parsing
 * text: a header (a magic string naming format and version, the fingerprint of what it was made
 * from, a CRC-32C of the body) and a body of big-endian numbers and strings (an unsigned 16-bit
 * byte length, then UTF-8) read in place.
 *
 * <p>A resource that is missing, of another format version, or made from something else (another
 * fingerprint: the lexicon or the analysis changed since the build) is not used: the caller parses
 * or analyzes instead. One whose body does not match its checksum, or whose body cannot be read, is
 * damaged: that is an error naming the resource ({@link IllegalStateException}), never a silent
 * wrong answer.
 */
final class BinaryForm {
  private final String name;
  private final ByteBuffer body;

  private BinaryForm(String name, ByteBuffer body) {
    this.name = name;
    this.body = body;
  }

  /**
   * Reads a resource beside this class, if it is there and was made from the same thing.
   *
   * @param name the resource's file name
   * @param magic its format and version
   * @param fingerprint what it must have been made from
   * @return the resource's body; empty if missing, of another version or made otherwise
   * @throws IllegalStateException naming the resource if it is damaged
   */
  static Optional<BinaryForm> resource(String name, String magic, String fingerprint) {
    byte[] bytes;
    try (InputStream in = BinaryForm.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled resource " + name, e);
    }
    return read(name, bytes, magic, fingerprint);
  }

  /**
   * Reads a binary form, if it was made from the same thing.
   *
   * @param name the resource's name, for errors
   * @param bytes its bytes
   * @param magic its format and version
   * @param fingerprint what it must have been made from
   * @return its body; empty if of another version or made from something else
   * @throws IllegalStateException naming the resource if it is damaged
   */
  static Optional<BinaryForm> read(String name, byte[] bytes, String magic, String fingerprint) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < expected.length
        || !ByteBuffer.wrap(bytes, 0, expected.length).equals(ByteBuffer.wrap(expected))) {
      return Optional.empty();
    }
    try {
      in.position(expected.length);
      String madeFrom = string(in, in.position());
      in.position(in.position() + 2 + utf8Length(in, in.position()));
      if (!madeFrom.equals(fingerprint)) {
        return Optional.empty();
      }
      long checksum = in.getLong();
      int length = in.getInt();
      if (length != in.remaining()) {
        throw damaged(name, "its body is " + in.remaining() + " bytes, its header says " + length);
      }
      CRC32C crc = new CRC32C();
      crc.update(bytes, in.position(), length);
      if (crc.getValue() != checksum) {
        throw damaged(name, "its checksum does not match its body");
      }
      return Optional.of(new BinaryForm(name, in.slice()));
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw damaged(name, "its header is cut short");
    }
  }

  /**
   * Writes a binary form.
   *
   * @param magic its format and version
   * @param fingerprint what it was made from
   * @param body its body
   * @return the bytes
   */
  static byte[] write(String magic, String fingerprint, byte[] body) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 64);
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(magic.getBytes(StandardCharsets.US_ASCII));
      writeString(out, fingerprint);
      CRC32C crc = new CRC32C();
      crc.update(body);
      out.writeLong(crc.getValue());
      out.writeInt(body.length);
      out.write(body);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a string: its UTF-8 length as an unsigned 16-bit number, then its UTF-8 bytes. */
  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 0xFFFF) {
      throw new IllegalArgumentException("a string of " + utf8.length + " bytes: too long");
    }
    out.writeShort(utf8.length);
    out.write(utf8);
  }

  /** The resource's name. */
  String name() {
    return name;
  }

  /** Its body, positioned at 0; the caller must not change it (use {@code duplicate()}). */
  ByteBuffer body() {
    return body;
  }

  /**
   * The body's 32-bit number at an offset, checked to lie in the body.
   *
   * @param offset the offset
   * @return the number
   * @throws IllegalStateException naming the resource if the offset is outside the body
   */
  int intAt(int offset) {
    if (offset < 0 || offset + 4 > body.limit()) {
      throw damaged(name, "offset " + offset + " is outside its body");
    }
    return body.getInt(offset);
  }

  /**
   * The body's unsigned 16-bit number at an offset.
   *
   * @param offset the offset
   * @return the number
   * @throws IllegalStateException naming the resource if the offset is outside the body
   */
  int shortAt(int offset) {
    if (offset < 0 || offset + 2 > body.limit()) {
      throw damaged(name, "offset " + offset + " is outside its body");
    }
    return Short.toUnsignedInt(body.getShort(offset));
  }

  /**
   * The body's string at an offset.
   *
   * @param offset the offset of its length
   * @return the string
   * @throws IllegalStateException naming the resource if it lies outside the body
   */
  String stringAt(int offset) {
    int length = shortAt(offset);
    if (offset + 2 + length > body.limit()) {
      throw damaged(name, "a string at offset " + offset + " runs past its body");
    }
    return string(body, offset);
  }

  /** The bytes a string at an offset takes, its length included. */
  int stringSize(int offset) {
    return 2 + shortAt(offset);
  }

  /**
   * Compares the UTF-8 bytes of a key with the string at an offset, as unsigned bytes (the order of
   * code points).
   *
   * @param key the key's UTF-8 bytes
   * @param offset the offset of a string
   * @return negative, zero or positive as the key sorts before, equal to or after it
   */
  int compare(byte[] key, int offset) {
    int length = shortAt(offset);
    if (offset + 2 + length > body.limit()) {
      throw damaged(name, "a string at offset " + offset + " runs past its body");
    }
    int from = body.arrayOffset() + offset + 2;
    return Arrays.compareUnsigned(key, 0, key.length, body.array(), from, from + length);
  }

  /**
   * An error for a damaged resource.
   *
   * @param name the resource
   * @param problem what is wrong
   * @return the exception
   */
  static IllegalStateException damaged(String name, String problem) {
    return new IllegalStateException(
        "the bundled resource "
            + name
            + " is damaged ("
            + problem
            + "): a packaging bug; rebuild Loci (./mvnw package)");
  }

  private static int utf8Length(ByteBuffer in, int offset) {
    return Short.toUnsignedInt(in.getShort(offset));
  }

  private static String string(ByteBuffer in, int offset) {
    int length = utf8Length(in, offset);
    if (in.hasArray()) {
      return new String(in.array(), in.arrayOffset() + offset + 2, length, StandardCharsets.UTF_8);
    }
    byte[] bytes = new byte[length];
    in.get(offset + 2, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
