package org.newsclaims.review;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.newsclaims.export.ClaimsColumn;

/**
 * A claims table (claims.csv, review-orphans.csv) as rows of named cells, read and written
 * without knowing every column: the review loop touches a few columns by name and carries the
 * others through, whatever columns other stages add.
 *
 * <p>Reading accepts what spreadsheets save: UTF-8 with or without a byte order mark, UTF-16 with
 * one ("Unicode text"), Windows-1252 when the bytes are not UTF-8 (reported in {@link #notes()}),
 * and comma, semicolon or tab separators (whichever splits the header line into most cells).
 * Writing is always RFC 4180, UTF-8 with a byte order mark (so that spreadsheets detect UTF-8),
 * CRLF line ends, cells verbatim. Immutable.
 */
public final class ClaimsTable {
  public static final String BOM = "\uFEFF";
  public static final String CLAIM_ID = ClaimsColumn.CLAIM_ID.header();
  public static final String DOC_ID = ClaimsColumn.DOC_ID.header();
  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  /** The column names a claims table or orphans file of ours may have. */
  private static final List<String> KNOWN_COLUMNS = Stream.concat(
      Arrays.stream(ClaimsColumn.values()).map(ClaimsColumn::header), Stream.of(ReviewMerge.ORPHAN_REASON)).toList();

  private final List<String> header;
  private final List<Row> rows;
  private final List<String> notes;

  /** One row: cells by column name; a column the row lacks reads as the empty string. Immutable. */
  public static final class Row {
    private final Map<String, String> cells;

    public Row(Map<String, String> cells) {
      this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public String get(String column) {
      return cells.getOrDefault(column, "");
    }

    public String id() {
      return get(CLAIM_ID);
    }

    public String docId() {
      return get(DOC_ID);
    }

    /** A copy with one cell set. */
    public Row with(String column, String value) {
      Map<String, String> m = new LinkedHashMap<>(cells);
      m.put(column, Objects.requireNonNull(value, column));
      return new Row(m);
    }

    /** A copy with several cells set. */
    public Row with(Map<String, String> values) {
      Map<String, String> m = new LinkedHashMap<>(cells);
      m.putAll(values);
      return new Row(m);
    }

    public Map<String, String> cells() {
      return cells;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Row r && r.cells.equals(cells);
    }

    @Override
    public int hashCode() {
      return cells.hashCode();
    }

    @Override
    public String toString() {
      return cells.toString();
    }
  }

  public ClaimsTable(List<String> header, List<Row> rows) {
    this(header, rows, List.of());
  }

  private ClaimsTable(List<String> header, List<Row> rows, List<String> notes) {
    this.header = List.copyOf(header);
    if (new HashSet<>(this.header).size() != this.header.size()) {
      throw new IllegalArgumentException("duplicate column in " + header);
    }
    this.rows = List.copyOf(rows);
    this.notes = List.copyOf(notes);
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  /** What reading had to adapt to (encoding, separator), for the user; empty for our own files. */
  public List<String> notes() {
    return notes;
  }

  /** This table with other rows. */
  public ClaimsTable withRows(List<Row> newRows) {
    return new ClaimsTable(header, newRows, notes);
  }

  /** This table with columns appended to the header (those it lacks). */
  public ClaimsTable withColumns(List<String> columns) {
    List<String> h = new ArrayList<>(header);
    for (String c : columns) {
      if (!h.contains(c)) {
        h.add(c);
      }
    }
    return new ClaimsTable(h, rows, notes);
  }

  /**
   * Reads a file, empty when it does not exist.
   *
   * @throws IOException when it is no claims table, with what to do about it
   */
  public static Optional<ClaimsTable> readIfExists(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(decodeAndParse(Files.readAllBytes(file)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(file + ": " + e.getMessage() + "; its reviews cannot be carried over. Restore it from"
          + " a copy, or move it away to start without reviews (the next run writes a new one)", e);
    }
  }

  /** Parses table bytes as a spreadsheet may have saved them. */
  static ClaimsTable decodeAndParse(byte[] bytes) {
    List<String> notes = new ArrayList<>();
    String text;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
      notes.add("read as UTF-16LE");
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
      notes.add("read as UTF-16BE");
    } else {
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        text = new String(bytes, Charset.forName("windows-1252"));
        notes.add("not UTF-8: read as Windows-1252 (save as \"CSV UTF-8\" to keep every character)");
      }
    }
    ClaimsTable t = parse(text);
    notes.addAll(t.notes);
    return new ClaimsTable(t.header, t.rows, notes);
  }

