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
import java.util.stream.Stream;
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
    String previousManifest = Files.readString(out.resolve(".newsclaims/manifest.json"));
    assertTrue(previous.get("claims.csv").contains(FIRST.get(1)), "the previous output holds the first articles");

    for (String f : MORE) {
      copy(f, in);
    }
    Files.writeString(in.resolve(FIRST.get(0)), "Updated\nThe envoy said on Monday that the ceasefire talks "
        + "would resume.\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    String[] args = {"extract", "--in", in.toString(), "--out", out.toString(), "--threads", "2",
        "--models", SharedModels.root().resolve("models").toString()};
    Map<Path, String> cacheBefore = cacheFiles(out);
    int cachedBefore = cacheBefore.size();
    String[] oneThread = args.clone();
    oneThread[6] = "1"; // one article at a time: the kill surely lands mid-run
    Launcher killed = Launcher.start(tmp.resolve("killed.log"), oneThread);
    killed.await("the first newly analysed article", Duration.ofMinutes(3), () -> cacheEntries(out) > cachedBefore);
    assertTrue(killed.process().isAlive(), "still running when killed");
    killed.process().destroyForcibly(); // SIGKILL
    killed.process().waitFor();
    assertEquals(previous, RunFixtures.outputs(out), "the previous complete output, untouched");
    assertEquals(previousManifest, Files.readString(out.resolve(".newsclaims/manifest.json")));
    Map<Path, String> finishedByTheKilledRun = new TreeMap<>(cacheFiles(out));
    finishedByTheKilledRun.keySet().removeAll(cacheBefore.keySet());
    assertTrue(!finishedByTheKilledRun.isEmpty() && finishedByTheKilledRun.size() < MORE.size() + 1,
        "killed mid-run: " + finishedByTheKilledRun.size() + " results cached");

    try (OutputLock held = OutputLock.acquire(out)) {
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
    // What the killed run finished is reused, not redone: its cache entries are still there,
    // untouched, and the final manifest points at them.
    String manifest = Files.readString(out.resolve(".newsclaims/manifest.json"));
    for (Map.Entry<Path, String> e : finishedByTheKilledRun.entrySet()) {
      assertEquals(e.getValue(), Files.readString(e.getKey()), "rewritten: " + e.getKey());
      String key = e.getKey().getFileName().toString().replace(".json", "");
      assertTrue(manifest.contains("\"key\" : \"" + key + "\""), "not used: " + key);
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

  private static int cacheEntries(Path out) {
    return cacheFiles(out).size();
  }

  /** The cached results, file to content. */
  private static Map<Path, String> cacheFiles(Path out) {
    Path cache = out.resolve(".newsclaims/cache");
    Map<Path, String> files = new TreeMap<>();
    if (!Files.isDirectory(cache)) {
      return files;
    }
    try (Stream<Path> s = Files.walk(cache)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        files.put(p, Files.readString(p));
      }
    } catch (IOException e) {
      return Map.of(); // an entry appearing mid-walk: ask again
    }
    return files;
  }
}
