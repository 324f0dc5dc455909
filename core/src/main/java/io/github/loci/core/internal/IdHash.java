package io.github.loci.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * A source id as a 64-bit hash, for the sets a run keeps of the ids it met (an indexing run's ids,
 * a JSON Lines file's records) without holding the ids: two distinct ids share a hash with a chance
 * of about n²/2⁶⁵.
 */
public final class IdHash {
  private IdHash() {}

  /**
   * Hashes an id: 64-bit FNV-1a over its UTF-8 bytes, then a final mix.
   *
   * @param id the id
   * @return its hash
   */
  public static long of(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
