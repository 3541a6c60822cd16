package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsclaims.export.ClaimsCsv;

/** Claims tables read back whatever a spreadsheet saved, and are written back unchanged. */
class ClaimsTableTest {

  @Test
  void theExtractorsOutputStartsWithABomAndRoundTripsByteForByte() {
    String csv = ReviewFixtures.csv(ReviewFixtures.ALL);
    assertTrue(csv.startsWith("\uFEFFclaim_id,"), "UTF-8 byte order mark, then the header");
    ClaimsTable t = ClaimsTable.parse(csv);
    assertEquals(ClaimsCsv.HEADER, t.header());
    assertEquals(List.of("review_status", "review_note"),
        t.header().subList(t.header().size() - 2, t.header().size()), "review columns come last");
    assertEquals(4, t.rows().size());
    assertEquals(csv, t.format(), "parse then format changes nothing");
    assertTrue(t.notes().isEmpty(), t.notes().toString());
  }

  @Test
  void readsWhatSpreadsheetsSave() {
    ClaimsTable original = ReviewFixtures.review(ReviewFixtures.table(ReviewFixtures.ALL),
        ReviewFixtures.id(ReviewFixtures.table(ReviewFixtures.ALL), 0),
        Map.of("review_status", "accepted", "review_note", "naïve “quotes”, a comma; and\na line break"));
    String body = original.format().substring(1);

    // Semicolons and no byte order mark (a spreadsheet in a comma-decimal locale).
    ClaimsTable s = ClaimsTable.decodeAndParse(quoteAware(original).getBytes(StandardCharsets.UTF_8));
    assertEquals(original.rows(), s.rows());
    assertTrue(s.notes().stream().anyMatch(n -> n.contains("separator ';'")), s.notes().toString());

    // UTF-16LE with its byte order mark ("Unicode text").
    byte[] utf16 = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(original.rows(), ClaimsTable.decodeAndParse(utf16).rows());

    // Windows-1252 (a plain "CSV" save): every character of the fixture exists there.
    byte[] cp1252 = body.getBytes(Charset.forName("windows-1252"));
    ClaimsTable w = ClaimsTable.decodeAndParse(cp1252);
    assertEquals("naïve “quotes”, a comma; and\na line break",
        ReviewFixtures.row(w, ReviewFixtures.id(original, 0)).get("review_note"));
    assertTrue(w.notes().stream().anyMatch(n -> n.contains("Windows-1252")), w.notes().toString());
  }

  /** The table written with ';' as separator, quoting as a spreadsheet does. */
  private static String quoteAware(ClaimsTable t) {
    StringBuilder b = new StringBuilder();
    b.append(String.join(";", t.header())).append("\r\n");
    for (ClaimsTable.Row r : t.rows()) {
      StringBuilder line = new StringBuilder();
      for (String h : t.header()) {
        String v = r.get(h);
        if (line.length() > 0) {
          line.append(';');
        }
        line.append(v.matches("(?s).*[;\"\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      b.append(line).append("\r\n");
    }
    return b.toString();
  }

  @Test
  void aFileWithoutClaimIdIsNotAClaimsTable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClaimsTable.parse("doc_id,problem,detail\r\na.txt,empty,\r\n"));
    assertTrue(e.getMessage().contains("claim_id"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClaimsTable.parse(""));
  }
}
