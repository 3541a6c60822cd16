package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;

/**
 * The launcher from another directory, as a newcomer runs it: {@code cd elsewhere &&
 * path/to/newsclaims extract --in ./articles --out ./o} reads that directory's articles and writes
 * there, with the project's models; stderr, a file here, gets no carriage returns.
 */
class LauncherIT {

  @Test
  void relativePathsAreTheCallersAndTheDefaultsTheProjects(@TempDir Path caller) throws Exception {
    Path launcher = SharedModels.root().resolve("newsclaims");
    Launcher.jar(); // built by the package phase: the launcher must not build again
    Path articles = Files.createDirectories(caller.resolve("articles"));
    Files.copy(SharedModels.corpus().resolve("034-ua-yermak-sanctions-long-term.txt"), articles.resolve("a.txt"));
    Path log = caller.resolve("stderr.log");
    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "extract", "--in", "./articles", "--out", "./o",
        "--threads", "1").directory(caller.toFile()).redirectOutput(caller.resolve("stdout.log").toFile())
        .redirectError(log.toFile());
    pb.environment().put("NEWSCLAIMS_JAVA_OPTS", "-Xmx1g");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher did not finish");
    String err = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    assertFalse(err.contains("building"), "the launcher rebuilt the tool:\n" + err);
    assertFalse(err.contains("\r"), "a carriage return in a log:\n" + err);
    assertContains("wrote ./o/claims.csv", err);
    List<CSVRecord> claims = ClaimAssertions.parse(Files.readString(caller.resolve("o/claims.csv"), StandardCharsets.UTF_8));
    String text = Files.readString(articles.resolve("a.txt"), StandardCharsets.UTF_8);
    assertTrue(ClaimAssertions.assertProvenance(claims, "a.txt", text) >= 5, "claims of ./articles/a.txt: " + claims);
  }
}
