package io.github.loci.core.ingest;

import io.github.loci.core.internal.LuceneFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Files and folders read one source at a time (see {@link SourceReader} for the formats). Folders
 * are walked lazily, one folder's entries at a time, in the order of their full paths; a JSON Lines
 * file is read record by record. An entry that cannot be read (a folder that cannot be listed, a
 * link that cannot be followed) is reported and the walk goes on.
 *
 * <p>A root is taken by its canonical path (links and {@code ..} resolved), so a file's id and path
 * do not depend on how its folder was named; a source's path is the root's canonical path and the
 * file's path under it. Records carry the path of their JSON Lines file, so that {@code --sync}
 * removes them with it.
 */
final class FileFeed implements SourceFeed {
  /** A path still to read: a root as given, or an entry found under a root folder. */
  private record Pending(Path path, Path root, boolean isRoot, String given) {}

  private final List<Path> roots;
  private final long maxSourceBytes;
  private final String idPrefix;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final boolean recordIds;

  /** The JSON Lines file being read, if any. */
  private RecordsReading records;

  /** The bytes of the files read to their end. */
  private long bytesRead;

  private OptionalLong total;

  /** Whether every path has been visited: what was not read by then (links) is passed. */
  private boolean ended;

  /** Whether only the JSON Lines files are read (text files passed over unread). */
  boolean recordsOnly;

  /** The JSON Lines files read to their end without a problem, with their ids when kept. */
  private final List<RecordsFile> readRecordsFiles = new ArrayList<>();

  /** What the walk passed over, by kind ({@link #passedOver}). */
  private final Map<String, Long> passedOver = new ConcurrentSkipListMap<>();

  /** The JSON Lines files opened in this run (few: each holds many records). */
  private final Set<Path> recordsFilesOpened = new HashSet<>();

  /** The roots with every link resolved, made when a link is first met. */
  private List<Path> realRoots;

  FileFeed(Collection<Path> paths, long maxSourceBytes, String idPrefix) {
    this(paths, maxSourceBytes, idPrefix, false);
  }

  /**
   * A feed of files.
   *
   * @param recordIds whether to keep the ids of each JSON Lines file read without a problem ({@link
   *     #recordsFilesRead})
   */
  FileFeed(Collection<Path> paths, long maxSourceBytes, String idPrefix, boolean recordIds) {
    this.recordIds = recordIds;
    this.roots = List.copyOf(paths);
    this.maxSourceBytes = maxSourceBytes;
    this.idPrefix = idPrefix;
    for (Path path : roots) {
      Path canonical = canonicalRoot(path);
      pending.addLast(new Pending(canonical, canonical, true, path.toString()));
    }
  }

