package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.newsclaims.export.AtomicFile;

/**
 * The layout of an output folder:
 * <pre>
 * OUT/claims.csv, OUT/problems.csv    the results
 * OUT/text/DOC_ID.txt                 texts extracted from HTML/JSON (offsets point into them)
 * OUT/.newsclaims/manifest.json       what the last run read and produced
 * OUT/.newsclaims/cache/KE/KEY.json   one analysed article, keyed by everything it depends on
 * OUT/.newsclaims/lock                held while a run uses the folder
 * </pre>
 */
final class OutputFolder {
  static final String STATE_DIR = ".newsclaims";
  static final String MANIFEST = "manifest.json";
  static final String CACHE_DIR = "cache";
  static final String TEXT_DIR = "text";

  private final Path root;

  OutputFolder(Path root) {
    this.root = root;
  }

  static Path stateDir(Path outputDir) {
    return outputDir.resolve(STATE_DIR);
  }

  Path root() {
    return root;
  }

  Path claims() {
    return root.resolve(ExtractionRun.CLAIMS_FILE);
  }

  Path problems() {
    return root.resolve(ExtractionRun.PROBLEMS_FILE);
  }

  Path manifest() {
    return stateDir(root).resolve(MANIFEST);
  }

  Path cacheDir() {
    return stateDir(root).resolve(CACHE_DIR);
  }

  Path textDir() {
    return root.resolve(TEXT_DIR);
  }

  /** The saved-text name of an article, relative to the output folder, {@code /} separators. */
  static String textFileName(String docId) {
    return TEXT_DIR + "/" + docId + ".txt";
  }

  /** A path relative to the output folder, {@code /} separated, to a file inside it. */
  Path resolve(String relative) {
    Path p = root;
    for (String part : relative.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("not a plain relative path: " + relative);
      }
      p = p.resolve(part);
    }
    return p;
  }

  /** Creates the folders and deletes temporary files left by a killed run. */
  void prepare() throws IOException {
    Files.createDirectories(stateDir(root));
    for (Path dir : List.of(root, stateDir(root), cacheDir(), textDir())) {
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
  boolean hasText(String relative, String text) throws IOException {
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
