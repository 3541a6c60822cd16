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
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;
import org.newsclaims.store.RunStore;
import org.newsclaims.export.ClaimIds;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.model.Claim;
import org.newsclaims.store.StoredResult;

/**
 * The analysis of a pass: the planned articles analysed on a pool, each result stored in the
 * output database (one transaction) as soon as it is done; stop requests honoured (articles not
 * started are left, those in hand waited for up to the grace period); midway commits at the
 * pace of {@link PassControl#commitEvery()}. Holds what was analysed so far; used from the pass's
 * thread only.
 */
final class ParallelAnalysis {

  /** A commit made midway (watch mode). */
  @FunctionalInterface
  interface Checkpoint {
    void commit() throws IOException;
  }

  /** A result and the tokens it took. */
  private record AnalysedArticle(StoredResult result, long tokens) {}

  private final ExecutorService pool;
  private final RunStore store;
  private final PassControl control;
  private final ProgressListener progress;
  private final Map<String, StoredResult> fresh = new LinkedHashMap<>();
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
  Map<String, StoredResult> fresh() {
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

  /** Analyses the articles on the pool. */
  void run(ArticleAnalyzer analyzer, List<RunPlanner.PlannedArticle> todo, Checkpoint checkpoint)
      throws IOException, InterruptedException {
    progress.started(todo.size());
    ExecutorCompletionService<AnalysedArticle> done = new ExecutorCompletionService<>(pool);
    for (RunPlanner.PlannedArticle p : todo) {
      done.submit(() -> {
        if (control.stopRequested().getAsBoolean()) {
          return null; // stopping: not started, left for the next run
        }
        AnalysedArticle analysed = null;
        try {
          analysed = analyse(analyzer, p, store);
          return analysed;
        } finally {
          progress.finished(p.docId(), analysed == null ? 0 : analysed.result().claims());
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
      Future<AnalysedArticle> f = done.poll(200, TimeUnit.MILLISECONDS);
      if (f == null) {
        continue;
      }
      remaining--;
      AnalysedArticle e = get(f);
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

  private void add(AnalysedArticle a) {
    fresh.put(a.result().key(), a.result());
    analysedIds.add(a.result().docId());
    tokens += a.tokens();
  }

  /**
   * After a stop: waits for the articles in hand, up to the grace period (articles not started
   * return at once, empty); those still running then are abandoned, their results left to the
   * next run.
   */
  private void drain(ExecutorCompletionService<AnalysedArticle> done, int remaining) throws InterruptedException {
    long deadline = System.nanoTime() + control.stopGrace().toNanos();
    while (remaining > 0) {
      long wait = deadline - System.nanoTime();
      Future<AnalysedArticle> f = wait > 0 ? done.poll(wait, TimeUnit.NANOSECONDS) : done.poll();
      if (f == null) {
        break;
      }
      remaining--;
      AnalysedArticle e = get(f);
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
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a worker failed outside the per-article error policy: " + cause, cause);
    }
  }

  /** Analyses one article and stores its result (one transaction). Runs on a worker. */
  private static AnalysedArticle analyse(ArticleAnalyzer analyzer, RunPlanner.PlannedArticle p, RunStore store)
      throws IOException {
    Article article = p.toAnalyse().orElseThrow();
    ArticleResult result;
    try {
      result = analyzer.analyze(article);
    } catch (Throwable t) { // the per-article error policy: fatal errors are rethrown
      ArticleFailure.rethrowIfFatal(t);
      // Not stored: a failure outside the analyzer's own policy is tried again by the next run.
      Problem problem = ArticleFailure.problem(p.docId(), t);
      return new AnalysedArticle(new StoredResult(p.key(), p.docId(), 0, Optional.of(new Problem(p.docId(),
          problem.kind(), problem.detail() + "; skipped")), List.of(), List.of()), 0);
    }
    List<Claim> claims = result.claims();
    List<List<String>> frameRows = FramesCsv.cells(article.text(), analyzer.frames(article, claims),
        i -> ClaimIds.of(claims.get(i), article.text()));
    StoredResult stored = new StoredResult(p.key(), p.docId(), result.tokens(), result.problem().or(result::warning),
        ClaimsCsv.cells(new ClaimsCsv.Rows(article.text(), claims, article.metadata(), p.textFile())), frameRows);
    store.put(stored);
    return new AnalysedArticle(stored, result.tokens());
  }
}
