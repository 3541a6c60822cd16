package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.review.ClaimsTable;
import org.newsclaims.testing.SharedModels;

/**
 * The packaged tool killed with SIGKILL at 20 random moments (seeded) of runs over real articles
 * with the real models, each killed run followed by the next: after every kill the database is
 * sound, claims.csv is a whole claims table and every review made before the kills is still held
 * (in claims.csv, review-orphans.csv or the database); after a last run, claims.csv is byte for
 * byte what one uninterrupted run writes, reviews included.
 *
 * <p>Each run has work: before it, an article is appended to (two take turns, and one is added
 * midway), so a kill can land in the start-up, the model loading, the analysis, the commit or
 * the writing of the outputs. The moments are drawn within the measured length of such a run.
 * {@code -Dnewsclaims.kill.seed=N} draws other moments.
 */
class RandomKillsIT {
  private static final long SEED = Long.getLong("newsclaims.kill.seed", 11L);
  private static final int KILLS = 20;
  /** Reviewed before the kills, never changed. */
  private static final List<String> REVIEWED = List.of("018-wh-readout-biden-putin-call-2022-02-12.txt",
      "019-wh-psaki-statement-eastern-ukraine.txt");
  /** Appended to before each run, in turn. */
  private static final List<String> CHANGING = List.of("015-wh-joint-statement-us-ukraine-geneva.txt",
      "016-wh-black-sea-expert-groups-riyadh.txt");
  /** Added before the run of kill {@link #KILLS} / 2. */
  private static final String ADDED = "028-kremlin-putin-macron-scholz-call-2022-05-28.txt";

  @Test
  void killedAtRandomMomentsTheOutputEndsAsAnUninterruptedRunWithEveryReview(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String f : List.of(REVIEWED.get(0), REVIEWED.get(1), CHANGING.get(0), CHANGING.get(1))) {
      copy(SharedModels.corpus().resolve(f), in.resolve(f));
    }
    Path before = tmp.resolve("before");
    run(in, before);
    Map<String, String> reviews = review(before.resolve(OutputLayout.CLAIMS_FILE));

    Path timing = tmp.resolve("timing");
    RunFixtures.copyTree(before, timing);
    Path timingIn = tmp.resolve("timing-in");
    RunFixtures.copyTree(in, timingIn);
    change(timingIn, 0);
    long t0 = System.nanoTime();
    assertEquals(0, Launcher.run(tmp.resolve("timing.log"), Duration.ofMinutes(5), args(timingIn, timing)),
        Files.readString(tmp.resolve("timing.log")));
    long runNanos = System.nanoTime() - t0;

    Path out = tmp.resolve("out");
    RunFixtures.copyTree(before, out);
    Random random = new Random(SEED);
    int midRun = 0;
    List<String> moments = new ArrayList<>();
    for (int k = 1; k <= KILLS; k++) {
      change(in, k);
      if (k == KILLS / 2) {
        copy(SharedModels.corpus().resolve(ADDED), in.resolve(ADDED));
      }
      long at = random.nextLong(runNanos);
      Path log = tmp.resolve("kill-" + k + ".log");
      Launcher l = Launcher.start(log, args(in, out));
      boolean ended = l.process().waitFor(at, java.util.concurrent.TimeUnit.NANOSECONDS);
      if (!ended) {
        l.process().destroyForcibly(); // SIGKILL
        l.process().waitFor();
        midRun++;
      }
      moments.add(String.format(java.util.Locale.ROOT, "%.1f s%s", at / 1e9, ended ? " (ended before)" : ""));
      assertSound(out, reviews, "after kill " + k + " at " + moments.get(k - 1) + "; log:\n" + l.log());
    }
    assertTrue(midRun >= KILLS / 2, "most kills land mid-run: " + moments);

