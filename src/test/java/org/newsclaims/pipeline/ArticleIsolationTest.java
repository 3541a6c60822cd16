package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.write;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.model.Problem;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.LanguageDetector;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.testing.SharedModels;

/**
 * Issue 14, item 1: a failure on one article (a stack overflow in the NLP library, as a 300 KB
 * sentence without punctuation gives CoreNLP) is that article's problem; the other articles'
 * claims are written. Only a failure of the whole JVM stops the run.
 */
class ArticleIsolationTest {

  /** The line engine, except that a text holding {@link #POISON} makes it throw. */
  private static final class PoisonedEngine implements NlpEngine {
    static final String POISON = "POISON";
    final AtomicInteger calls = new AtomicInteger();
    private final LineEngine lines = new LineEngine();
    private final Supplier<Throwable> failure;

    PoisonedEngine(Supplier<Throwable> failure) {
      this.failure = failure;
    }

    @Override
    public AnnotatedDocument annotate(String text) {
      calls.incrementAndGet();
      if (text.contains(POISON)) {
        Throwable t = failure.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
      return lines.annotate(text);
    }

    @Override
    public String describe() {
      return "poisoned line engine (tests)";
    }
  }

  private static ExtractionRun run(NlpEngine engine) {
    return RunFixtures.run(engine, "t1");
  }

  private static void corpus(Path in) throws Exception {
    write(in.resolve("a.txt"), article("Russia"));
    write(in.resolve("bad.txt"), article("Nowhere") + PoisonedEngine.POISON + "\n");
    write(in.resolve("c.txt"), article("Ukraine"));
  }

  @Test
  void aStackOverflowOnOneArticleIsItsProblemAndTheOthersAreWritten(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    PoisonedEngine engine = new PoisonedEngine(StackOverflowError::new);
    RunReport r = run(engine).run(config(in, out), ProgressListener.NONE);

    assertEquals(1, r.failures().size(), "one problem row (exit code 3): " + r.failures());
    Problem p = r.failures().get(0);
    assertEquals("bad.txt", p.docId());
    assertEquals(Problem.Kind.ANALYSIS_FAILED, p.kind());
    assertTrue(p.detail().startsWith("StackOverflowError"), p.detail());
    String claims = claims(out);
    assertContains("a.txt", claims);
    assertContains("c.txt", claims);
    assertFalse(claims.contains("bad.txt"));
    List<String> problems = Files.readAllLines(out.resolve("problems.csv"), StandardCharsets.UTF_8);
    assertEquals(2, problems.size(), "header and one row: " + problems);
    assertTrue(problems.get(1).contains("analysis-failed"), problems.get(1));

    PoisonedEngine again = new PoisonedEngine(StackOverflowError::new);
    RunReport second = run(again).run(config(in, out), ProgressListener.NONE);
    assertEquals(0, again.calls.get(), "a failed article is not retried while its text and the tool are the same");
    assertEquals(1, second.failures().size());
  }

  @Test
  void aFailedArticleIsTriedAgainOnlyWithRetryFailedOrWhenItsTextChanges(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    run(new PoisonedEngine(StackOverflowError::new)).run(config(in, out), ProgressListener.NONE);

    PoisonedEngine retry = new PoisonedEngine(StackOverflowError::new);
    RunReport retried = run(retry).run(RunConfig.builder(in, out).threads(2).reanalyse(RunConfig.Reanalyse.FAILED)
        .build(), ProgressListener.NONE);
    assertEquals(List.of("bad.txt"), retried.analysedIds(), "--retry-failed: the failed article, and only it");
    assertEquals(1, retry.calls.get());
    assertEquals(1, retried.failures().size());

    write(in.resolve("bad.txt"), article("Nowhere") + "Fixed.\n");
    RunReport edited = run(new PoisonedEngine(StackOverflowError::new)).run(config(in, out), ProgressListener.NONE);
    assertEquals(List.of("bad.txt"), edited.analysedIds(), "a changed text is analysed again");
    assertEquals(List.of(), edited.failures());
  }

