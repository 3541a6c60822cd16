package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.review.ClaimsTable;
import org.newsclaims.review.ReviewPage;
import org.newsclaims.review.ReviewRun;

/**
 * {@code review} reads the claims and reviews from the output database while claims.csv is as the
 * last run wrote it, and reads a reviewer's saved file back, telling the database its reviews.
 */
class ReviewFromStoreTest {

  @Test
  void reviewReadsTheDatabaseUntilAReviewerSavesClaimsCsv(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Russia"));
    write(in.resolve("b.txt"), article("Ukraine"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    String reviewed = RunFixtures.reviewFirstRow(out, "accepted", "checked");
    String claimId = reviewed.split("\r\n")[1].split(",", 2)[0];

    ReviewRun.Outcome saved = new ReviewRun().run(new ReviewRun.Config(in, out, in, false));
    assertEquals(List.of(List.of(claimId, "accepted", "checked")),
        RunFixtures.query(out, "SELECT claim_id, status, note FROM reviews"), "the saved review reaches the database");
    assertEquals(1, saved.statuses().get("accepted"));

    // The file now differs from the database in a cell, size and time kept: review reads the database.
    Path file = out.resolve(OutputLayout.CLAIMS_FILE);
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(file, claims(out).replace("checked", "CHECKED"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, time);
    ReviewRun.Outcome fromStore = new ReviewRun().run(new ReviewRun.Config(in, out, in, false));
    List<String> notes = fromStore.merge().claims().rows().stream().map(r -> r.get("review_note")).toList();
    assertTrue(notes.contains("checked") && !notes.contains("CHECKED"), notes.toString());
    String page = Files.readString(out.resolve(ReviewPage.FILE), StandardCharsets.UTF_8);
    assertFalse(page.contains("CHECKED"), "the page shows the database's claims");
    assertEquals(ClaimsTable.parse(reviewed).rows(), fromStore.merge().claims().rows(),
        "the database holds what the reviewer saved");
  }
}
