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
import org.newsclaims.cli.Main;
import org.newsclaims.export.ClaimsCsv;

/**
 * Reviews written in claims.csv reach the database at the next run (through the review package's
 * carrier, found by the pipeline without importing it), orphans with their reason.
 */
class StoreReviewsTest {

  @Test
  void reviewsAreKeptInTheStoreOrphansWithTheirReason(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Georgia"));
    write(in.resolve("b.txt"), article("Armenia"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(List.of(), query(out, "SELECT * FROM reviews"));

    String csv = claims(out);
    int firstRowEnd = csv.indexOf(",,\r\n", ClaimsCsv.header().length());
    String reviewed = csv.substring(0, firstRowEnd) + ",accepted,checked by hand\r\n"
        + csv.substring(firstRowEnd + ",,\r\n".length());
    Files.writeString(out.resolve("claims.csv"), reviewed, StandardCharsets.UTF_8);
    String claimId = reviewed.substring(ClaimsCsv.header().length()).split(",", 2)[0];
    String docId = reviewed.substring(ClaimsCsv.header().length()).split(",", 3)[1];

    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(reviewed, claims(out), "the review survives the re-run");
    assertEquals(List.of(List.of(claimId, docId, "accepted", "checked by hand", "")),
        query(out, "SELECT claim_id, doc_id, status, note, orphan_reason FROM reviews"));
    Path exported = tmp.resolve("export.csv");
    assertEquals(0, Main.run("export", "--store", out.toString(), "--out", exported.toString()));
    assertEquals(reviewed, Files.readString(exported, StandardCharsets.UTF_8), "export shows the stored review");

    Files.delete(in.resolve(docId));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    List<List<String>> orphan = query(out, "SELECT claim_id, status, orphan_reason FROM reviews");
    assertEquals(1, orphan.size(), orphan.toString());
    assertEquals(List.of(claimId, "accepted"), orphan.get(0).subList(0, 2));
    assertTrue(orphan.get(0).get(2).startsWith("article-gone"), orphan.toString());
    assertContains(claimId, Files.readString(out.resolve("review-orphans.csv"), StandardCharsets.UTF_8));
  }
}
