package org.newsclaims.model;

import java.util.Objects;

/**
 * An article ready for analysis: its id, its text as decoded (BOM dropped, line endings
 * untouched) and what its source said about it.
 *
 * <p>The id of a text or HTML file is its path relative to the input folder ({@code /}
 * separators); an article of a JSON export is {@code path#id} or {@code path#index}.
 *
 * @param docId the article id, unique within a run
 * @param text the text every offset points into
 * @param metadata title, URL, date and outlet from the source ({@link Metadata#NONE} for plain text)
 */
public record Article(String docId, String text, Metadata metadata) {
  public Article {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
  }

  /** An article without metadata (a plain text file). */
  public Article(String docId, String text) {
    this(docId, text, Metadata.NONE);
  }

  /**
   * What the source page or export record said about the article, each value as written there
   * (trimmed, white space collapsed), empty when unknown. Dates are not reformatted.
   */
  public record Metadata(String title, String url, String published, String outlet) {
    public static final Metadata NONE = new Metadata("", "", "", "");

    public Metadata {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(outlet, "outlet");
    }

    public boolean isEmpty() {
      return title.isEmpty() && url.isEmpty() && published.isEmpty() && outlet.isEmpty();
    }
  }
}
