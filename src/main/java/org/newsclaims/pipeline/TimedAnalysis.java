package org.newsclaims.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsclaims.export.ClaimIds;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Problem;
import org.newsclaims.nlp.Deadline;
import org.newsclaims.store.StoredResult;

/**
 * One article's analysis within its {@link ArticleBudget}, ending in the result to store:
 * <ul>
 *   <li>the analysis runs on a thread of its own while the calling worker waits, and checks its
 *       {@link Deadline} between steps and sentences: past it, the analysis stops, and the
 *       article's result is its {@code analysis-timeout} problem saying how far it got;</li>
 *   <li>an analysis that reaches no check until {@link ArticleBudget#backstop} (a step of the NLP
 *       library that does not return) is abandoned: its thread is interrupted and left to end at its
 *       next check, and the worker returns the timeout problem and goes on with the next article,
 *       so the pool keeps all its workers. The analysis thread only computes: what an abandoned
 *       one may still produce is never read, so never stored;</li>
 *   <li>any other failure of the article's analysis, short of the JVM's, is its
 *       {@code analysis-failed} problem ({@link ArticleFailure}).</li>
 * </ul>
 * Without a budget the analysis runs on the calling thread, unbounded.
 *
 * <p>Thread-safe; one per pass. Only a worker abandons its analysis (past the backstop, or when
 * the worker itself is interrupted because the pass stops), so that no analysis ends early while
 * its worker could still read and store what it made; closing only stops taking new ones.
 */
final class TimedAnalysis implements AutoCloseable {
  private final ArticleAnalyzer analyzer;
  private final Optional<ArticleBudget> budget;
  /** Threads of the analyses: as many as the workers, plus those abandoned and not yet ended. */
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "newsclaims-analysis");
    t.setDaemon(true);
    return t;
  });

  TimedAnalysis(ArticleAnalyzer analyzer, Optional<ArticleBudget> budget) {
    this.analyzer = analyzer;
    this.budget = budget;
  }

  /**
   * The result of one planned article, made on the calling worker's behalf; fatal errors (the
   * JVM's) are rethrown as they came.
   *
   * @throws InterruptedException when the worker is interrupted (the pass stops): the analysis is
   *     abandoned as well
   */
  StoredResult analyse(RunPlanner.PlannedArticle p) throws InterruptedException {
    Article article = p.toAnalyse().orElseThrow();
    if (budget.isEmpty()) {
      return compute(p, article, Deadline.none(), Optional.empty());
    }
    Duration allowed = budget.get().forText(article.text());
    Deadline deadline = budget.get().start(article.text());
    Future<StoredResult> running = threads.submit(() -> compute(p, article, deadline, Optional.of(allowed)));
    try {
      return running.get(ArticleBudget.backstop(allowed).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon(deadline, running);
      return failed(p, ArticleFailure.abandoned(p.docId(), article.text(), budget.get(), deadline.reached(),
          ArticleBudget.backstop(allowed)), Optional.of(allowed));
    } catch (InterruptedException e) {
      abandon(deadline, running);
      throw e;
    } catch (ExecutionException e) {
      throw ParallelAnalysis.failureOf(e); // compute() keeps every failure but the JVM's with its article
    }
  }

  private static void abandon(Deadline deadline, Future<StoredResult> running) {
    deadline.abandon();
    running.cancel(true);
  }

  /** The analysis proper, on the analysis thread (or the worker's, without a budget). */
  private StoredResult compute(RunPlanner.PlannedArticle p, Article article, Deadline deadline,
      Optional<Duration> allowed) {
    try {
      ArticleResult result = analyzer.analyze(article, deadline);
      List<Claim> claims = result.claims();
      ClaimIds ids = ClaimIds.forText(article.text());
      List<List<String>> frameRows = FramesCsv.cells(article.text(), analyzer.frames(article, claims),
          i -> ids.of(claims.get(i)));
      return new StoredResult(p.key(), p.docId(), result.tokens(), result.problem().or(result::warning),
          ClaimsCsv.cells(new ClaimsCsv.Rows(article.text(), claims, article.metadata(), p.textFile())), frameRows,
          allowed);
    } catch (Deadline.Exceeded timeUp) {
      return failed(p, ArticleFailure.timedOut(p.docId(), article.text(), budget.orElseThrow(), timeUp.reached()),
          allowed);
    } catch (Throwable t) { // the per-article error policy: fatal errors are rethrown
      ArticleFailure.rethrowIfFatal(t);
      return failed(p, ArticleFailure.problem(p.docId(), t), allowed);
    }
  }

  private static StoredResult failed(RunPlanner.PlannedArticle p, Problem problem, Optional<Duration> allowed) {
    return new StoredResult(p.key(), p.docId(), 0, Optional.of(problem), List.of(), List.of(), allowed);
  }

  @Override
  public void close() {
    threads.shutdown();
  }
}
