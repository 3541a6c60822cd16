package org.newsclaims.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredResult;

/**
 * The analysis of a pass: the planned articles analysed on a pool, each within its time budget
 * ({@link TimedAnalysis}), each result stored in the output database (one transaction) by its
 * worker as soon as it is done; stop requests honoured (articles not started are left, those in
 * hand waited for up to the grace period); midway commits at the pace of
 * {@link PassControl#commitEvery()}. Holds what was analysed so far; used from the pass's thread
 * only.
 */
final class ParallelAnalysis {

  /** A commit made midway (watch mode). */
  @FunctionalInterface
  interface Checkpoint {
    void commit() throws IOException;
  }

  private final ExecutorService pool;
  private final RunStore store;
  private final PassControl control;
  private final ProgressListener progress;
  /** Summaries only: a first run over a year of news must not hold every claim in memory. */
  private final Map<String, StoredResult.Summary> fresh = new LinkedHashMap<>();
  private final List<String> analysedIds = new ArrayList<>();
  private long tokens;
  private boolean stopped;

  ParallelAnalysis(ExecutorService pool, RunStore store, PassControl control, ProgressListener progress) {
    this.pool = pool;
    this.store = store;
    this.control = control;
    this.progress = progress;
  }

  /** The results of this pass by key. */
  Map<String, StoredResult.Summary> fresh() {
    return fresh;
  }

  List<String> analysedIds() {
    return analysedIds;
  }

  int analysedCount() {
    return analysedIds.size();
  }

  long tokens() {
    return tokens;
  }

  /** Whether the pass was stopped with articles left. */
  boolean stopped() {
    return stopped;
  }

  /** Marks the pass stopped before anything was started. */
  void stop() {
    stopped = true;
  }

  /**
   * Analyses the articles on the pool, each within its budget (none when empty). A worker whose
   * pass is stopped (interrupted) abandons the analysis in hand and stores nothing.
   */
  void run(ArticleAnalyzer analyzer, Optional<ArticleBudget> budget, List<RunPlanner.PlannedArticle> todo,
      Checkpoint checkpoint) throws IOException, InterruptedException {
    try (TimedAnalysis timed = new TimedAnalysis(analyzer, budget)) {
      run(timed, todo, checkpoint);
    }
  }

  private void run(TimedAnalysis timed, List<RunPlanner.PlannedArticle> todo, Checkpoint checkpoint)
      throws IOException, InterruptedException {
    progress.started(todo.size());
    ExecutorCompletionService<StoredResult> done = new ExecutorCompletionService<>(pool);
    for (RunPlanner.PlannedArticle p : todo) {
      done.submit(() -> {
        if (control.stopRequested().getAsBoolean()) {
          return null; // stopping: not started, left for the next run
        }
        StoredResult result = null;
        try {
          result = timed.analyse(p);
          store.put(result);
          return result;
        } finally {
          progress.finished(p.docId(), result == null ? 0 : result.claims());
        }
      });
    }
    long lastCommit = System.nanoTime();
    int remaining = todo.size();
    while (remaining > 0) {
      if (control.stopRequested().getAsBoolean()) {
        stopped = true;
        drain(done, remaining);
        return;
      }
      Future<StoredResult> f = done.poll(200, TimeUnit.MILLISECONDS);
      if (f == null) {
        continue;
      }
      remaining--;
      StoredResult e = get(f);
      if (e == null) {
        continue;
      }
      add(e);
      if (control.commitEvery().isPresent() && remaining > 0
          && System.nanoTime() - lastCommit >= control.commitEvery().get().toNanos()) {
        checkpoint.commit();
        lastCommit = System.nanoTime();
      }
    }
  }

  private void add(StoredResult r) {
    fresh.put(r.key(), r.summary());
    analysedIds.add(r.docId());
    tokens += r.tokens();
  }

  /**
   * After a stop: waits for the articles in hand, up to the grace period (articles not started
   * return at once, empty); those still running then are abandoned, their results left to the
   * next run.
   */
  private void drain(ExecutorCompletionService<StoredResult> done, int remaining) throws InterruptedException {
    long deadline = System.nanoTime() + control.stopGrace().toNanos();
    while (remaining > 0) {
      long wait = deadline - System.nanoTime();
      Future<StoredResult> f = wait > 0 ? done.poll(wait, TimeUnit.NANOSECONDS) : done.poll();
      if (f == null) {
        break;
      }
      remaining--;
      StoredResult e = get(f);
      if (e != null) {
        add(e);
      }
    }
  }

  /**
   * A worker's value; an Error that escaped the per-article policy (a fatal one: the JVM failing, or
   * the process dying, in tests) is rethrown as it is.
   */
  static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw failureOf(e);
    }
  }

  /**
   * What to throw for a worker that failed: its Error as it is (thrown from here), anything else
   * wrapped (no worker should let anything else escape).
   */
  static IllegalStateException failureOf(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException("a worker failed outside the per-article error policy: " + cause, cause);
  }
}
