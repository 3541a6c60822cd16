package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.assertSameOutputs;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.outputs;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.store.ClaimTotals;
import org.newsclaims.store.RunStore;
import org.newsclaims.testing.SharedModels;

/**
 * The cheap re-run: a file found as the last commit left it (size and time) is not read, and an
 * output file not touched since it was written is neither read back nor written again; whatever
 * does change, the outputs are those of a fresh run.
 */
class UnchangedFilesTest {
  private static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS);

  /** A run that records which files it reads. */
  private static ExtractionRun reading(Set<String> read, LineEngine engine) {
    ExtractionModels models = SharedModels.models();
    ReadObserver observer = (file, attempt) -> read.add(file.getFileName().toString());
    return new ExtractionRun(models, () -> new ArticleAnalyzer(engine, LineEngine.ENGLISH, models), observer, "t1");
  }

  /** Three articles and an export, all last changed an hour ago (well out of the racy window). */
  private static void corpus(Path in) throws Exception {
    write(in.resolve("a.txt"), article("Russia"));
    write(in.resolve("b.txt"), article("Ukraine"));
    write(in.resolve("sub/c.txt"), article("Georgia"));
    write(in.resolve("feed.jsonl"), "{\"id\":\"x1.txt\",\"title\":\"Oil\",\"text\":\"Sanctions on oil stay.\"}\n");
    age(in);
  }

  /** The corpus, and a first run over it. */
  private static void firstRun(Path in, Path out) throws Exception {
    corpus(in);
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
  }

  private static void age(Path in) throws Exception {
    try (Stream<Path> files = Files.walk(in)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.from(AN_HOUR_AGO));
      }
    }
  }

  /** Modification times of the output files. */
  private static Map<String, FileTime> times(Path out) throws Exception {
    Map<String, FileTime> m = new TreeMap<>();
    for (String name : outputs(out).keySet()) {
      m.put(name, Files.getLastModifiedTime(out.resolve(name)));
    }
    return m;
  }

  @Test
  void anUnchangedFolderIsNeitherReadNorWritten(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    Set<String> read = new ConcurrentSkipListSet<>();
    reading(read, new LineEngine()).run(config(in, out), ProgressListener.NONE);
    assertEquals(Set.of("a.txt", "b.txt", "c.txt", "feed.jsonl"), read);
    Map<String, String> before = outputs(out);
    Map<String, FileTime> written = times(out);

    read.clear();
    LineEngine engine = new LineEngine();
    RunReport again = reading(read, engine).run(config(in, out), ProgressListener.NONE);
    assertEquals(Set.of(), read, "no file read");
    assertEquals(0, engine.calls.get());
    assertEquals(4, again.carriedArticles());
    assertEquals(before, outputs(out));
    assertEquals(written, times(out), "no output written again");
    assertTrue(again.claimsByType().values().stream().mapToInt(Integer::intValue).sum() > 0, "counts from the store");
  }

  @Test
  void aTouchedOrChangedFileIsReadAndOnlyAChangedOneAnalysed(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    firstRun(in, out);

    Files.setLastModifiedTime(in.resolve("a.txt"), FileTime.from(AN_HOUR_AGO.plusSeconds(60))); // touched only
    write(in.resolve("b.txt"), article("Moldova"));                                         // same size, new text
    Files.setLastModifiedTime(in.resolve("b.txt"), FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
    write(in.resolve("d.txt"), article("Armenia"));                                          // added, just now
    Set<String> read = new ConcurrentSkipListSet<>();
    LineEngine engine = new LineEngine();
    RunReport r = reading(read, engine).run(config(in, out), ProgressListener.NONE);
    assertEquals(Set.of("a.txt", "b.txt", "d.txt"), read);
    assertEquals(2, engine.calls.get(), "b.txt and d.txt");
    assertEquals(List.of("b.txt", "d.txt"), r.analysedIds());

    read.clear();
    reading(read, new LineEngine()).run(config(in, out), ProgressListener.NONE);
    assertEquals(Set.of("d.txt"), read, "a file changed moments before a run is read once more, then trusted");
    RunFixtures.assertAsAFreshRun(in, out, tmp.resolve("fresh"));
  }

  @Test
  void otherIngestSettingsReadEveryFileAgain(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    firstRun(in, out);
    Set<String> read = new ConcurrentSkipListSet<>();
    RunReport r = reading(read, new LineEngine()).run(RunConfig.builder(in, out).threads(2).maxBytes(100).build(),
        ProgressListener.NONE);
    assertEquals(Set.of("feed.jsonl"), read, "the others are looked at and found too large, unread");
    assertEquals(3, r.failures().size(), "the three articles over 100 bytes: " + r.failures());
  }

  @Test
  void anUnchangedFileThatNowSharesAnIdWithANewOneGetsTheProblemToo(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    firstRun(in, out);
    write(in.resolve("feed.jsonl#x1.txt"), article("Oil")); // named as the export's record
    RunReport r = run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(2, r.failures().size(), "both inputs that give feed.jsonl#x1.txt: " + r.failures());
    RunFixtures.assertAsAFreshRun(in, out, tmp.resolve("fresh"));
  }

  @Test
  void aDeletedClaimsCsvComesBackWithItsReviewsAndAnEditedOneIsReadBack(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    firstRun(in, out);
    String reviewed = RunFixtures.reviewFirstRow(out, "accepted", "checked");
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(reviewed, claims(out), "the edit is read back");
    assertEquals("accepted", RunFixtures.scalar(out, "SELECT status FROM reviews"));

    Files.delete(out.resolve(OutputLayout.CLAIMS_FILE));
    Files.delete(out.resolve(OutputLayout.FRAMES_FILE));
    Map<String, FileTime> before = times(out);
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(reviewed, claims(out), "written again from the database, the review included");
    assertTrue(Files.isRegularFile(out.resolve(OutputLayout.FRAMES_FILE)));
    assertEquals(before.get(OutputLayout.PROBLEMS_FILE), times(out).get(OutputLayout.PROBLEMS_FILE),
        "an untouched file is left alone");
  }

  @Test
  void addingAnArticleCopiesTheOthersRowsAndWritesWhatAWholeRenderingWrites(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path spliced = tmp.resolve("spliced");
    corpus(in);
    write(in.resolve("we said, \"yes\".txt"), article("Belarus"));
    write(in.resolve("page.html"), "<html><head><title>Talks, \"again\"</title></head><body><article><p>The border"
        + " region was annexed.</p></article></body></html>");
    age(in);
    run(new LineEngine(), "t1").run(config(in, spliced), ProgressListener.NONE);
    RunFixtures.reviewFirstRow(spliced, "accepted", "checked");
    run(new LineEngine(), "t1").run(config(in, spliced), ProgressListener.NONE);
    Path whole = tmp.resolve("whole");
    RunFixtures.copyTree(spliced, whole);
    RunFixtures.update(whole, "UPDATE outputs SET run = 0"); // as if unknown: rendered whole

    write(in.resolve("b.txt"), article("Latvia"));
    write(in.resolve("e.txt"), article("Estonia"));
    Files.delete(in.resolve("sub/c.txt"));
    RunReport r = run(new LineEngine(), "t1").run(config(in, spliced), ProgressListener.NONE);
    run(new LineEngine(), "t1").run(config(in, whole), ProgressListener.NONE);
    assertSameOutputs(whole, spliced);
    try (RunStore store = RunStore.open(new OutputLayout(spliced).database())) {
      ClaimTotals counted = store.rows().totals();
      assertEquals(counted.byType(), r.claimsByType(), "the counts kept from commit to commit, against a recount");
      assertEquals(counted.byTopic(), r.claimsByTopic());
    }
    assertTrue(claims(spliced).contains("accepted,checked"), "the review is kept");
    assertTrue(claims(spliced).contains("Estonia"));
  }

  @Test
  void theRowsOfUnchangedArticlesAreCopiedFromTheFileAsWritten(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    firstRun(in, out);
    // Same size, same time: the file counts as written. A marker shows where the rows come from.
    Path file = out.resolve(OutputLayout.CLAIMS_FILE);
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(file, claims(out).replace("Russia", "RUSSIA"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, time);
    write(in.resolve("e.txt"), article("Estonia"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertTrue(claims(out).contains("RUSSIA"), "a.txt's rows copied, not rendered again");
    assertTrue(claims(out).contains("Estonia"));
  }

}
