package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.cli.Main;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;

/** The command line end to end: outputs, exit codes, and one bad article that loses nothing. */
class ExtractCommandIT {

  @Test
  void aBrokenArticleIsReportedAndTheOthersStillProcessed(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Path sample = SharedModels.corpus().resolve("000-alaska-summit-ceasefire-talks.txt");
    assertTrue(Files.isRegularFile(sample), "fixture missing: " + sample);
    Files.copy(sample, in.resolve("sample.txt"));
    Files.write(tmp.resolve("in/broken.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
    Path out = tmp.resolve("out");
    int code = Main.run("extract", "--in", tmp.resolve("in").toString(), "--out", out.toString(),
        "--threads", "2", "--models", SharedModels.root().resolve("models").toString());
    assertEquals(3, code, "some articles failed");
    List<CSVRecord> problems = ClaimAssertions.parse(Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("broken.txt", problems.get(0).get("doc_id"));
    assertEquals("invalid-utf8", problems.get(0).get("problem"));
    assertTrue(problems.get(0).get("detail").contains("byte 1"), problems.get(0).get("detail"));
    List<CSVRecord> claims = ClaimAssertions.parse(Files.readString(out.resolve("claims.csv"), StandardCharsets.UTF_8));
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    assertTrue(ClaimAssertions.assertProvenance(claims, "sub/sample.txt", text) > 10);
  }

  @Test
  void usageErrorsHaveTheirOwnCode() {
    assertEquals(2, Main.run("extract", "--threads", "many"));
    assertEquals(2, Main.run("no-such-command"));
  }
}
