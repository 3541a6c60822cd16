package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.review.ClaimsTable;
import org.newsclaims.review.ReviewPage;
import org.newsclaims.review.ReviewRun;

/**
 * {@code review} reads the claims and reviews from the output database while claims.csv is as the
 * last run wrote it, and reads a reviewer's saved file back, telling the database its reviews; the
 * page's frames always come from the database.
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

  @Test
  void thePageShowsTheFramesOfTheDatabaseAlsoAfterAReviewerSavedClaimsCsv(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Russia"));
    write(in.resolve("b.txt"), article("Ukraine"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    Set<List<String>> written = new TreeSet<>(Comparator.comparing(List::toString));
    try (CSVParser p = CSVParser.parse(Files.readString(out.resolve(OutputLayout.FRAMES_FILE), StandardCharsets.UTF_8)
        .replaceFirst("^\uFEFF", ""), FramesCsv.FORMAT.builder().setSkipHeaderRecord(true).get())) {
      p.forEach(r -> written.add(List.of(r.get("claim_id"), r.get("topic"), r.get("slot"), r.get("value"),
          r.get("value_start"), r.get("value_end"), r.get("normalized"))));
    }
    assertTrue(written.size() >= 2, "the fixture has frames: " + written);
    new ReviewRun().run(new ReviewRun.Config(in, out, in, false));
    assertEquals(written, pageSlots(out), "the page shows every row of frames.csv, at its offsets");
    RunFixtures.reviewFirstRow(out, "accepted", "checked");
    new ReviewRun().run(new ReviewRun.Config(in, out, in, false));
    assertEquals(written, pageSlots(out), "claims from the reviewer's file, frames still from the database");
  }

  private static Set<List<String>> pageSlots(Path out) throws Exception {
    String page = Files.readString(out.resolve(ReviewPage.FILE), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"data\">(.*?)</script>", Pattern.DOTALL)
        .matcher(page);
    assertTrue(m.find(), "embedded data");
    Set<List<String>> shown = new TreeSet<>(Comparator.comparing(List::toString));
    for (JsonNode c : new ObjectMapper().readTree(m.group(1)).get("claims")) {
      for (JsonNode f : c.get("fr")) {
        shown.add(List.of(c.get("id").asText(), f.get("topic").asText(), f.get("slot").asText(), f.get("value").asText(),
            f.get("s").asText(), f.get("e").asText(), f.get("norm").asText()));
      }
    }
    return shown;
  }
}
