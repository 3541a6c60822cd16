package org.newsclaims.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;

/**
 * The claims table: RFC 4180, UTF-8, a header row, one row per claim. Offsets are Unicode code
 * points, end exclusive; a discontinuous content is written as {@code ;}-separated starts and
 * ends, its text pieces joined by {@link #PIECE_SEPARATOR}. Cells are written verbatim (no
 * formula escaping), so cutting {@code [start, end)} out of the article always gives the cell.
 *
 * <p>The last columns describe the article: title, URL, publication date and outlet as its page
 * or export record gave them (empty for plain text), and {@code text_file}, the saved text the
 * offsets point into, relative to the output folder, when the text was extracted from HTML or
 * JSON (or decoded with replacement); empty when the offsets point into the input file itself.
 *
 * <p>The very last two columns, {@code review_status} and {@code review_note}, belong to the
 * people who review claims; they are written empty here and filled from the previous
 * {@code claims.csv} by {@code org.newsclaims.review.ReviewMerge}. The text starts with a UTF-8
 * byte order mark (in {@link #header()}) so that spreadsheets detect UTF-8; it shifts no offset,
 * since offsets point into the articles.
 *
 * <p>Rows depend only on the article, so the rows of each article can be rendered once
 * ({@link #records}) and concatenated after {@link #header()}: the result is byte for byte what
 * {@link #write} produces.
 */
public final class ClaimsCsv {
  public static final List<String> HEADER = ClaimsColumn.headers();
  /** The columns that come from the extractor: all but the reviewers' last two. */
  public static final List<String> STORED_COLUMNS = HEADER.stream()
      .filter(h -> ClaimsColumn.of(h).orElseThrow().owner() != ClaimsColumn.Owner.REVIEWER).toList();
  /** Starts the file, so that spreadsheets read it as UTF-8. */
  public static final String BOM = "\uFEFF";
  /** Between the text pieces of a discontinuous content. */
  public static final String PIECE_SEPARATOR = " … ";

  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(HEADER.toArray(String[]::new))
      .setRecordSeparator("\r\n")
      .get();
  private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private ClaimsCsv() {}

  /**
   * One article's claims with the text they point into, its metadata and the saved text file
   * (relative to the output folder, empty when the offsets point into the input file).
   */
  public record Rows(String text, List<Claim> claims, Article.Metadata metadata, String textFile) {
    public Rows {
      Objects.requireNonNull(text, "text");
      claims = List.copyOf(claims);
      Objects.requireNonNull(metadata, "metadata");
      Objects.requireNonNull(textFile, "textFile");
    }

    /** Claims of a plain text article. */
    public Rows(String text, List<Claim> claims) {
      this(text, claims, Article.Metadata.NONE, "");
    }
  }

  /** Writes the header and rows; flushes but does not close {@code out}. */
  public static void write(Writer out, List<Rows> articles) throws IOException {
    out.write(header());
    for (Rows a : articles) {
      out.write(records(a));
    }
    out.flush();
  }

  /** The byte order mark and the header line, record separator included. */
  public static String header() {
    StringBuilder b = new StringBuilder(BOM);
    try {
      ROWS.printRecord(b, HEADER.toArray());
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder cannot fail", e);
    }
    return b.toString();
  }

  /** The rows of one article, each ending with the record separator; empty without claims. */
  public static String records(Rows a) {
    StringBuilder b = new StringBuilder();
    for (List<String> cells : cells(a)) {
      appendRecord(b, cells);
    }
    return b.toString();
  }

  /**
   * The cells of one article's rows, every column but the reviewers' two ({@link #STORED_COLUMNS}):
   * what the output database keeps per claim.
   */
  public static List<List<String>> cells(Rows a) {
    ClaimsColumn.Article article = new ClaimsColumn.Article(a);
    List<List<String>> rows = new ArrayList<>(a.claims().size());
    for (Claim c : a.claims()) {
      rows.add(List.copyOf(row(c, article).subList(0, STORED_COLUMNS.size())));
    }
    return rows;
  }

  /** Appends one record from its stored cells, the review cells empty, record separator included. */
  public static void appendRecord(StringBuilder b, List<String> storedCells) {
    appendRecord(b, storedCells, "", "");
  }

  /** Appends one record from its stored cells and its review, record separator included. */
  public static void appendRecord(StringBuilder b, List<String> storedCells, String reviewStatus, String reviewNote) {
    appendRow(b, withReview(storedCells, reviewStatus, reviewNote));
  }

  /** A whole row (every column of {@link #HEADER}) from its stored cells and its review cells. */
  public static List<String> withReview(List<String> storedCells, String reviewStatus, String reviewNote) {
    if (storedCells.size() != STORED_COLUMNS.size()) {
      throw new IllegalArgumentException("a claims row has " + STORED_COLUMNS.size() + " stored cells, not "
          + storedCells.size());
    }
    List<String> r = new ArrayList<>(HEADER.size());
    r.addAll(storedCells);
    r.add(reviewStatus);
    r.add(reviewNote);
    return r;
  }

  /** Appends one whole row (every column of {@link #HEADER}, in order), record separator included. */
  public static void appendRow(StringBuilder b, List<String> row) {
    if (row.size() != HEADER.size()) {
      throw new IllegalArgumentException("a claims row has " + HEADER.size() + " cells, not " + row.size());
    }
    try {
      ROWS.printRecord(b, row.toArray());
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder cannot fail", e);
    }
  }

  static List<String> row(Claim c, ClaimsColumn.Article article) {
    List<String> r = new ArrayList<>(HEADER.size());
    for (ClaimsColumn col : ClaimsColumn.values()) {
      r.add(col.get(c, article));
    }
    return r;
  }
}
