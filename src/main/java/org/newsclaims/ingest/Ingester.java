package org.newsclaims.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;
import org.newsclaims.text.TextDecoder;

/**
 * Reads one input file of any {@link Format} into articles and problems: the facade of the
 * ingest package. Never throws for bad input; every way a file can be bad becomes a problem
 * with a stable code and a one-line detail that ends with what was done ("skipped", "analysed").
 *
 * <p>Thread-safe.
 */
public final class Ingester {
  private final IngestOptions options;
  private final SourceReader reader;
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final JsonArticles json;

  public Ingester(IngestOptions options, ReadObserver observer) {
    this.options = Objects.requireNonNull(options, "options");
    this.reader = new SourceReader(observer);
    this.json = new JsonArticles(html, options.maxArticleBytes());
  }

  public Ingester(IngestOptions options) {
    this(options, ReadObserver.NONE);
  }

  public IngestOptions options() {
    return options;
  }

  /** Reads a file; its format comes from its name (see {@link Format#of}). */
  public IngestedFile ingest(Path file, String fileId) {
    return ingestAs(file, fileId, Format.of(file).orElseThrow(
        () -> new IllegalArgumentException("not an article file name: " + file)));
  }

  /** Reads a file as the given format, whatever its name. */
  public IngestedFile ingestAs(Path file, String fileId, Format format) {
    String hint = format == Format.TXT ? "--max-bytes" : "--max-file-bytes";
    SourceReader.Outcome outcome = reader.read(file, options.fileLimit(format), hint);
    if (outcome instanceof SourceReader.Failed f) {
      return IngestedFile.failed(fileId, file, format, Optional.empty(), f.kind(), f.detail());
    }
    SourceReader.Loaded loaded = (SourceReader.Loaded) outcome;
    Optional<FileStamp> stamp = Optional.of(loaded.stamp());
    byte[] bytes = loaded.bytes();
    if (bytes.length == 0) {
      return IngestedFile.failed(fileId, file, format, stamp, Problem.Kind.EMPTY, "empty file (0 bytes); skipped");
    }
    Optional<java.nio.charset.Charset> declared = format == Format.HTML
        ? HtmlArticleExtractor.declaredCharset(bytes) : Optional.empty();
    TextDecoder.Result decoded = TextDecoder.decode(bytes, options.invalidUtf8(), declared);
    if (decoded instanceof TextDecoder.Rejected r) {
      return IngestedFile.failed(fileId, file, format, stamp, r.kind(), r.detail());
    }
    TextDecoder.Decoded d = (TextDecoder.Decoded) decoded;
    if (d.text().isBlank()) {
      return IngestedFile.failed(fileId, file, format, stamp, Problem.Kind.EMPTY,
          "white space only (" + bytes.length + " bytes); skipped");
    }
    List<Problem> decodeWarnings = d.warning().map(w -> List.of(new Problem(fileId, Problem.Kind.INVALID_UTF8, w)))
        .orElse(List.of());
    return switch (format) {
      case TXT -> new IngestedFile(fileId, file, format, stamp, List.of(
          new IngestedFile.ArticleItem(new Article(fileId, d.text()), 0, d.replaced(), decodeWarnings)), List.of());
      case HTML -> page(fileId, file, stamp, d.text(), decodeWarnings);
      case JSON, JSONL -> exported(fileId, file, format, stamp, d.text(), decodeWarnings);
    };
  }

  private IngestedFile exported(String fileId, Path file, Format format, Optional<FileStamp> stamp, String text,
      List<Problem> decodeWarnings) {
    JsonArticles.Parsed parsed = json.parse(fileId, text, format);
    List<Problem> warnings = new ArrayList<>(decodeWarnings);
    warnings.addAll(parsed.warnings());
    return new IngestedFile(fileId, file, format, stamp, parsed.items(), warnings);
  }

  private IngestedFile page(String fileId, Path file, Optional<FileStamp> stamp, String source,
      List<Problem> decodeWarnings) {
    HtmlArticleExtractor.Page page = html.page(source);
    List<Problem> warnings = new ArrayList<>(decodeWarnings);
    if (page.repairs() > 0) {
      warnings.add(new Problem(fileId, Problem.Kind.MALFORMED_HTML, "malformed HTML: the parser made "
          + page.repairs() + (page.repairs() == 1 ? " repair" : " repairs") + ", the first " + page.firstRepair()
          + "; recovered text analysed"));
    }
    if (page.text().isBlank()) {
      Problem p = new Problem(fileId, Problem.Kind.NO_TEXT,
          "no article text in the page (looked in <article>, <main>, <body>)"
              + (page.repairs() > 0 ? " after " + page.repairs() + " parser repairs, the first " + page.firstRepair() : "")
              + "; skipped");
      return new IngestedFile(fileId, file, Format.HTML, stamp, List.of(new IngestedFile.FailedItem(p, 0)),
          decodeWarnings);
    }
    long bytes = page.text().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > options.maxArticleBytes()) {
      return IngestedFile.failed(fileId, file, Format.HTML, stamp, Problem.Kind.TOO_LARGE, "article text of "
          + bytes + " bytes, over the limit of " + options.maxArticleBytes() + " bytes (--max-bytes); skipped");
    }
    return new IngestedFile(fileId, file, Format.HTML, stamp, List.of(new IngestedFile.ArticleItem(
        new Article(fileId, page.text(), page.metadata()), 0, true, warnings)), List.of());
  }
}
