package org.newsclaims.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats, chosen by file name extension (case-insensitive). */
public enum Format {
  /** {@code .txt}: the file is the article text (UTF-8, BOM dropped). */
  TXT("txt"),
  /** {@code .html}, {@code .htm}: a web page; the main article text is extracted. */
  HTML("html"),
  /** {@code .json}: one article object, an array of them, or an API response wrapping one. */
  JSON("json"),
  /** {@code .jsonl}, {@code .ndjson}: one article object per line. */
  JSONL("jsonl");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** The lower-case name written into the manifest. */
  public String label() {
    return label;
  }

  /** The format of a file name, empty for files that are not articles. */
  public static Optional<Format> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    return switch (n.substring(dot + 1)) {
      case "txt" -> Optional.of(TXT);
      case "html", "htm" -> Optional.of(HTML);
      case "json" -> Optional.of(JSON);
      case "jsonl", "ndjson" -> Optional.of(JSONL);
      default -> Optional.empty();
    };
  }
}
