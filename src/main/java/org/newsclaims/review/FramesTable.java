package org.newsclaims.review;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsclaims.frame.FramesCsv;

/**
 * The frame slots of {@code frames.csv} ({@link FramesCsv#COLUMNS}) by claim id, for promotion to
 * gold. Offsets are code points as the file writes them. Immutable.
 */
public final class FramesTable {
  /** No frames (no frames.csv). */
  public static final FramesTable NONE = new FramesTable(Map.of());

  /** One row: a slot value of a claim's frame, offsets in code points. */
  public record Slot(String claimId, String topic, String slot, String value, int start, int end, String normalized) {}

  private final Map<String, List<Slot>> byClaim;

  private FramesTable(Map<String, List<Slot>> byClaim) {
    this.byClaim = byClaim;
  }

  /** The table of a frames.csv, or {@link #NONE} when the file does not exist. */
  public static FramesTable readIfExists(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException x) {
      throw new IOException(file + ": " + x.getMessage(), x);
    }
  }

  /**
   * Parses the text of a frames.csv (a leading byte order mark is dropped).
   *
   * @throws IllegalArgumentException if the header is not {@link FramesCsv#COLUMNS} or a row is malformed
   */
  public static FramesTable parse(String text) {
    String body = text.startsWith(ClaimsTable.BOM) ? text.substring(1) : text;
    Map<String, List<Slot>> out = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), CSVFormat.RFC4180)) {
      boolean header = true;
      for (CSVRecord r : parser) {
        if (header) {
          if (!r.toList().equals(FramesCsv.COLUMNS)) {
            throw new IllegalArgumentException("header " + r.toList() + ", expected " + FramesCsv.COLUMNS);
          }
          header = false;
          continue;
        }
        if (r.size() != FramesCsv.COLUMNS.size()) {
          throw new IllegalArgumentException("line " + r.getRecordNumber() + ": " + r.size() + " cells, expected "
              + FramesCsv.COLUMNS.size());
        }
        Slot s = new Slot(cell(r, FramesCsv.CLAIM_ID), cell(r, FramesCsv.TOPIC), cell(r, FramesCsv.SLOT),
            cell(r, FramesCsv.VALUE), number(r, FramesCsv.VALUE_START), number(r, FramesCsv.VALUE_END),
            cell(r, FramesCsv.NORMALIZED));
        out.computeIfAbsent(s.claimId(), k -> new ArrayList<>()).add(s);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable: " + e.getMessage(), e);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return new FramesTable(Map.copyOf(out));
  }

  /** The cell of a named column; the header was checked to be {@link FramesCsv#COLUMNS}. */
  private static String cell(CSVRecord r, String column) {
    return r.get(FramesCsv.COLUMNS.indexOf(column));
  }

  private static int number(CSVRecord r, String column) {
    try {
      return Integer.parseInt(cell(r, column).strip());
    } catch (NumberFormatException x) {
      throw new IllegalArgumentException("line " + r.getRecordNumber() + ": " + column
          + " '" + cell(r, column) + "' is not a number", x);
    }
  }

  /** The slots of one claim, in file order. */
  public List<Slot> of(String claimId) {
    return Optional.ofNullable(byClaim.get(claimId)).orElse(List.of());
  }
}