  /**
   * Parses table text (a leading byte order mark is dropped).
   *
   * @throws IllegalArgumentException if there is no {@code claim_id} column or a row is malformed
   */
  public static ClaimsTable parse(String text) {
    if (text.startsWith(BOM)) {
      text = text.substring(1);
    }
    char delimiter = delimiter(firstLine(text));
    List<String> notes = new ArrayList<>();
    if (delimiter != ',') {
      notes.add("separator '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "' (written back with ',')");
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : parser) {
        if (header == null) {
          header = new ArrayList<>();
          for (String h : r) {
            header.add(columnName(h, notes));
          }
          if (!header.contains(CLAIM_ID)) {
            throw new IllegalArgumentException("not a claims table: no " + CLAIM_ID + " column in the header " + header);
          }
          continue;
        }
        if (r.size() == 1 && r.get(0).isEmpty()) {
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), i < r.size() ? r.get(i) : "");
        }
        rows.add(new Row(cells));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("malformed CSV: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new IllegalArgumentException("not a claims table: the file is empty");
    }
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      if (!h.isEmpty() && !seen.add(h)) {
        throw new IllegalArgumentException("column '" + h + "' appears twice in the header");
      }
    }
    return new ClaimsTable(header, rows, notes);
  }

  /**
   * A header cell as the column it names: our column names are matched regardless of case,
   * surrounding spaces, and spaces or hyphens written for an underscore ({@code " Review_Status"},
   * {@code "Review Status"} and {@code "review-status"} are {@code review_status}); a name that is
   * not ours is kept as written, and a note says it is ignored.
   */
  private static String columnName(String cell, List<String> notes) {
    String name = cell.strip();
    String underscored = name.replaceAll("[\\s-]+", "_");
    for (String known : KNOWN_COLUMNS) {
      if (known.equalsIgnoreCase(underscored)) {
        if (!known.equals(cell)) {
          notes.add("column '" + cell + "' read as " + known);
        }
        return known;
      }
    }
    if (!name.isEmpty()) {
      notes.add("column '" + name + "' is not a newsclaims column: ignored (not written back)");
    }
    return name;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /** The separator that splits the header into most cells (header names hold no quotes). */
  private static char delimiter(String headerLine) {
    char best = ',';
    long bestCount = headerLine.chars().filter(c -> c == ',').count();
    for (char d : new char[] {';', '\t'}) {
      long n = headerLine.chars().filter(c -> c == d).count();
      if (n > bestCount) {
        best = d;
        bestCount = n;
      }
    }
    return best;
  }

  /** The table as written: byte order mark, header, rows, RFC 4180 with CRLF. */
  public String format() {
    StringBuilder b = new StringBuilder(BOM);
    try {
      CSVPrinter printer = new CSVPrinter(b, WRITE);
      printer.printRecord(header);
      List<String> values = new ArrayList<>(header.size());
      for (Row r : rows) {
        values.clear();
        for (String h : header) {
          values.add(r.get(h));
        }
        printer.printRecord(values);
      }
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder cannot fail", e);
    }
    return b.toString();
  }

  /** Writes {@link #format()}. */
  public void writeTo(Writer out) throws IOException {
    out.write(format());
    out.flush();
  }
}
