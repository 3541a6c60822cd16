package org.newsclaims.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.Problem;

/**
 * Lists the article files under a folder: every file whose name ends in an extension of a
 * {@link Format}, recursively, in a stable (sorted) order, following symbolic links but never
 * looping. Hidden files and folders (name starting with {@code .}, as editors and sync tools
 * use for files in progress) are skipped, and so is everything inside the excluded folders (the
 * output folder), compared after resolving symbolic links: a link to the output folder, or to a
 * file in it, is never read as input. Anything that cannot be visited becomes a problem, not an
 * exception: a symbolic link loop, a broken link, a FIFO or device with an article's name, a
 * folder that cannot be read.
 *
 * <p>Immutable; {@link #list} walks the folder again on every call.
 */
public final class ArticleFolder {

  /** What a walk found: files to read, and paths that could not be visited. */
  public record Listing(List<Path> files, List<Problem> problems, Map<Path, Seen> seen) {
    public Listing {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
      seen = Map.copyOf(seen);
    }

    /** A listed file's size and time as the walk saw them (links followed). */
    public Seen seen(Path file) {
      Seen s = seen.get(file);
      if (s == null) {
        throw new IllegalArgumentException("not listed: " + file);
      }
      return s;
    }
  }

  /** A file's size and last modification time when it was listed. */
  public record Seen(long size, Instant modified) {}

  private final Path root;
  private final List<Path> excluded;
  /** The real paths of {@link #excluded}, resolved at the start of each walk; null for one the input lies in. */
  private List<Path> excludedReal = List.of();

  public ArticleFolder(Path root) {
    this(root, Set.of());
  }

  /**
   * @param excluded folders whose content is never listed (compared as absolute, normal paths, and
   *     as real paths: whatever link leads into them)
   */
  public ArticleFolder(Path root, Set<Path> excluded) {
    this.root = root;
    this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  public Path root() {
    return root;
  }

  /** The id of a file: its path relative to the root, with '/' separators. */
  public String docId(Path file) {
    String rel = root.relativize(file).toString();
    return rel.replace(file.getFileSystem().getSeparator(), "/");
  }

  /**
   * Walks the folder.
   *
   * @throws UncheckedIOException when the root itself cannot be read
   */
  public synchronized Listing list() {
    // A folder the input lies in (an input inside the output folder) excludes nothing.
    Path rootAbs = root.toAbsolutePath().normalize();
    Path rootReal = realPath(root);
    excludedReal = new ArrayList<>(excluded.stream().map(ArticleFolder::realPath).toList());
    for (int i = 0; i < excluded.size(); i++) {
      if (rootAbs.startsWith(excluded.get(i)) || rootReal.startsWith(excludedReal.get(i))) {
        excludedReal.set(i, null);
      }
    }
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<Path, Seen> seen = new HashMap<>();
    // The real path of each folder walked, resolved once: a file's is its folder's plus its name
    // unless it is a link itself (resolving every file's would cost a system call per path part).
    Map<Path, Path> realFolders = new HashMap<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                realFolders.put(dir, rootReal);
                return FileVisitResult.CONTINUE;
              }
              if (isHidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Path real = realPath(dir);
              if (isExcluded(dir, real)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              realFolders.put(dir, real);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              realFolders.remove(dir);
              return super.postVisitDirectory(dir, e);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file) || Format.of(file).isEmpty()) {
                return FileVisitResult.CONTINUE;
              }
              Path folder = realFolders.get(file.getParent());
              Path real = folder == null || Files.isSymbolicLink(file) ? realPath(file)
                  : folder.resolve(file.getFileName().toString());
              if (isExcluded(file, real)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                files.add(file);
                seen.put(file, new Seen(attrs.size(), attrs.lastModifiedTime().toInstant()));
              } else if (attrs.isSymbolicLink()) {
                problems.add(brokenLink(file));
              } else if (!attrs.isDirectory()) {
                problems.add(new Problem(docId(file), Problem.Kind.UNREADABLE,
                    "not a regular file (a FIFO, socket or device); skipped"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (file.equals(root)) {
                throw new UncheckedIOException("cannot read the input folder " + root, e);
              }
              if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (e instanceof FileSystemLoopException) {
                problems.add(new Problem(docId(file), Problem.Kind.SYMLINK_LOOP,
                    "symbolic link loop: leads back to a folder above it; not followed"));
              } else if (Format.of(file).isPresent() || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(docId(file), Problem.Kind.UNREADABLE,
                    (Files.isDirectory(file) ? "folder cannot be read: " : "")
                        + SourceReader.describe(e) + "; skipped"));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    files.sort(null);
    problems.sort((a, b) -> a.docId().compareTo(b.docId()));
    return new Listing(files, problems, seen);
  }

  /** A link with an article's name that does not lead to a file: broken, or a loop of links. */
  private Problem brokenLink(Path file) {
    String target;
    try {
      target = Files.readSymbolicLink(file).toString();
    } catch (IOException e) {
      target = "?";
    }
    try {
      Files.readAttributes(file, BasicFileAttributes.class);
    } catch (FileSystemException e) {
      if (!(e instanceof NoSuchFileException) && e.getReason() != null
          && e.getReason().toLowerCase(Locale.ROOT).contains("symbolic links")) {
        return new Problem(docId(file), Problem.Kind.SYMLINK_LOOP,
            "symbolic link loop (" + e.getReason() + ") via " + target + "; skipped");
      }
      return new Problem(docId(file), Problem.Kind.UNREADABLE,
          "broken symbolic link to " + target + "; skipped");
    } catch (IOException e) {
      return new Problem(docId(file), Problem.Kind.UNREADABLE,
          "symbolic link to " + target + ": " + SourceReader.describe(e) + "; skipped");
    }
    return new Problem(docId(file), Problem.Kind.UNREADABLE,
        "symbolic link to " + target + " that is not a regular file; skipped");
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Whether a folder or file is, or lies inside, an excluded folder, by its path or its real path. */
  private boolean isExcluded(Path p, Path real) {
    Path abs = p.toAbsolutePath().normalize();
    for (int i = 0; i < excluded.size(); i++) {
      if (excludedReal.get(i) != null && (abs.startsWith(excluded.get(i)) || real.startsWith(excludedReal.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The path with every symbolic link resolved, as far as it exists (the rest appended); the
   * absolute, normal path when nothing of it can be resolved.
   */
  public static Path realPath(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null) {
      try {
        Path real = existing.toRealPath();
        return existing == abs ? real : real.resolve(existing.relativize(abs)).normalize();
      } catch (IOException e) {
        existing = existing.getParent();
      }
    }
    return abs;
  }
}
