package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.testing.SharedModels;

/**
 * The real launcher killed with SIGKILL in the middle of a run: the output folder keeps the
 * previous complete output, byte for byte; a second run at the same time is refused at once;
 * the next run finishes the job without redoing what the killed one finished, and writes what an
 * uninterrupted run writes.
 */
class KillRecoveryIT {
  private static final List<String> FIRST = List.of("018-wh-readout-biden-putin-call-2022-02-12.txt",
      "019-wh-psaki-statement-eastern-ukraine.txt");
  private static final List<String> MORE = List.of("015-wh-joint-statement-us-ukraine-geneva.txt",
      "016-wh-black-sea-expert-groups-riyadh.txt", "028-kremlin-putin-macron-scholz-call-2022-05-28.txt",
      "001-wikinews-north-korea-quasi-state-of-war.txt", "029-ua-podolyak-no-concessions-territorial-integrity.txt",
      "011-wh-american-leadership-is-back.txt");
  private static final Pattern SUMMARY = Pattern.compile("\\((\\d+) analysed, (\\d+) unchanged");

  @Test
  void aKilledRunLeavesThePreviousOutputAndTheNextRunFinishesTheJob(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (String f : FIRST) {
      copy(f, in);
    }
    ExtractionModels models = SharedModels.models();
    new ExtractionRun(models, SharedModels::analyzer).run(RunConfig.builder(in, out).threads(2).build(),
        ProgressListener.NONE);
    Map<String, String> previous = RunFixtures.outputs(out);
    List<List<String>> previousState = publishedState(out);
    assertTrue(previous.get("claims.csv").contains(FIRST.get(1)), "the previous output holds the first articles");

    for (String f : MORE) {
      copy(f, in);
    }
    Files.writeString(in.resolve(FIRST.get(0)), "Updated\nThe envoy said on Monday that the ceasefire talks "
        + "would resume.\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    String[] args = {"extract", "--in", in.toString(), "--out", out.toString(), "--threads", "2",
        "--models", SharedModels.root().resolve("models").toString()};
    Map<String, String> cacheBefore = storedResults(out);
    int cachedBefore = cacheBefore.size();
    String[] oneThread = args.clone();
    oneThread[6] = "1"; // one article at a time: the kill surely lands mid-run
    Launcher killed = Launcher.start(tmp.resolve("killed.log"), oneThread);
    killed.await("the first newly analysed article", Duration.ofMinutes(3), () -> storedResults(out).size() > cachedBefore);
    assertTrue(killed.process().isAlive(), "still running when killed");
    killed.process().destroyForcibly(); // SIGKILL
    killed.process().waitFor();
    assertEquals(previous, RunFixtures.outputs(out), "the previous complete output, untouched");
    assertEquals(previousState, publishedState(out), "the previous published state in the database");
    Map<String, String> finishedByTheKilledRun = new TreeMap<>(storedResults(out));
    finishedByTheKilledRun.keySet().removeAll(cacheBefore.keySet());
    assertTrue(!finishedByTheKilledRun.isEmpty() && finishedByTheKilledRun.size() < MORE.size() + 1,
        "killed mid-run: " + finishedByTheKilledRun.size() + " results cached");

    try (org.newsclaims.store.WriterLease held = RunFixtures.lease(out)) {
      long t0 = System.nanoTime();
      Path log = tmp.resolve("locked.log");
      int code = Launcher.run(log, Duration.ofMinutes(2), args);
      String text = Files.readString(log);
      assertEquals(1, code, text);
      assertTrue(text.contains("is in use by another newsclaims run"), text);
      assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos(), "refused at once, without loading models");
    }

    Path log = tmp.resolve("resumed.log");
    int code = Launcher.run(log, Duration.ofMinutes(5), args);
    String text = Files.readString(log);
    assertEquals(0, code, text);
    Matcher m = SUMMARY.matcher(text);
    assertTrue(m.find(), text);
    // What the killed run finished is reused, not redone: its stored results are still there,
    // untouched (same creation time, same claims), and the published articles point at them.
    Map<String, String> after = storedResults(out);
    List<String> used = RunFixtures.query(out, "SELECT result_key FROM articles").stream().map(r -> r.get(0)).toList();
    for (Map.Entry<String, String> e : finishedByTheKilledRun.entrySet()) {
      assertEquals(e.getValue(), after.get(e.getKey()), "rewritten: " + e.getKey());
      assertTrue(used.contains(e.getKey()), "not used: " + e.getKey());
    }
    assertTrue(Integer.parseInt(m.group(1)) <= MORE.size() + FIRST.size() + 1 - finishedByTheKilledRun.size(), text);

    Path fresh = tmp.resolve("fresh");
    new ExtractionRun(models, SharedModels::analyzer).run(RunConfig.builder(in, fresh).threads(2).build(),
        ProgressListener.NONE);
    RunFixtures.assertSameOutputs(fresh, out);
  }

  private static void copy(String name, Path in) throws IOException {
    Path from = SharedModels.corpus().resolve(name);
    assertTrue(Files.isRegularFile(from), "fixture missing: " + from);
    Files.copy(from, in.resolve(name));
  }

  /** The stored results, key to creation time and claims. */
  private static Map<String, String> storedResults(Path out) {
    Map<String, String> results = new TreeMap<>();
    if (!Files.exists(out.resolve(org.newsclaims.export.OutputLayout.DATABASE))) {
      return results;
    }
    try {
      for (List<String> r : RunFixtures.query(out, "SELECT r.key, r.created, r.claims, group_concat(c.claim_id, '|')"
          + " FROM results r LEFT JOIN claims c ON c.result_key = r.key GROUP BY r.key")) {
        results.put(r.get(0), String.join(",", r.subList(1, r.size())));
      }
    } catch (java.sql.SQLException e) {
      return Map.of(); // the database being created: ask again
    }
    return results;
  }

  /** The published state: articles, files, problems and the run log. */
  private static List<List<String>> publishedState(Path out) throws java.sql.SQLException {
    List<List<String>> state = new java.util.ArrayList<>();
    for (String table : List.of("articles ORDER BY doc_id", "files ORDER BY path", "problems ORDER BY file_path, ordinal",
        "runs ORDER BY id")) {
      state.add(List.of(table));
      state.addAll(RunFixtures.query(out, "SELECT * FROM " + table));
    }
    return state;
  }
}
