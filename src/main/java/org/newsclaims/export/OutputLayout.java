package org.newsclaims.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of an output folder, the one owner of its file names:
 * <pre>
 * OUT/claims.csv, OUT/problems.csv    the results
 * OUT/review-orphans.csv              reviews whose claim is gone
 * OUT/text/DOC_ID.txt                 texts extracted from HTML/JSON (offsets point into them)
 * OUT/newsclaims.db                   the folder's state (SQLite; -wal and -shm beside it)
 * </pre>
 */
public final class OutputLayout {
  public static final String CLAIMS_FILE = "claims.csv";
  public static final String PROBLEMS_FILE = "problems.csv";
  public static final String FRAMES_FILE = "frames.csv";
  public static final String ORPHANS_FILE = "review-orphans.csv";
  public static final String TEXT_DIR = "text";
  public static final String DATABASE = "newsclaims.db";
  /** Where earlier versions kept their state (manifest, cache, lock); deleted when found. */
  public static final String LEGACY_STATE_DIR = ".newsclaims";

  private final Path root;

  public OutputLayout(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public Path claims() {
    return root.resolve(CLAIMS_FILE);
  }

  public Path frames() {
    return root.resolve(FRAMES_FILE);
  }

  public Path problems() {
    return root.resolve(PROBLEMS_FILE);
  }

  public Path orphans() {
    return root.resolve(ORPHANS_FILE);
  }

  public Path database() {
    return root.resolve(DATABASE);
  }

  public Path textDir() {
    return root.resolve(TEXT_DIR);
  }

  /**
   * Whether a path relative to the output folder ({@code /} separated) is the run's state rather
   * than a result: the database and its journal files.
   */
  public static boolean isState(String relative) {
    return relative.equals(DATABASE) || relative.startsWith(DATABASE + "-") || relative.startsWith(LEGACY_STATE_DIR + "/");
  }

  /** The saved-text name of an article, relative to the output folder, {@code /} separators. */
  public static String textFileName(String docId) {
    return TEXT_DIR + "/" + docId + ".txt";
  }

  /** A path relative to the output folder, {@code /} separated, to a file inside it. */
  public Path resolve(String relative) {
    Path p = root;
    for (String part : relative.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("not a plain relative path: " + relative);
      }
      p = p.resolve(part);
    }
    return p;
  }

  /**
   * The saved text a path read from the database names, if it is one this tool makes: {@code
   * text/...txt}, plain relative, inside {@code text/} after resolving links. Anything else
   * (claims.csv, a path out of the folder) is never deleted or overwritten on the database's word.
   */
  public Optional<Path> savedText(String relative) {
    if (!relative.startsWith(TEXT_DIR + "/") || !relative.endsWith(".txt")) {
      return Optional.empty();
    }
    Path p;
    try {
      p = resolve(relative);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try {
      Path dir = textDir().toRealPath();
      Path parent = p.getParent().toRealPath();
      return parent.startsWith(dir) && !Files.isSymbolicLink(p) ? Optional.of(p) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // its folder is gone: nothing to delete
    }
  }

  /** Creates the folder and deletes temporary files left by a killed run. */
  public void prepare() throws IOException {
    Files.createDirectories(root);
    for (Path dir : List.of(root, textDir())) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      boolean deep = !dir.equals(root);
      try (Stream<Path> files = deep ? Files.walk(dir) : Files.list(dir)) {
        for (Path f : files.filter(AtomicFile::isLeftover).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** Whether the saved text file already holds exactly this text. */
  public boolean hasText(String relative, String text) throws IOException {
    Path file = resolve(relative);
    byte[] want = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (Files.size(file) != want.length) {
        return false;
      }
      return Arrays.equals(Files.readAllBytes(file), want);
    } catch (NoSuchFileException e) {
      return false;
    }
  }
}
