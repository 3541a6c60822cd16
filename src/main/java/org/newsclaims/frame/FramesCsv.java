package org.newsclaims.frame;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsclaims.text.CodePointIndex;

/**
 * The frames table: RFC 4180, a header row, one row per slot value, in frame order. Offsets are
 * Unicode code points into the article text, end exclusive, so that {@code text[start:end] == value}
 * for a reader that counts code points; {@code normalized} is empty when there is none.
 * Not thread-safe (writes to one output).
 */
public final class FramesCsv {
  public static final String CLAIM_ID = "claim_id";
  public static final String DOC_ID = "doc_id";
  public static final String TOPIC = "topic";
  public static final String SLOT = "slot";
  public static final String VALUE = "value";
  public static final String VALUE_START = "value_start";
  public static final String VALUE_END = "value_end";
  public static final String NORMALIZED = "normalized";
  public static final List<String> COLUMNS =
      List.of(CLAIM_ID, DOC_ID, TOPIC, SLOT, VALUE, VALUE_START, VALUE_END, NORMALIZED);
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\r\n").get();
  private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final CSVPrinter printer;

  /** Writes the header row now. */
  public FramesCsv(Appendable out) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
  }

  /**
   * The rows of one article's frames.
   *
   * @param claimId the id of the claim at a frame's {@link Frame#claimIndex()}
   */
  public void write(String text, List<Frame> frames, IntFunction<String> claimId) throws IOException {
    writeRows(cells(text, frames, claimId));
  }

  /** Rows already rendered as {@link #cells}. */
  public void writeRows(List<List<String>> rows) throws IOException {
    for (List<String> row : rows) {
      printer.printRecord(row);
    }
    printer.flush();
  }

  /** The byte order mark and the header line, record separator included. */
  public static String header() {
    StringBuilder b = new StringBuilder("\uFEFF");
    try {
      new CSVPrinter(b, FORMAT).flush();
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder cannot fail", e);
    }
    return b.toString();
  }

  /** Appends one record of {@link #COLUMNS}, record separator included. */
  public static void appendRecord(StringBuilder b, List<String> row) {
    try {
      ROWS.printRecord(b, row.toArray());
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder cannot fail", e);
    }
  }

  /** The cells of {@link #COLUMNS} of one article's frames, one row per slot value, offsets in code points. */
  public static List<List<String>> cells(String text, List<Frame> frames, IntFunction<String> claimId) {
    CodePointIndex cp = new CodePointIndex(text);
    List<List<String>> rows = new java.util.ArrayList<>();
    for (Frame f : frames) {
      String id = claimId.apply(f.claimIndex());
      for (FrameSlot s : f.slots()) {
        rows.add(List.of(id, f.docId(), f.topic(), s.slot(), s.value(),
            Integer.toString(cp.toCodePoint(s.span().start())), Integer.toString(cp.toCodePoint(s.span().end())),
            s.normalized().orElse("")));
      }
    }
    return rows;
  }
}
