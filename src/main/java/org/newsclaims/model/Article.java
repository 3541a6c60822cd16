package org.newsclaims.model;

import java.util.Objects;

/**
 * An article ready for analysis: its id (path relative to the input folder, {@code /}
 * separators) and its text as decoded (BOM dropped, line endings untouched).
 */
public record Article(String docId, String text) {
  public Article {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
  }
}