  @Test
  void aNotEnglishVerdictIsNoFailureToRetry(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    ExtractionModels models = SharedModels.models();
    LanguageDetector german = text -> new LanguageDetector.DetectedLanguage(text.contains("Nowhere") ? "deu" : "eng", 1.0);
    PoisonedEngine engine = new PoisonedEngine(StackOverflowError::new);
    ExtractionRun run = new ExtractionRun(models, () -> new ArticleAnalyzer(engine, german, models), ReadObserver.NONE,
        "t1");
    run.run(config(in, out), ProgressListener.NONE);
    RunReport retried = run.run(RunConfig.builder(in, out).threads(2).reanalyse(RunConfig.Reanalyse.FAILED).build(),
        ProgressListener.NONE);
    assertEquals(List.of(), retried.analysedIds());
    assertEquals(Problem.Kind.NOT_ENGLISH, retried.failures().get(0).kind());
  }

  @Test
  void assertionAndLinkageErrorsStayWithTheirArticle(@TempDir Path tmp) throws Exception {
    for (Supplier<Throwable> failure : List.<Supplier<Throwable>>of(() -> new AssertionError("bad state"),
        () -> new NoClassDefFoundError("edu/Missing"), () -> new ExceptionInInitializerError("static"))) {
      Path in = tmp.resolve("in");
      Path out = Files.createTempDirectory(tmp, "out");
      corpus(in);
      RunReport r = run(new PoisonedEngine(failure)).run(config(in, out), ProgressListener.NONE);
      assertEquals(1, r.failures().size(), r.failures().toString());
      assertContains("c.txt", claims(out));
    }
  }

  @Test
  void aFailureOfTheWholeJvmStopsTheRun(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    corpus(in);
    assertThrows(OutOfMemoryError.class, () -> run(new PoisonedEngine(() -> new OutOfMemoryError("test")))
        .run(RunConfig.builder(in, out).threads(1).build(), ProgressListener.NONE));
    assertThrows(InternalError.class, () -> run(new PoisonedEngine(() -> new InternalError("test")))
        .run(RunConfig.builder(in, out).threads(1).build(), ProgressListener.NONE));
  }

  /** Puts a whole file into the watched folder at once (written beside it, then moved in). */
  private static void land(Path tmp, Path file, String text) throws Exception {
    Path staged = tmp.resolve("staged-" + file.getFileName());
    write(staged, text);
    Files.move(staged, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void aWatchGoesOnAfterAStackOverflow(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Russia"));
    BlockingQueue<RunReport> passes = new LinkedBlockingQueue<>();
    WatchLoop.Listener listener = new WatchLoop.Listener() {
      @Override
      public void watching(Path input, WatchLoop.Settings settings) {}

      @Override
      public void passed(RunReport report, int unsettled) {
        passes.add(report);
      }

      @Override
      public void stopped(RunReport last) {}
    };
    WatchLoop.Settings fast = new WatchLoop.Settings(Duration.ofMillis(50), Duration.ZERO, Duration.ofMillis(50),
        Duration.ofSeconds(5));
    WatchLoop watch = new WatchLoop(run(new PoisonedEngine(StackOverflowError::new)), config(in, out), fast, listener,
        ProgressListener.NONE);
    StopSignal stop = new StopSignal();
    AtomicReference<Throwable> died = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        watch.run(stop);
      } catch (Throwable e) {
        died.set(e);
      }
    }, "watch-under-test");
    t.start();
    try {
      assertEquals(0, passes.poll(30, TimeUnit.SECONDS).failures().size());
      land(tmp, in.resolve("bad.txt"), article("Nowhere") + PoisonedEngine.POISON + "\n");
      RunReport failed = passes.poll(30, TimeUnit.SECONDS);
      assertEquals(1, failed.failures().size(), failed.failures().toString());
      land(tmp, in.resolve("c.txt"), article("Ukraine"));
      RunReport after = passes.poll(30, TimeUnit.SECONDS);
      assertEquals(List.of("c.txt"), after.analysedIds(), "the watch goes on with the next article");
      assertContains("c.txt", claims(out));
    } finally {
      stop.requestStop();
      t.join(30_000);
    }
    assertEquals(null, died.get());
  }
}
