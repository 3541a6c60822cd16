package org.newsclaims.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsclaims.export.ClaimsCsv;

/**
 * The one invariant check every test uses on claims.csv rows: offsets in bounds and in code
 * points, {@code text[start:end] == cell} for every role of every row, a rule id on every row,
 * no duplicate claim ids.
 */
public final class ClaimAssertions {
  private ClaimAssertions() {}

  /** Parses claims.csv text (its leading byte order mark, if any, dropped). */
  public static List<CSVRecord> parse(String csv) throws IOException {
    String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(body)).getRecords();
  }

  /** Checks the provenance invariant of every row that belongs to {@code docId}; returns how many. */
  public static int assertProvenance(List<CSVRecord> rows, String docId, String text) {
    int[] cps = text.codePoints().toArray();
    int n = 0;
    Set<String> ids = new HashSet<>();
    for (CSVRecord r : rows) {
      if (!r.get("doc_id").equals(docId)) {
        continue;
      }
      n++;
      assertTrue(ids.add(r.get("claim_id")), "duplicate claim id " + r.get("claim_id"));
      assertFalse(r.get("rule_id").isBlank(), "row without rule id: " + r);
      check(cps, r, "speaker", "speaker_start", "speaker_end");
      check(cps, r, "cue", "cue_start", "cue_end");
      check(cps, r, "content", "content_start", "content_end");
    }
    return n;
  }

  private static void check(int[] cps, CSVRecord r, String cell, String startCol, String endCol) {
    String value = r.get(cell);
    String starts = r.get(startCol);
    String ends = r.get(endCol);
    if (starts.isEmpty()) {
      assertEquals("", value, cell + " has text but no offsets: " + r);
      assertEquals("", ends, cell + " has an end but no start: " + r);
      return;
    }
    String[] s = starts.split(";");
    String[] e = ends.split(";");
    assertEquals(s.length, e.length, "starts and ends differ in number: " + r);
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < s.length; i++) {
      int a = Integer.parseInt(s[i]);
      int b = Integer.parseInt(e[i]);
      if (a < 0 || b < a || b > cps.length) {
        fail(cell + " span " + a + "-" + b + " out of bounds (" + cps.length + " code points): " + r);
      }
      if (i > 0) {
        cut.append(ClaimsCsv.PIECE_SEPARATOR);
      }
      cut.append(new String(cps, a, b - a));
    }
    assertEquals(value, cut.toString(), cell + " differs from text[" + starts + ":" + ends + "]");
  }
}
