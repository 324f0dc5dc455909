package io.github.loci.core.ingest;

/**
 * A source that could not be read. Reading goes on with the other sources; the problem is reported
 * in {@link IngestResult#skipped()}.
 */
public abstract sealed class IngestException extends Exception
    permits IngestException.Unreadable,
        IngestException.InvalidEncoding,
        IngestException.Empty,
        IngestException.MalformedRecord,
        IngestException.DuplicateId,
        IngestException.Unsupported,
        IngestException.Rejected {
  private static final long serialVersionUID = 1L;

  private final String location;

  IngestException(String location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = location;
  }

  /**
   * Where the problem is: a file, with a line or byte offset where one applies.
   *
   * @return for example {@code "corpus/a.jsonl:17"} or {@code "corpus/b.txt (byte 5120)"}
   */
  public String location() {
    return location;
  }

  /** A file or folder that could not be read at all. */
  public static final class Unreadable extends IngestException {
    private static final long serialVersionUID = 1L;

    Unreadable(String location, String message, Throwable cause) {
      super(location, message, cause);
    }
  }

  /** A file that is binary or not valid UTF-8. */
  public static final class InvalidEncoding extends IngestException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;
    private final boolean binary;

    InvalidEncoding(String file, long byteOffset, String message, boolean binary) {
      super(file + " (byte " + byteOffset + ")", message, null);
      this.byteOffset = byteOffset;
      this.binary = binary;
    }

    /**
     * Tells whether the whole file is not UTF-8 text: binary (it holds a NUL byte), or UTF-16 or
     * UTF-32 (it starts with their byte-order mark), rather than text with one bad sequence.
     *
     * @return whether the file is to be passed over whole
     */
    public boolean binary() {
      return binary;
    }

    /**
     * Returns the offset of the first bad byte.
     *
     * @return a zero-based byte offset into the file
     */
    public long byteOffset() {
      return byteOffset;
    }
  }

  /** A file or record with no text. */
  public static final class Empty extends IngestException {
    private static final long serialVersionUID = 1L;

    Empty(String location) {
      super(location, "no text to index (empty, or only white space or invisible chars)", null);
    }
  }

  /** A JSON Lines record that is not valid JSON or lacks a required field. */
  public static final class MalformedRecord extends IngestException {
    private static final long serialVersionUID = 1L;

    MalformedRecord(String location, String message, Throwable cause) {
      super(location, message, cause);
    }
  }

  /**
   * Two sources that would share an id. Read into memory ({@link SourceReader#read}), neither is
   * indexed; in a streamed run the first one read is indexed and the later one is reported.
   */
  public static final class DuplicateId extends IngestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param location where the source not indexed was read
     * @param id the shared id
     * @param otherLocation where the other source with that id was read
     */
    public DuplicateId(String location, String id, String otherLocation) {
      super(
          location, "source id " + Source.shown(id) + " is also the id of " + otherLocation, null);
    }
  }

  /** A file whose type Loci does not read. */
  public static final class Unsupported extends IngestException {
    private static final long serialVersionUID = 1L;

    Unsupported(String location, String message) {
      super(location, message, null);
    }
  }

  /** A source that was read but could not be indexed. */
  public static final class Rejected extends IngestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param location the source id or file
     * @param message why it was rejected
     * @param cause the underlying failure, or null
     */
    public Rejected(String location, String message, Throwable cause) {
      super(location, message, cause);
    }
  }
}
