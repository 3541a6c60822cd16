package org.newsclaims.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;
import org.newsclaims.text.ArticleDecoder;

/**
 * Reads one article file into an {@link Article}, or says why it cannot: unreadable, larger
 * than the size limit (read no further than the limit, so a huge file never exhausts memory),
 * binary (NUL bytes), invalid UTF-8 (with the byte offset), empty or white space only.
 * Thread-safe.
 */
public final class ArticleReader {

  /** Either an article or the problem that stopped it. */
  public sealed interface Outcome permits Read, Failed {}

  public record Read(Article article) implements Outcome {}

  public record Failed(Problem problem) implements Outcome {}

  private final long maxBytes;
  private final ArticleDecoder decoder = new ArticleDecoder();

  public ArticleReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public Outcome read(String docId, Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      return fail(docId, Problem.Kind.UNREADABLE, ArticleFolder.describe(e));
    }
    if (bytes.length > maxBytes) {
      return fail(docId, Problem.Kind.TOO_LARGE,
          "larger than the limit of " + maxBytes + " bytes (--max-bytes)");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return fail(docId, Problem.Kind.BINARY, "NUL byte at offset " + i + ": not a text file");
      }
    }
    String text;
    try {
      text = decoder.decode(bytes);
    } catch (ArticleDecoder.MalformedTextException e) {
      return fail(docId, Problem.Kind.INVALID_UTF8, e.getMessage() + "; article skipped, not decoded with replacement");
    }
    if (text.isEmpty()) {
      return fail(docId, Problem.Kind.EMPTY, "empty file");
    }
    if (text.isBlank()) {
      return fail(docId, Problem.Kind.EMPTY, "white space only");
    }
    return new Read(new Article(docId, text));
  }

  private static Outcome fail(String docId, Problem.Kind kind, String detail) {
    return new Failed(new Problem(docId, kind, detail));
  }
}
