package io.github.loci.analyzers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;

/** Loads bundled word lists: one word per line, {@code #} starts a comment. */
public final class WordLists {
  private WordLists() {}

  /**
   * Returns a set with, besides its words, each word without its accents (Latin letters with an
   * acute, grave or circumflex accent), unless that word is protected; ñ and ç are kept.
   *
   * @param words lower-case words
   * @param keep words whose accent must stay (their unaccented form is another word)
   * @return the extended set, unmodifiable
   */
  public static CharArraySet withUnaccented(CharArraySet words, CharArraySet keep) {
    CharArraySet out = new CharArraySet(words.size() * 2, false);
    for (Object word : words) {
      String w = new String((char[]) word);
      out.add(w);
      if (!keep.contains(w)) {
        out.add(unaccent(w));
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }

  /**
   * Removes acute, grave and circumflex accents from vowels.
   *
   * @param word a lower-case word
   * @return the word without them
   */
  public static String unaccent(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(
          switch (c) {
            case 'á', 'à', 'â' -> 'a';
            case 'é', 'è', 'ê' -> 'e';
            case 'í', 'ì', 'î' -> 'i';
            case 'ó', 'ò', 'ô' -> 'o';
            case 'ú', 'ù', 'û' -> 'u';
            default -> c;
          });
    }
    return out.toString();
  }

  /**
   * Loads a list that sits beside a class.
   *
   * @param owner the class whose package holds the resource
   * @param name the resource's file name
   * @return the words, unmodifiable
   * @throws UncheckedIOException if the resource is missing (a packaging bug)
   */
  public static CharArraySet load(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + name + " (a packaging bug)");
      }
      CharArraySet set = new CharArraySet(64, false);
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          set.add(word);
        }
      }
      return CharArraySet.unmodifiableSet(set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
