package org.newsclaims.ingest;

import java.nio.file.Path;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;

/**
 * Reads one plain-text article file into an {@link Article}, or says why it cannot: the
 * {@code .txt} path of {@link Ingester} for callers that read single files (bytes that are not
 * UTF-8 are rejected here, never replaced). Thread-safe.
 */
public final class ArticleReader {

  /** Either an article or the problem that stopped it. */
  public sealed interface Outcome permits Read, Failed {}

  public record Read(Article article) implements Outcome {}

  public record Failed(Problem problem) implements Outcome {}

  private final Ingester ingester;

  public ArticleReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.ingester = new Ingester(new IngestOptions(maxBytes, maxBytes, InvalidUtf8Policy.SKIP));
  }

  /** Reads a file as plain text, whatever its name. */
  public Outcome read(String docId, Path file) {
    IngestedFile f = ingester.ingestAs(file, docId, Format.TXT);
    for (IngestedFile.Item item : f.items()) {
      if (item instanceof IngestedFile.FailedItem failed) {
        return new Failed(failed.problem());
      }
      return new Read(((IngestedFile.ArticleItem) item).article());
    }
    throw new IllegalStateException("a text file yields one item: " + docId);
  }
}
