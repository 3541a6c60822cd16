package org.newsclaims.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.text.TextDecoder;

/**
 * Finds the text a claims row's offsets point into: the saved text named by the row's
 * {@code text_file} cell (relative to the output folder), else {@code OUT/text/DOC_ID.txt} when
 * it exists (texts extracted from HTML or JSON), else the input file {@code IN/DOC_ID}. Texts are
 * decoded by the extractor's decoder (strict UTF-8, BOM dropped) and cached.
 *
 * <p>Not thread-safe (a cache); one instance per command.
 */
public final class ArticleTexts {
  public static final String TEXT_FILE = ClaimsColumn.TEXT_FILE.header();
  static final String TEXT_DIR = OutputLayout.TEXT_DIR;

  private final Path in;
  private final Path out;
  private final Map<String, Optional<Path>> located = new HashMap<>();
  private final Map<Path, Optional<String>> cache = new HashMap<>();
  private final Map<Path, String> problems = new HashMap<>();

  public ArticleTexts(Path in, Path out) {
    this.in = in;
    this.out = out;
  }

  /** The file a row's text comes from; empty for an id that is not a plain relative path. */
  public Optional<Path> locate(String docId, String textFileCell) {
    return located.computeIfAbsent(docId + '\u0000' + textFileCell, k -> find(docId, textFileCell));
  }

  private Optional<Path> find(String docId, String textFileCell) {
    if (!textFileCell.isBlank()) {
      return safeResolve(out, textFileCell.strip());
    }
    Optional<Path> saved = safeResolve(out, TEXT_DIR + "/" + docId + ".txt");
    if (saved.isPresent() && Files.isRegularFile(saved.get())) {
      return saved;
    }
    return safeResolve(in, docId);
  }

  /** The text of a row's article, empty when it cannot be found or decoded (see {@link #problem}). */
  public Optional<String> text(ClaimsTable.Row row) {
    return text(row.docId(), row.get(TEXT_FILE));
  }

  /** The text of an article, empty when it cannot be found or decoded (see {@link #problem}). */
  public Optional<String> text(String docId, String textFileCell) {
    Optional<Path> file = locate(docId, textFileCell);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(file.get(), this::load);
  }

  /** Why a row's text could not be had. */
  public String problem(String docId, String textFileCell) {
    Optional<Path> file = locate(docId, textFileCell);
    if (file.isEmpty()) {
      return "doc_id '" + docId + "' is not a relative path";
    }
    return problems.getOrDefault(file.get(), "article text not found at " + file.get());
  }

  private Optional<String> load(Path file) {
    if (!Files.isRegularFile(file)) {
      problems.put(file, "article text not found at " + file);
      return Optional.empty();
    }
    try {
      return Optional.of(TextDecoder.strict(Files.readAllBytes(file)));
    } catch (IOException e) {
      problems.put(file, "cannot read " + file + ": " + e.getMessage());
    } catch (TextDecoder.RejectedException e) {
      problems.put(file, file + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** A relative, {@code /}-separated path under a folder, refusing absolute paths and {@code ..}. */
  static Optional<Path> safeResolve(Path base, String relative) {
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
      return Optional.empty();
    }
    Path p = base;
    for (String part : relative.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return Optional.empty();
      }
      p = p.resolve(part);
    }
    return Optional.of(p);
  }
}