    assertEquals(0, Launcher.run(tmp.resolve("last.log"), Duration.ofMinutes(5), args(in, out)),
        Files.readString(tmp.resolve("last.log")));
    Path clean = tmp.resolve("clean");
    RunFixtures.copyTree(before, clean);
    run(in, clean);
    String expected = Files.readString(clean.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8);
    assertEquals(expected, Files.readString(out.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8),
        "claims.csv after the kills and a last run, against one run; kills at " + moments);
    RunFixtures.assertSameOutputs(clean, out);
    assertEquals(RunFixtures.query(clean, "SELECT claim_id, status, note, orphan_reason FROM reviews ORDER BY claim_id"),
        RunFixtures.query(out, "SELECT claim_id, status, note, orphan_reason FROM reviews ORDER BY claim_id"));
    assertEquals(reviews.size(), held(out).size(), "every review");
    System.out.printf(java.util.Locale.ROOT, "RandomKillsIT: seed %d, a run lasts %.1f s, %d of %d kills mid-run, at %s%n",
        SEED, runNanos / 1e9, midRun, KILLS, moments);
  }

  private static String[] args(Path in, Path out) {
    return new String[] {"extract", "--in", in.toString(), "--out", out.toString(), "--threads", "2", "--models",
        SharedModels.root().resolve("models").toString()};
  }

  /** An uninterrupted run in this JVM (the models are loaded once for every integration test). */
  private static void run(Path in, Path out) throws Exception {
    new ExtractionRun(SharedModels.models(), SharedModels::analyzer).run(RunFixtures.config(in, out),
        ProgressListener.NONE);
  }

  /** Reviews every claim of the reviewed articles in claims.csv, as a reviewer would; returns id to status. */
  private static Map<String, String> review(Path claimsCsv) throws IOException {
    ClaimsTable t = ClaimsTable.readIfExists(claimsCsv).orElseThrow();
    Map<String, String> reviews = new LinkedHashMap<>();
    List<ClaimsTable.Row> rows = new ArrayList<>();
    for (ClaimsTable.Row r : t.rows()) {
      if (REVIEWED.contains(r.docId())) {
        String status = reviews.size() % 3 == 2 ? "rejected" : "accepted";
        reviews.put(r.id(), status);
        r = r.with("review_status", status).with("review_note", "by hand " + reviews.size());
      }
      rows.add(r);
    }
    assertTrue(reviews.size() >= 3, "the reviewed articles need claims: " + reviews);
    Files.writeString(claimsCsv, t.withRows(rows).format(), StandardCharsets.UTF_8);
    return reviews;
  }

  /** Appends a paragraph to one of the changing articles: the next run re-analyses it. */
  private static void change(Path in, int k) throws IOException {
    Files.writeString(in.resolve(CHANGING.get(k % CHANGING.size())), "\nUpdate " + k + ": the envoy said on Monday "
        + "that the talks would resume in Geneva.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** The database is sound, claims.csv whole, every review held somewhere. */
  private static void assertSound(Path out, Map<String, String> reviews, String when) throws Exception {
    assertEquals("ok", RunFixtures.scalar(out, "PRAGMA integrity_check"), when);
    Map<String, String> held = held(out);
    for (Map.Entry<String, String> r : reviews.entrySet()) {
      assertEquals(r.getValue(), held.get(r.getKey()), "review of " + r.getKey() + " " + when);
    }
  }

  /** Review status by claim id, as claims.csv, review-orphans.csv and the database hold them. */
  private static Map<String, String> held(Path out) throws Exception {
    Map<String, String> held = new LinkedHashMap<>();
    for (List<String> r : RunFixtures.query(out, "SELECT claim_id, status FROM reviews")) {
      held.put(r.get(0), r.get(1));
    }
    for (String file : List.of(OutputLayout.ORPHANS_FILE, OutputLayout.CLAIMS_FILE)) {
      Optional<ClaimsTable> t = ClaimsTable.readIfExists(out.resolve(file));
      t.ifPresent(table -> table.rows().stream().filter(r -> !r.get("review_status").isEmpty())
          .forEach(r -> held.put(r.id(), r.get("review_status"))));
    }
    return held;
  }
  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
  }
}
