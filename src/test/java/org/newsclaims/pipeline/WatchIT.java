package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;

/**
 * {@code newsclaims watch} as a child process: the backlog, a file written slowly (read once,
 * complete), a file moved in, an HTML page, a deletion, then Ctrl-C: a clean stop, the lock
 * released, and outputs equal to a fresh extract of the same folder.
 */
class WatchIT {
  private static final String BACKLOG = "018-wh-readout-biden-putin-call-2022-02-12.txt";
  private static final String SLOW = "019-wh-psaki-statement-eastern-ukraine.txt";
  private static final String MOVED = "015-wh-joint-statement-us-ukraine-geneva.txt";

  @Test
  void processesTheBacklogThenEachArrivalAndStopsCleanly(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    Files.copy(corpus(BACKLOG), in.resolve("backlog.txt"));
    Launcher watch = Launcher.start(tmp.resolve("watch.log"), "watch", "--in", in.toString(), "--out", out.toString(),
        "--threads", "2", "--poll-ms", "200", "--settle-ms", "1500",
        "--models", SharedModels.root().resolve("models").toString());
    try {
      watch.await("the backlog", Duration.ofMinutes(3), () -> claimsContain(out, "backlog.txt"));

      // Written slowly, with pauses shorter than the settle time: read once, complete.
      byte[] slow = Files.readAllBytes(corpus(SLOW));
      Path slowFile = in.resolve("slow.txt");
      try (OutputStream o = Files.newOutputStream(slowFile)) {
        for (int i = 0; i < slow.length; i += slow.length / 4 + 1) {
          o.write(slow, i, Math.min(slow.length / 4 + 1, slow.length - i));
          o.flush();
          Thread.sleep(500);
        }
      }
      // Moved in from elsewhere, complete, in one rename.
      Path outside = Files.createDirectories(tmp.resolve("outside")).resolve("moved.txt");
      Files.copy(corpus(MOVED), outside);
      Files.move(outside, in.resolve("moved.txt"));
      Files.writeString(in.resolve("page.html"), "<html><head><title>Envoy speaks</title></head><body><article>"
          + "<h1>Envoy speaks</h1><p>The envoy said on Monday that the ceasefire would hold.</p></article></body></html>");
      watch.await("the new files", Duration.ofMinutes(2),
          () -> claimsContain(out, "slow.txt") && claimsContain(out, "moved.txt") && claimsContain(out, "page.html"));
      List<CSVRecord> rows = ClaimAssertions.parse(read(out.resolve("claims.csv")));
      assertTrue(ClaimAssertions.assertProvenance(rows, "slow.txt", new String(slow, StandardCharsets.UTF_8)) > 0);
      Matcher analysedSlow = Pattern.compile("analysed [^\\n]*slow\\.txt").matcher(watch.log());
      int times = 0;
      while (analysedSlow.find()) {
        times++;
      }
      assertEquals(1, times, "the slowly written file is analysed once, when complete:\n" + watch.log());

      Files.delete(in.resolve("backlog.txt"));
      watch.await("the deletion", Duration.ofMinutes(1), () -> !claimsContain(out, "backlog.txt"));

      // An extract while the watch runs is refused.
      Path refusedLog = tmp.resolve("refused.log");
      assertEquals(1, Launcher.run(refusedLog, Duration.ofMinutes(1), "extract", "--in", in.toString(),
          "--out", out.toString()));
      assertTrue(read(refusedLog).contains("in use by another newsclaims run"), read(refusedLog));

      Files.writeString(in.resolve("late.txt"), "Late news\nThe minister said on Friday that the talks had failed.\n");
      Thread.sleep(300);
      String signal = watch.interrupt();
      int code = watch.waitFor(Duration.ofMinutes(1));
      String log = watch.log();
      assertTrue(List.of(0, 130, 143).contains(code), "exit " + code + " after SIG" + signal + ":\n" + log);
      assertTrue(log.contains("newsclaims: stopping"), log);
      assertTrue(log.contains("newsclaims: stopped;"), log);
    } finally {
      watch.process().destroyForcibly();
    }

    try (org.newsclaims.store.WriterLease lease = RunFixtures.lease(out)) {
      assertFalse(Files.list(out).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no half-written file");
    }
    // Whatever happened to late.txt (done, or left for the next run), the next run completes the
    // outputs, and they are those of a fresh extract.
    new ExtractionRun(SharedModels.models(), SharedModels::analyzer).run(RunConfig.builder(in, out).threads(2).build(),
        ProgressListener.NONE);
    Path fresh = tmp.resolve("fresh");
    new ExtractionRun(SharedModels.models(), SharedModels::analyzer).run(RunConfig.builder(in, fresh).threads(2).build(),
        ProgressListener.NONE);
    RunFixtures.assertSameOutputs(fresh, out);
  }

  private static Path corpus(String name) {
    Path p = SharedModels.corpus().resolve(name);
    assertTrue(Files.isRegularFile(p), "fixture missing: " + p);
    return p;
  }

  private static boolean claimsContain(Path out, String docId) {
    try {
      return read(out.resolve("claims.csv")).contains("," + docId + ",");
    } catch (IOException e) {
      return false; // not written yet
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
