package org.newsclaims.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.newsclaims.model.Problem;

/**
 * Lists the article files under a folder: every {@code *.txt}, recursively, in a stable
 * (sorted) order, following links but never looping. Files that cannot be visited are
 * reported as problems, not thrown.
 */
public final class ArticleFolder {

  /** What a walk found: files to read, and paths that could not be visited. */
  public record Listing(List<Path> files, List<Problem> problems) {
    public Listing {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  private final Path root;

  public ArticleFolder(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The id of a file: its path relative to the root, with '/' separators. */
  public String docId(Path file) {
    String rel = root.relativize(file).toString();
    return rel.replace(file.getFileSystem().getSeparator(), "/");
  }

  public Listing list() {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String name = file.getFileName() == null ? "" : file.getFileName().toString();
              if (name.toLowerCase(Locale.ROOT).endsWith(".txt") || Files.isDirectory(file)
                  || e instanceof java.nio.file.FileSystemLoopException) {
                problems.add(new Problem(docId(file), Problem.Kind.UNREADABLE, describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    files.sort(null);
    return new Listing(files, problems);
  }

  static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return kind + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
