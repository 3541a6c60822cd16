package org.newsclaims.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsclaims.export.ClaimIds;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.pipeline.ArticleResult;
import org.newsclaims.testing.SharedModels;
import org.newsclaims.text.TextDecoder;

/** Frames of the sample article parsed by the real CoreNLP, written as frames.csv and read back. */
class FramesCsvIT {
  private static final String DOC = "000-alaska-summit-ceasefire-talks.txt";
  private static String text;
  private static List<CSVRecord> rows;

  @BeforeAll
  static void writeFrames() throws Exception {
    Path file = SharedModels.corpus().resolve(DOC);
    assertTrue(Files.isRegularFile(file), "the sample article is missing: " + file);
    text = TextDecoder.strict(Files.readAllBytes(file));
    ArticleResult r = SharedModels.analyzer().analyze(new Article(DOC, text));
    assertTrue(r.problem().isEmpty(), () -> "sample article failed: " + r.problem());
    List<Claim> claims = r.claims();
    SlotRules rules = SlotRules.load(SharedModels.root().resolve("models").resolve(SlotRules.FILE),
        SharedModels.models().taxonomy().places());
    List<Frame> frames = new FrameExtractor(rules).frames(DOC, text, claims, OptionalInt.empty());
    StringBuilder csv = new StringBuilder();
    new FramesCsv(csv).write(text, frames, i -> ClaimIds.of(claims.get(i), text));
    rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.toString())).getRecords();
    assertFalse(rows.isEmpty(), "no frames at all:\n" + csv);
  }

  /** Code points [start, end) of the text. */
  private static String cut(int start, int end) {
    int[] cps = text.codePoints().toArray();
    return new String(cps, start, end - start);
  }

  @Test
  void everyValueIsTheTextAtItsCodePointOffsets() {
    for (CSVRecord row : rows) {
      assertEquals(FramesCsv.COLUMNS, row.getParser().getHeaderNames());
      assertEquals(row.get("value"), cut(Integer.parseInt(row.get("value_start")), Integer.parseInt(row.get("value_end"))),
          () -> "row " + row);
      assertTrue(row.get("claim_id").matches("c[0-9a-f]{15}"), () -> "claim id of " + row);
      assertEquals(DOC, row.get("doc_id"));
    }
  }

  @Test
  void theMeetingHasItsPlacesAndItsDate() {
    int utf16 = text.indexOf("The meeting is scheduled for 15 August");
    assertTrue(utf16 >= 0, "the sample sentence is missing");
    int sentence = text.codePointCount(0, utf16);
    int end = text.codePointCount(0, text.indexOf('\n', utf16));
    Set<String> venue = new TreeSet<>();
    for (CSVRecord row : rows) {
      int start = Integer.parseInt(row.get("value_start"));
      if (row.get("topic").equals("venue") && start >= sentence && start < end) {
        venue.add(row.get("slot") + "=" + row.get("value") + "=" + row.get("normalized"));
      }
    }
    assertTrue(venue.contains("place=Joint Base Elmendorf-Richardson=Joint Base Elmendorf-Richardson"), venue::toString);
    assertTrue(venue.contains("place=Anchorage, Alaska=Anchorage, Alaska"), venue::toString);
    assertTrue(venue.contains("date=15 August=XXXX-08-15"), venue::toString);
  }

  @Test
  void trumpWillNotDiscussUkrainesTerritories() {
    int utf16 = text.indexOf("he will not discuss Ukraine’s territories");
    assertTrue(utf16 >= 0);
    int at = text.codePointCount(0, utf16);
    Set<String> territory = new TreeSet<>();
    for (CSVRecord row : rows) {
      int start = Integer.parseInt(row.get("value_start"));
      if (row.get("topic").equals("territory") && start >= at && start < at + 60) {
        territory.add(row.get("slot") + "=" + row.get("value") + "=" + row.get("normalized"));
      }
    }
    assertEquals(Set.of("action=discuss=discuss", "place=Ukraine’s territories=Ukraine"), territory);
  }
}
