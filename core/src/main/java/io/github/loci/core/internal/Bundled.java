package io.github.loci.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files that ship inside Loci's jar, beside the classes that read them. */
public final class Bundled {
  private Bundled() {}

  /**
   * Reads a resource that sits beside a class.
   *
   * @param owner the class whose package holds the resource
   * @param name the resource's file name
   * @return its bytes
   * @throws UncheckedIOException if the resource is missing or unreadable (a packaging bug)
   */
  public static byte[] read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + name + " (a packaging bug)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
