package org.newsclaims.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;

/**
 * What one input file yielded: its articles (one for text and HTML, any number for exports) and
 * its problems, in file order. Immutable.
 *
 * @param fileId the path relative to the input folder, {@code /} separators
 * @param stamp size, time and hash of the bytes read; empty when the file could not be read
 * @param items articles and failed records, in the order they appear in the file
 * @param warnings problems of the file as a whole that did not stop its articles (invalid
 *     UTF-8 decoded with replacement in an export)
 */
public record IngestedFile(String fileId, Path path, Format format, Optional<FileStamp> stamp,
    List<Item> items, List<Problem> warnings) {

  public IngestedFile {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(stamp, "stamp");
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  /** An article of the file or a part of it that failed. */
  public sealed interface Item permits ArticleItem, FailedItem {
    /** Where in the file: 0 for a whole file, else the 1-based record index or line number. */
    int position();
  }

  /**
   * An article to analyse.
   *
   * @param derivedText whether the text differs from the file's decoded bytes (HTML, JSON, or
   *     replaced bytes), so that it must be saved for the offsets to mean anything
   * @param warnings problems that did not stop the article (recorded, claims kept)
   */
  public record ArticleItem(Article article, int position, boolean derivedText, List<Problem> warnings)
      implements Item {
    public ArticleItem {
      Objects.requireNonNull(article, "article");
      warnings = List.copyOf(warnings);
    }
  }

  /** A file or record that yields no article, and why. */
  public record FailedItem(Problem problem, int position) implements Item {
    public FailedItem {
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** The articles only. */
  public List<ArticleItem> articles() {
    return items.stream().filter(ArticleItem.class::isInstance).map(ArticleItem.class::cast).toList();
  }

  /** The failures only. */
  public List<FailedItem> failures() {
    return items.stream().filter(FailedItem.class::isInstance).map(FailedItem.class::cast).toList();
  }

  static IngestedFile failed(String fileId, Path path, Format format, Optional<FileStamp> stamp,
      Problem.Kind kind, String detail) {
    return new IngestedFile(fileId, path, format, stamp,
        List.of(new FailedItem(new Problem(fileId, kind, detail), 0)), List.of());
  }
}