  /**
   * A root's canonical path; for a link to a file, the link's own name in its canonical folder, so
   * that the file's id and kind are those of the name given ("notes.txt" linking to "notes").
   */
  private static Path canonicalRoot(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(absolute)
        && !Files.isDirectory(absolute)
        && absolute.getParent() != null) {
      return canonical(absolute.getParent()).resolve(absolute.getFileName());
    }
    return canonical(path);
  }

  /** A path with links and {@code ..} resolved, or absolute and normalized if it does not exist. */
  static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute; // reported when it is read
    }
  }

  @Override
  public Item next() {
    while (true) {
      if (records != null) {
        Item item = records.next();
        if (item != null) {
          return item;
        }
        records.cleanlyRead().ifPresent(readRecordsFiles::add);
        closeRecords();
      }
      Pending next = pending.pollFirst();
      if (next == null) {
        ended = true;
        return null;
      }
      Item item = visit(next);
      if (item != null) {
        return item;
      }
    }
  }

  @Override
  public List<RecordsFile> recordsFilesRead() {
    return List.copyOf(readRecordsFiles);
  }

  @Override
  public Map<String, Long> passedOver() {
    return Collections.unmodifiableMap(new TreeMap<>(passedOver));
  }

  private Item visit(Pending p) {
    Path path = p.path();
    if (p.isRoot() && !Files.exists(path)) {
      return Item.of(
          new IngestException.Unreadable(
              p.given(),
              Files.isSymbolicLink(path)
                  ? "a link that cannot be followed (it leads to no file, or round in a loop)"
                  : "no such file or folder",
              null));
    }
    if (!p.isRoot() && !nameRoundTrips(path)) {
      return Item.of(
          new IngestException.Unsupported(
              path.toString(),
              "its name cannot be read in this JVM's file-name encoding ("
                  + System.getProperty("sun.jnu.encoding", "?")
                  + "), so its path would name no file: rename it to UTF-8 (e.g. convmv -f"
                  + " latin1 -t utf8), or run Java in a UTF-8 locale (LC_ALL=C.UTF-8)"));
    }
    BasicFileAttributes attributes;
    try {
      attributes =
          p.isRoot()
              ? Files.readAttributes(path, BasicFileAttributes.class)
              : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return Item.of(new IngestException.Unreadable(path.toString(), describe(e), e));
    }
    if (attributes.isDirectory()) {
      return list(p);
    }
    if (attributes.isSymbolicLink()) {
      Item problem = unfollowable(path);
      if (problem != null) {
        return problem;
      }
      Optional<Path> root = rootReading(path);
      if (root.isPresent()) {
        return Item.of(
            new IngestException.Rejected(
                path.toString(),
                "a link to a file this run reads itself (under "
                    + root.get()
                    + "): read once, by its own name",
                null));
      }
    }
    if (attributes.isRegularFile() || Files.isRegularFile(path)) {
      Path relative = p.isRoot() ? path.getFileName() : p.root().relativize(path);
      // A file given as a link is named and typed by the link, and known by the file it leads to:
      // given twice (as itself too), or indexed before under another id, it is that file.
      Path stored = p.isRoot() && Files.isSymbolicLink(path) ? canonical(path) : path;
      return readFile(path, relative, stored, p.isRoot());
    }
    if (attributes.isSymbolicLink() && Files.isDirectory(path)) {
      return Item.of(
          new IngestException.Unsupported(
              path.toString(),
              "a link to a folder, not followed inside a folder (give the folder itself to read"
                  + " it)"));
    }
    return Item.of(
        new IngestException.Unsupported(
            path.toString(), "not a regular file (a pipe, socket or device): not read"));
  }

  /**
   * Whether a path found in a folder can be found again by its name as a string: a name whose bytes
   * are not valid in the file-name encoding reads with U+FFFD in their place, and that string names
   * no file (or another one), so that the source's path would name a file that is not there.
   */
  private static boolean nameRoundTrips(Path path) {
    String name = path.toString();
    if (name.indexOf('\uFFFD') < 0) {
      return true;
    }
    try {
      Path again = Path.of(name);
      return Files.exists(again, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(again, path);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * The root under which a link's target file lies, when one of this run's roots is or holds that
   * source file (not in a hidden folder): the run reads the file itself, by its own name.
   */
  private Optional<Path> rootReading(Path link) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      return Optional.empty();
    }
    if (!SourceFiles.isSourceFile(target.getFileName().toString()) || !nameRoundTrips(target)) {
      return Optional.empty(); // a folder's walk passes over it: read through the link
    }
    if (realRoots == null) {
      realRoots = roots.stream().map(FileFeed::canonical).toList();
    }
    for (Path root : realRoots) {
      if (target.equals(root)
          || (target.startsWith(root) && Files.isDirectory(root) && !hiddenBelow(root, target))) {
        return Optional.of(root);
      }
    }
    return Optional.empty();
  }

  /** Whether a path under a folder passes through a hidden name, which the walk skips. */
  private static boolean hiddenBelow(Path folder, Path path) {
    for (Path part : folder.relativize(path)) {
      if (isHiddenName(part)) {
        return true;
      }
    }
    return false;
  }

  /** A problem if a link found in a folder leads nowhere or round in a loop, else null. */
  private static Item unfollowable(Path link) {
    try {
      link.toRealPath();
      return null;
    } catch (IOException e) {
      String target;
      try {
        target = Files.readSymbolicLink(link).toString();
      } catch (IOException | UnsupportedOperationException unreadable) {
        target = "?";
      }
      String why =
          e instanceof java.nio.file.NoSuchFileException
              ? "it leads to no file"
              : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                  ? fs.getReason()
                  : describe(e);
      return Item.of(
          new IngestException.Unreadable(
              link.toString(),
              "a link that cannot be followed, to " + target + " (" + why + ")",
              e));
    }
  }

  /**
   * Queues a folder's entries, in the order of their full paths; reports a folder not listed, and
   * passes over a folder that holds a Lucene index.
   */
  private Item list(Pending folder) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder.path())) {
      for (Path entry : stream) {
        if (!entry.getFileName().toString().startsWith(".")) {
          entries.add(entry);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return Item.of(new IngestException.Unreadable(folder.path().toString(), describe(e), e));
    } catch (java.nio.file.DirectoryIteratorException e) {
      // What the listing's iterator throws when reading the folder fails midway.
      return Item.of(
          new IngestException.Unreadable(folder.path().toString(), describe(e.getCause()), e));
    }
    if (LuceneFolders.holdsIndex(entries.stream().map(e -> e.getFileName().toString()).toList())) {
      // A Lucene index, such as the one this run writes into a folder it reads: not sources.
      passedOver.merge("index folder", 1L, Long::sum);
      return null;
    }
    // "a/b.txt" sorts after "a.txt" as full paths: a folder's name sorts as if it ended in '/'.
    entries.sort(
        Comparator.comparing(
            e ->
                e.getFileName().toString()
                    + (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS) ? "/" : "")));
    for (int i = entries.size() - 1; i >= 0; i--) {
      pending.addFirst(
          new Pending(entries.get(i), folder.root(), false, entries.get(i).toString()));
    }
    return null;
  }

  /**
   * Reads a file.
   *
   * @param file where to read it
   * @param relative its path under its root, which its id is made from
   * @param stored the path its sources keep (the file a root given as a link leads to)
   */
  private Item readFile(Path file, Path relative, Path stored, boolean isRoot) {
    String name = file.toString();
    SourceFiles.Kind kind = SourceFiles.kindOf(file.getFileName().toString());
    if (kind == null && isRoot) {
      return Item.of(
          new IngestException.Unsupported(
              name, "not a source file (Loci reads " + SourceReader.FILE_TYPES + ")"));
    }
    if (kind == null) {
      // A folder's PDFs and images are not sources that failed: counted, not reported one by one.
      String extension = SourceFiles.extension(file.getFileName().toString());
      passedOver.merge(extension.isEmpty() ? "no extension" : "." + extension, 1L, Long::sum);
      return null;
    }
    if (kind == SourceFiles.Kind.JSON_LINES) {
      // Each record is a source of its own, so the run's check of a file given twice does not see
      // a records file: it would be read again, and each record reported as a duplicate id.
      if (!recordsFilesOpened.add(stored)) {
        return Item.of(
            new IngestException.Rejected(
                name,
                "the same file as an earlier input of this run (given twice): read once",
                null));
      }
      try {
        records = RecordsReading.open(file, name, stored, idPrefix, maxSourceBytes, recordIds);
      } catch (IOException e) {
        return Item.of(new IngestException.Unreadable(name, describe(e), e));
      }
      return null;
    }
    if (recordsOnly) {
      return null;
    }
    String content;
    try {
      content = SourceReader.readUtf8(file, maxSourceBytes);
    } catch (IngestException e) {
      return Item.of(e);
    } finally {
      bytesRead += sizeOf(file);
    }
    if (SourceReader.isBlank(content)) {
      return Item.of(new IngestException.Empty(name));
    }
    String id = idPrefix + SourceFiles.withoutExtension(relative.toString().replace('\\', '/'));
    Source source;
    try {
      source =
          new Source(
              id,
              SourceReader.titleOf(content, id),
              Optional.empty(),
              Optional.of(stored),
              Optional.empty(),
              content);
    } catch (IllegalArgumentException e) {
      return Item.of(new IngestException.Unsupported(name, e.getMessage()));
    }
    return Item.of(source, name);
  }

  private void closeRecords() {
    if (records != null) {
      bytesRead += records.bytesRead();
      records.close();
      records = null;
    }
  }

  @Override
  public long bytesRead() {
    long read = records == null ? bytesRead : bytesRead + records.bytesRead();
    // The total counts a link to a file this run reads by its own name, which is read once: at
    // the end the whole input is behind, and progress says 100%.
    return ended ? Math.max(read, totalBytes().orElse(0)) : read;
  }

  /**
   * The sizes of the source files under the roots, summed on first call by a walk that passes over
   * hidden entries and what it cannot read, as reading does.
   */
  @Override
  public OptionalLong totalBytes() {
    if (total == null) {
      long[] sum = {0};
      for (Path root : roots) {
        try {
          Path start = root.toRealPath(); // a root given as a link is followed, as reading does
          Files.walkFileTree(
              start,
              new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                  return !dir.equals(start) && isHiddenName(dir)
                      ? FileVisitResult.SKIP_SUBTREE
                      : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                  if ((file.equals(start) || !isHiddenName(file))
                      && SourceFiles.isSourceFile(file.getFileName().toString())) {
                    sum[0] += sizeOf(file);
                  }
                  return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                  return FileVisitResult.CONTINUE;
                }
              });
        } catch (IOException | RuntimeException e) {
          // what cannot be walked is reported when it is read
        }
      }
      total = OptionalLong.of(sum[0]);
    }
    return total;
  }

  private static boolean isHiddenName(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  @Override
  public void close() {
    closeRecords();
    pending.clear();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * What a failure to read a file says: the reason, without the exception's name or a second copy
   * of the path when the file system gives one.
   */
  static String describe(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (the user running Loci cannot read it)";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
