package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.outputs;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.store.WriterLease;

/**
 * The incremental machinery with a stand-in NLP engine (fast, no models): carry-forward byte for
 * byte, only new or changed articles analysed, deletions dropped, version changes and --force
 * redo everything, a crash leaves the previous output and the next run completes it.
 */
class IncrementalRunTest {

  private static void corpus(Path in) throws Exception {
    write(in.resolve("a.txt"), article("Russia"));
    write(in.resolve("sub/b.txt"), article("Ukraine"));
    write(in.resolve("feed.jsonl"), "{\"id\":\"x1\",\"title\":\"Oil\",\"text\":\"Sanctions on oil stay.\\nThe border "
        + "is closed.\",\"source\":\"Wire\"}\n{\"id\":\"x2\",\"text\":\"The ceasefire holds.\"}\n");
    write(in.resolve("page.html"), "<html><head><title>Land</title></head><body><article><p>The border"
        + " region was annexed.</p></article></body></html>");
  }

  @Test
  void aSecondRunAnalysesNothingAndChangesNoByte(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    LineEngine engine = new LineEngine();
    RunReport first = run(engine, "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(5, first.analysedArticles());
    assertEquals(5, engine.calls.get());
    assertTrue(first.claimCount() > 3, "the fixture must give claims: " + first.claimCount());
    assertTrue(Files.isRegularFile(out.resolve("text/feed.jsonl#x1.txt")));
    assertTrue(Files.isRegularFile(out.resolve("text/page.html.txt")));
    Map<String, String> before = outputs(out);

    LineEngine again = new LineEngine();
    RunReport second = run(again, "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(0, again.calls.get(), "nothing changed, nothing analysed");
    assertFalse(second.modelsLoaded(), "the models are not even loaded");
    assertEquals(5, second.carriedArticles());
    assertEquals(first.claimCount(), second.claimCount());
    assertEquals(before, outputs(out));
  }

  @Test
  void onlyNewAndChangedArticlesAreAnalysedAndTheResultIsThatOfAFreshRun(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);

    write(in.resolve("a.txt"), article("Georgia"));                  // changed
    write(in.resolve("c.txt"), article("Moldova"));                  // new
    Files.delete(in.resolve("sub/b.txt"));                            // deleted
    Files.delete(in.resolve("page.html"));                            // deleted, with a saved text
    write(in.resolve("feed.jsonl"), Files.readString(in.resolve("feed.jsonl"))
        + "{\"id\":\"x3\",\"text\":\"Crimea was annexed.\"}\n");     // one record added
    LineEngine engine = new LineEngine();
    RunReport r = run(engine, "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(3, engine.calls.get(), "a.txt, c.txt and feed.jsonl#x3 only");
    assertEquals(2, r.carriedArticles());
    assertEquals(2, r.removedArticles());
    assertFalse(claims(out).contains("sub/b.txt"));
    assertFalse(Files.exists(out.resolve("text/page.html.txt")), "the text of a deleted page goes with it");

    RunFixtures.assertAsAFreshRun(in, out, tmp.resolve("fresh"));
  }

  @Test
  void aNewToolOrModelsVersionOrForceRedoesEveryArticle(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    Map<String, String> before = outputs(out);

    LineEngine newTool = new LineEngine();
    run(newTool, "t2").run(config(in, out), ProgressListener.NONE);
    assertEquals(5, newTool.calls.get());

    LineEngine forced = new LineEngine();
    run(forced, "t2").run(RunConfig.builder(in, out).threads(2).force(true).build(), ProgressListener.NONE);
    assertEquals(5, forced.calls.get());
    assertEquals(before, outputs(out), "same code, same results");

    // A models folder with any change (here a comment in the taxonomy) redoes every article.
    Path models = tmp.resolve("models");
    try (var files = Files.walk(org.newsclaims.testing.SharedModels.root().resolve("models"))) {
      Path from = org.newsclaims.testing.SharedModels.root().resolve("models");
      for (Path p : files.toList()) {
        Path to = models.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Files.writeString(models.resolve(ExtractionModels.TOPICS_FILE), "# an edit\n",
        java.nio.file.StandardOpenOption.APPEND);
    ExtractionModels edited = ExtractionModels.load(models);
    LineEngine newModels = new LineEngine();
    new ExtractionRun(edited, () -> new ArticleAnalyzer(newModels, LineEngine.ENGLISH, edited),
        org.newsclaims.ingest.ReadObserver.NONE, "t2").run(config(in, out), ProgressListener.NONE);
    assertEquals(5, newModels.calls.get());
    assertEquals(edited.fingerprint(), RunFixtures.scalar(out, "SELECT models FROM runs ORDER BY id DESC LIMIT 1"));
    assertEquals(java.util.List.of(edited.fingerprint()),
        RunFixtures.query(out, "SELECT DISTINCT models FROM articles").stream().map(r -> r.get(0)).toList());
  }

  /**
   * Thrown by the engine to stand for the process dying mid-run: a JVM-wide failure, which the
   * per-article error policy does not catch.
   */
  private static final class Crash extends VirtualMachineError {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aRunThatDiesMidwayLeavesThePreviousOutputAndTheNextRunFinishesIt(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    Map<String, String> before = outputs(out);
    for (String s : new String[] {"d", "e", "f", "g"}) {
      write(in.resolve(s + ".txt"), article("Country " + s.toUpperCase(java.util.Locale.ROOT)));
    }
    LineEngine dying = new LineEngine(n -> {
      if (n >= 3) {
        throw new Crash(); // and nothing after it: the process is gone
      }
    });
    RunConfig oneThread = RunConfig.builder(in, out).threads(1).build();
    assertThrows(Crash.class, () -> run(dying, "t1").run(oneThread, ProgressListener.NONE));
    assertEquals(before, outputs(out), "the previous complete output, untouched");

    LineEngine resumed = new LineEngine();
    run(resumed, "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(2, resumed.calls.get(), "the two articles analysed before the crash are not redone");
    RunFixtures.assertAsAFreshRun(in, out, tmp.resolve("fresh"));
  }

  @Test
  void aSecondRunOnTheSameOutputStopsAtOnce(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    try (WriterLease held = RunFixtures.lease(out)) {
      LineEngine engine = new LineEngine();
      WriterLease.LockedException e = assertThrows(WriterLease.LockedException.class,
          () -> run(engine, "t1").run(config(in, out), ProgressListener.NONE));
      assertTrue(e.getMessage().contains("in use by another newsclaims run"), e.getMessage());
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
      assertEquals(0, engine.calls.get());
      assertFalse(Files.exists(out.resolve("claims.csv")));
    }
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertTrue(Files.exists(out.resolve("claims.csv")), "the lock is released with its holder");
  }

  @Test
  void leftoverTemporaryFilesOfAKilledRunAreCleanedUp(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    Files.createDirectories(out.resolve("text"));
    Path leftover = out.resolve(".claims.csv.123456789.tmp");
    Files.writeString(leftover, "half");
    Path leftoverText = out.resolve("text/.page.html.txt.42.tmp");
    Files.writeString(leftoverText, "half");
    Path mine = out.resolve("notes.tmp");
    Files.writeString(mine, "a user's file");
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertFalse(Files.exists(leftover));
    assertFalse(Files.exists(leftoverText));
    assertTrue(Files.exists(mine), "only our own temporary files are deleted");
  }

  @Test
  void aFileStillBeingWrittenKeepsItsPreviousResultUntilItSettles(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    ExtractionRun run = run(new LineEngine(), "t1");
    run.run(config(in, out), ProgressListener.NONE);
    String before = claims(out);
    write(in.resolve("a.txt"), article("Georgia"));
    write(in.resolve("new.txt"), article("Armenia"));
    PassControl deferring = new PassControl(() -> false,
        p -> p.getFileName().toString().equals("a.txt") || p.getFileName().toString().equals("new.txt"),
        Optional.empty(), Duration.ZERO);
    RunReport r;
    try (WriterLease lease = RunFixtures.lease(out)) {
      r = run.pass(config(in, out), ProgressListener.NONE, deferring);
    }
    assertEquals(0, r.analysedArticles());
    assertEquals(before, claims(out), "a.txt keeps its old claims, new.txt is not there yet");
    run.run(config(in, out), ProgressListener.NONE);
    assertContains("Georgia", claims(out));
    assertContains("new.txt", claims(out));
  }

  @Test
  void aDeferredFileKeepsItsProblemsOnceEach(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("fr.txt"), "Bonjour. " + "Le ministre a dit que les pourparlers reprendraient lundi. ".repeat(3));
    write(in.resolve("page.html"), "<html><body><article><p>The envoy said <b>talks <div>resume</p></span>");
    ExtractionModels models = org.newsclaims.testing.SharedModels.models();
    org.newsclaims.nlp.LanguageDetector french = text -> text.startsWith("Bonjour")
        ? new org.newsclaims.nlp.LanguageDetector.DetectedLanguage("fra", 0.99)
        : new org.newsclaims.nlp.LanguageDetector.DetectedLanguage("eng", 0.99);
    ExtractionRun run = new ExtractionRun(models, () -> new ArticleAnalyzer(new LineEngine(), french, models),
        org.newsclaims.ingest.ReadObserver.NONE, "t1");
    run.run(config(in, out), ProgressListener.NONE);
    String problems = Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8);
    assertTrue(problems.contains("fr.txt,not-english"), problems);
    assertTrue(problems.contains("page.html,malformed-html"), problems);
    PassControl deferAll = new PassControl(() -> false, p -> true, Optional.empty(), Duration.ZERO);
    try (WriterLease lease = RunFixtures.lease(out)) {
      run.pass(config(in, out), ProgressListener.NONE, deferAll);
    }
    assertEquals(problems, Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void aStopMidPassCommitsWhatIsDoneAndTheNextPassFinishes(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    for (int i = 0; i < 6; i++) {
      write(in.resolve("n" + i + ".txt"), article("Country" + i));
    }
    AtomicBoolean stop = new AtomicBoolean();
    LineEngine engine = new LineEngine(n -> {
      if (n == 2) {
        stop.set(true);
      }
    });
    ExtractionRun run = run(engine, "t1");
    PassControl control = new PassControl(stop::get, p -> false, Optional.of(Duration.ZERO), Duration.ofSeconds(5));
    RunReport r;
    RunConfig oneThread = RunConfig.builder(in, out).threads(1).build();
    try (WriterLease lease = RunFixtures.lease(out)) {
      r = run.pass(oneThread, ProgressListener.NONE, control);
    }
    assertFalse(r.complete());
    assertTrue(r.analysedArticles() >= 1 && r.analysedArticles() < 6, "analysed " + r.analysedArticles());
    assertEquals(6 - r.analysedArticles(), r.pendingArticles());
    String partial = claims(out);
    assertContains("n0.txt", partial);
    assertFalse(partial.contains("n5.txt"));
    assertEquals("0", RunFixtures.scalar(out, "SELECT complete FROM runs ORDER BY id DESC LIMIT 1"));

    RunReport rest = run.run(oneThread, ProgressListener.NONE);
    assertEquals(6 - r.analysedArticles(), rest.analysedArticles());
    RunFixtures.assertAsAFreshRun(in, out, tmp.resolve("fresh"));
  }
}
