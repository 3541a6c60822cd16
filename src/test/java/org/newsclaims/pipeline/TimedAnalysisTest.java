package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.write;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Problem;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.NlpEngine;

/**
 * Issue 14, the backstop of the time budget: an analysis stuck in one library call that never
 * reaches a check of its deadline is abandoned; its worker stores the timeout and goes on with the
 * next article, and the abandoned thread, when it comes back, writes nothing.
 */
class TimedAnalysisTest {
  private static final String STUCK = "STUCK";

  /** The line engine, except that a text holding {@link #STUCK} blocks, deaf to interrupts, until released. */
  private static final class StuckEngine implements NlpEngine {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch returned = new CountDownLatch(1);
    private final LineEngine lines = new LineEngine();

    @Override
    public AnnotatedDocument annotate(String text) {
      if (text.contains(STUCK)) {
        boolean interrupted = false;
        while (release.getCount() > 0) {
          try {
            release.await();
          } catch (InterruptedException e) {
            interrupted = true; // a library call that ignores interrupts
          }
        }
        returned.countDown();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      return lines.annotate(text);
    }

    @Override
    public String describe() {
      return "line engine that can get stuck (tests)";
    }
  }

  @Test
  void aStuckAnalysisIsAbandonedItsWorkerGoesOnAndItWritesNothingLater(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a-stuck.txt"), article("Nowhere") + STUCK + "\n");
    write(in.resolve("b.txt"), article("Russia"));
    write(in.resolve("c.txt"), article("Ukraine"));
    // One worker: the articles after the stuck one are analysed only if the worker is given back.
    RunConfig config = RunConfig.builder(in, out).threads(1).budget(ArticleBudget.fixed(Duration.ofMillis(100)))
        .build();
    StuckEngine engine = new StuckEngine();
    RunReport r = RunFixtures.run(engine, "t1").run(config, ProgressListener.NONE);

    assertEquals(1, r.failures().size(), r.failures().toString());
    Problem p = r.failures().get(0);
    assertEquals("a-stuck.txt", p.docId());
    assertEquals(Problem.Kind.ANALYSIS_TIMEOUT, p.kind());
    assertTrue(p.detail().startsWith("over its time budget of 0.1 s; abandoned after 5.2 s, stuck in annotate, before"
        + " the first sentence;"), p.detail());
    assertTrue(claims(out).contains("b.txt") && claims(out).contains("c.txt"), "the worker went on");

    engine.release.countDown();
    assertTrue(engine.returned.await(30, TimeUnit.SECONDS));
    awaitNoAnalysisThread();
    assertEquals(List.of(List.of("analysis-timeout", "100")),
        RunFixtures.query(out, "SELECT problem, budget_ms FROM results WHERE doc_id = 'a-stuck.txt'"),
        "the abandoned analysis, come back, stored nothing over its timeout");

    RunReport again = RunFixtures.run(new StuckEngine(), "t1").run(config, ProgressListener.NONE);
    assertEquals(List.of(), again.analysedIds(), "the timed-out article is not tried again under the same budget");
    assertEquals(List.of(p), again.failures(), "and keeps its problem row");
  }

  /** Waits until the analysis threads of the run have ended (the pass shut their pool down). */
  private static void awaitNoAnalysisThread() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("newsclaims-analysis"))) {
      assertTrue(System.nanoTime() < deadline, "analysis threads still alive");
      Thread.sleep(20);
    }
  }
}
