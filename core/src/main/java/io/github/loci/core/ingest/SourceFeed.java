package io.github.loci.core.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Sources read one at a time, so that a run's memory does not depend on how many sources it has:
 * files and folders ({@link SourceReader#open}), or any {@link Iterable} of sources ({@link #of}).
 * Each {@link #next()} gives a source or a problem (a file that cannot be read, a malformed record,
 * naming the file and line or byte offset); one bad source never stops the others.
 *
 * <p>A feed is read by one thread, and closed when done (it may hold an open file).
 */
public interface SourceFeed extends Closeable {
  /**
   * Reads the next source or problem.
   *
   * @return the next item, or {@code null} when there are no more
   */
  Item next();

  /**
   * How many bytes of input have been read so far, for progress; once the feed has ended, at least
   * {@link #totalBytes}, so that progress ends at 100% when the total counted input read once (a
   * link to a file the run reads by its own name).
   *
   * @return the bytes read (0 for sources given in memory)
   */
  long bytesRead();

  /**
   * How many bytes the input has in all, when that is known up front (files give their sizes).
   *
   * @return the total, or empty when unknown
   */
  OptionalLong totalBytes();

  /**
   * The JSON Lines files read to their end so far without a problem, each with its records' ids,
   * when the feed was opened to keep them ({@link SourceReader#openKeepingRecordIds}); else none.
   *
   * @return the files, in the order read
   */
  default List<RecordsFile> recordsFilesRead() {
    return List.of();
  }

  /**
   * What the feed passed over in folders without reading it, as not sources: files of other types
   * by extension ({@code ".pdf"}, {@code "no extension"}) and Lucene index folders ({@code "index
   * folder"}), with how many. A file given by itself that is not a source is a problem instead.
   *
   * @return the counts so far, by kind
   */
  default Map<String, Long> passedOver() {
    return Map.of();
  }

  /** Releases the open file, if any; never throws. */
  @Override
  void close();

  /**
   * This feed, with a language declared for the sources that declare none (text files, records
   * without {@code "lang"}).
   *
   * @param language a language code, tag or name ({@link LanguageCodes})
   * @return the feed; closing it closes this one
   * @throws IllegalArgumentException if {@code language} names no language
   */
  default SourceFeed withLanguage(String language) {
    String code = LanguageCodes.normalize(language);
    SourceFeed feed = this;
    return new SourceFeed() {
      @Override
      public Item next() {
        Item item = feed.next();
        return item == null || item.problem() != null || item.source().language().isPresent()
            ? item
            : Item.of(item.source().withLanguage(code), item.location());
      }

      @Override
      public long bytesRead() {
        return feed.bytesRead();
      }

      @Override
      public OptionalLong totalBytes() {
        return feed.totalBytes();
      }

      @Override
      public List<RecordsFile> recordsFilesRead() {
        return feed.recordsFilesRead();
      }

      @Override
      public Map<String, Long> passedOver() {
        return feed.passedOver();
      }

      @Override
      public void close() {
        feed.close();
      }
    };
  }

  /**
   * One source, or one problem.
   *
   * @param source the source, or null for a problem
   * @param location where it was read ({@code file:line}, a file, or the id), for reports
   * @param problem the problem, or null for a source
   */
  record Item(Source source, String location, IngestException problem) {
    /** Checks that the item is one of the two. */
    public Item {
      if ((source == null) == (problem == null)) {
        throw new IllegalArgumentException("an item is a source or a problem");
      }
      Objects.requireNonNull(location, "location");
    }

    /**
     * A source.
     *
     * @param source the source
     * @param location where it was read
     * @return the item
     */
    public static Item of(Source source, String location) {
      return new Item(source, location, null);
    }

    /**
     * A problem.
     *
     * @param problem what went wrong, and where
     * @return the item
     */
    public static Item of(IngestException problem) {
      return new Item(null, problem.location(), problem);
    }
  }

  /**
   * A feed of sources held or made by the caller; each source's location is its URL or path, else
   * its id. A source without text (empty or only white space) is a problem ({@link
   * IngestException.Empty}), as an empty file or record is.
   *
   * @param sources the sources, iterated once
   * @return the feed
   */
  static SourceFeed of(Iterable<Source> sources) {
    // The iterator is taken on the first read, not here: a run that fails before it reads (a
    // closed or read-only Loci) leaves the caller's stream unused.
    java.util.concurrent.atomic.AtomicReference<Iterator<Source>> iterator =
        new java.util.concurrent.atomic.AtomicReference<>();
    long[] read = {0};
    return inMemory(
        () -> {
          Iterator<Source> it = iterator.updateAndGet(i -> i != null ? i : sources.iterator());
          if (!it.hasNext()) {
            return null;
          }
          Source source = it.next();
          if (source == null) {
            throw new NullPointerException(
                "the sources hold null (after " + read[0] + " sources): no source to index");
          }
          read[0]++;
          String location = source.location().orElse(source.id());
          return SourceReader.isBlank(source.text())
              ? Item.of(new IngestException.Empty(location))
              : Item.of(source, location);
        });
  }

  /**
   * A feed of what a read already produced: its problems first, then its sources.
   *
   * @param read sources and problems read into memory
   * @return the feed
   */
  static SourceFeed of(IngestResult read) {
    Iterator<IngestException> problems = read.skipped().iterator();
    SourceFeed sources = of(read.sources());
    return inMemory(() -> problems.hasNext() ? Item.of(problems.next()) : sources.next());
  }

  /** A feed whose items come from memory: no bytes to count, nothing to close. */
  private static SourceFeed inMemory(java.util.function.Supplier<Item> next) {
    return new SourceFeed() {
      @Override
      public Item next() {
        return next.get();
      }

      @Override
      public long bytesRead() {
        return 0;
      }

      @Override
      public OptionalLong totalBytes() {
        return OptionalLong.empty();
      }

      @Override
      public void close() {}
    };
  }
}
