package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.query;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.ClaimsCsv;

/**
 * Issue 14, reviews: review column names are matched regardless of case and surrounding spaces
 * (as spreadsheets and people write them); a column added or a review column missing is a warning
 * saying what was ignored, never a silent loss.
 */
class ReviewColumnsTest {
  private static final String REVIEW_HEADER = ",review_status,review_note\r\n";

  /** claims.csv with its first row reviewed and its header's review columns written as {@code header}. */
  private static String reviewed(Path out, String header, String review) throws Exception {
    String csv = claims(out);
    int firstRowEnd = csv.indexOf(",,\r\n", ClaimsCsv.header().length());
    String withReview = csv.substring(0, firstRowEnd) + review + "\r\n" + csv.substring(firstRowEnd + ",,\r\n".length());
    assertContains(REVIEW_HEADER, withReview);
    String edited = withReview.replaceFirst(REVIEW_HEADER, header);
    Files.writeString(out.resolve("claims.csv"), edited, StandardCharsets.UTF_8);
    return withReview;
  }

  /**
   * A run, its first row reviewed under {@code header}, a rerun: the review survives under our
   * column names. The rerun's report.
   */
  private static RunReport rerunReviewed(Path tmp, String header, String review) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Georgia"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    String expected = reviewed(out, header, review);
    RunReport r = run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(expected, claims(out), "the review survives, under our column names");
    return r;
  }

  @Test
  void aReviewColumnSpelledOtherwiseIsReadAndAnAddedColumnIsReported(@TempDir Path tmp) throws Exception {
    RunReport r = rerunReviewed(tmp, ", Review_Status ,REVIEW_NOTE,my notes\r\n", ",accepted,checked");
    assertEquals(List.of(List.of("accepted", "checked")),
        query(tmp.resolve("out"), "SELECT status, note FROM reviews"));
    assertEquals(List.of("claims.csv: column ' Review_Status ' read as review_status",
        "claims.csv: column 'REVIEW_NOTE' read as review_note",
        "claims.csv: column 'my notes' is not a newsclaims column: ignored (not written back)"), r.reviewWarnings());
  }

  @Test
  void spacesOrHyphensForTheUnderscoreAreReadToo(@TempDir Path tmp) throws Exception {
    RunReport r = rerunReviewed(tmp, ",Review Status,review-note\r\n", ",rejected,not a claim");
    assertEquals(List.of("claims.csv: column 'Review Status' read as review_status",
        "claims.csv: column 'review-note' read as review_note"), r.reviewWarnings());
  }

  @Test
  void aMissingReviewColumnIsReported(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Georgia"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    String csv = claims(out);
    Files.writeString(out.resolve("claims.csv"), csv.replace(REVIEW_HEADER, ",review_status\r\n").replace(",,\r\n", ",\r\n"),
        StandardCharsets.UTF_8);

    RunReport r = run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(List.of("claims.csv: no review_note column: no review_note read (the column is added back)"),
        r.reviewWarnings());
    assertEquals(csv, claims(out));
  }
}
