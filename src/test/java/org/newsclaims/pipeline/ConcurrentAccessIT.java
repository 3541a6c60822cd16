package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.review.ClaimsTable;
import org.newsclaims.review.ReviewRun;
import org.newsclaims.store.WriterLease;
import org.newsclaims.testing.SharedModels;

/**
 * {@code extract}, {@code review} and readers of the database at the same time, on one output
 * folder with reviews: the packaged tool extracts new articles while readers count the claims over
 * and over (JDBC, and the {@code sqlite3} shell where there is one), {@code review} is tried
 * (refused at once while the run holds the folder, then done), and a reviewer saves claims.csv
 * with a new review in the middle of the run. Nothing fails, nothing is corrupt, no review is lost.
 */
class ConcurrentAccessIT {
  private static final List<String> FIRST = List.of("018-wh-readout-biden-putin-call-2022-02-12.txt",
      "019-wh-psaki-statement-eastern-ukraine.txt");
  private static final List<String> MORE = List.of("015-wh-joint-statement-us-ukraine-geneva.txt",
      "016-wh-black-sea-expert-groups-riyadh.txt", "028-kremlin-putin-macron-scholz-call-2022-05-28.txt");

  @Test
  void extractReviewAndReadersTogetherLoseNothing(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (String f : FIRST) {
      Files.copy(SharedModels.corpus().resolve(f), in.resolve(f));
    }
    new ExtractionRun(SharedModels.models(), SharedModels::analyzer).run(RunFixtures.config(in, out),
        ProgressListener.NONE);
    Path claimsCsv = out.resolve(OutputLayout.CLAIMS_FILE);
    ClaimsTable first = ClaimsTable.readIfExists(claimsCsv).orElseThrow();
    String early = first.rows().get(0).id();
    String late = first.rows().get(first.rows().size() - 1).id();
    // The reviewer's first review, saved before the run; the second is saved during it, from the same
    // spreadsheet (the rows as they were before the run).
    Files.writeString(claimsCsv, reviewed(first, List.of(early)).format(), StandardCharsets.UTF_8);
    String savedDuringTheRun = reviewed(first, List.of(early, late)).format();
    for (String f : MORE) {
      Files.copy(SharedModels.corpus().resolve(f), in.resolve(f));
    }

    Launcher extract = Launcher.start(tmp.resolve("extract.log"), "extract", "--in", in.toString(), "--out",
        out.toString(), "--threads", "2", "--models", SharedModels.root().resolve("models").toString());
    // Review is tried once the run holds the folder (before that, it would be the run that waits its turn).
    extract.await("the run taking the folder", Duration.ofMinutes(2), () -> holds(out, extract.process().pid()));
    AtomicBoolean running = new AtomicBoolean(true);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger reads = new AtomicInteger();
    Thread reader = new Thread(() -> {
      while (running.get()) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(OutputLayout.DATABASE));
            Statement s = c.createStatement()) {
          s.execute("PRAGMA busy_timeout = 30000");
          try (ResultSet r = s.executeQuery("SELECT count(*) FROM claims")) {
            r.next();
          }
          try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            r.next();
            if (!r.getString(1).equals("ok")) {
              failures.add("quick_check: " + r.getString(1));
            }
          }
          reads.incrementAndGet();
        } catch (Exception e) {
          failures.add("reader: " + e);
        }
      }
    }, "reader");
    reader.start();
    int shellReads = 0;
    boolean reviewRefused = false;
    boolean saved = false;
    long t0 = System.nanoTime();
    while (extract.process().isAlive()) {
      if (Files.isExecutable(Path.of("/usr/bin/sqlite3"))) {
        Process shell = new ProcessBuilder("/usr/bin/sqlite3", "-readonly", out.resolve(OutputLayout.DATABASE).toString(),
            ".timeout 30000", "SELECT count(*) FROM claims").redirectErrorStream(true).start();
        String answer = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (shell.waitFor() != 0 || !answer.matches("\\d+")) {
          failures.add("sqlite3: " + answer);
        }
        shellReads++;
      }
      if (!reviewRefused && extract.process().isAlive()) {
        try {
          new ReviewRun().run(new ReviewRun.Config(in, out, in, false));
        } catch (WriterLease.LockedException e) {
          reviewRefused = true;
        }
      }
      if (!saved && System.nanoTime() - t0 > Duration.ofSeconds(4).toNanos()) {
        Files.writeString(claimsCsv, savedDuringTheRun, StandardCharsets.UTF_8);
        saved = true;
      }
      Thread.sleep(200);
    }
    running.set(false);
    reader.join();
    assertEquals(0, extract.waitFor(Duration.ofSeconds(1)), extract.log());
    assertEquals(List.of(), failures);
    assertTrue(reads.get() > 5, "the reader read " + reads.get() + " times");
    assertTrue(reviewRefused, "review was tried while the run held the folder");
    assertTrue(saved, "the run lasted long enough for the reviewer's save: " + extract.log());

    ReviewRun.Outcome review = new ReviewRun().run(new ReviewRun.Config(in, out, in, false));
    assertTrue(Files.isRegularFile(review.page()));
    new ExtractionRun(SharedModels.models(), SharedModels::analyzer).run(RunFixtures.config(in, out),
        ProgressListener.NONE);
    ClaimsTable last = ClaimsTable.readIfExists(claimsCsv).orElseThrow();
    for (String id : List.of(early, late)) {
      assertEquals("accepted", last.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
          .get("review_status"), "review of " + id + " kept");
    }
    assertTrue(last.rows().stream().anyMatch(r -> r.docId().equals(MORE.get(2))), "the new articles are in");
    assertEquals(RunFixtures.scalar(out, "SELECT count(*) FROM articles a JOIN claims c ON c.result_key = a.result_key"),
        Integer.toString(last.rows().size()), "claims.csv holds the database's claims");
    assertEquals("ok", RunFixtures.scalar(out, "PRAGMA integrity_check"));
    assertEquals("2", RunFixtures.scalar(out, "SELECT count(*) FROM reviews WHERE status = 'accepted'"));
    System.out.printf("ConcurrentAccessIT: %d JDBC reads, %d sqlite3 reads during the run%n", reads.get(), shellReads);
  }

  private static boolean holds(Path out, long pid) {
    try {
      return Files.exists(out.resolve(OutputLayout.DATABASE))
          && RunFixtures.query(out, "SELECT pid FROM writer").stream().anyMatch(r -> r.get(0).equals(Long.toString(pid)));
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  private static ClaimsTable reviewed(ClaimsTable t, List<String> ids) {
    List<ClaimsTable.Row> rows = new ArrayList<>();
    for (ClaimsTable.Row r : t.rows()) {
      rows.add(ids.contains(r.id()) ? r.with("review_status", "accepted").with("review_note", "checked") : r);
    }
    return t.withRows(rows);
  }
}
