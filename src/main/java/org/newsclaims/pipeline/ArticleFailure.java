package org.newsclaims.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.newsclaims.model.Problem;
import org.newsclaims.nlp.Deadline;
import org.newsclaims.text.CodePointIndex;

/**
 * The per-article error policy: which failures during one article's analysis stay that
 * article's problem, and how they are described in its {@code analysis-failed} row.
 *
 * <p>Everything thrown while one article is analysed is that article's problem
 * ({@link StackOverflowError} on a pathological sentence, an {@link AssertionError} or a
 * {@link LinkageError} in a library) except a failure of the whole JVM: a
 * {@link VirtualMachineError} other than {@link StackOverflowError} ({@link OutOfMemoryError},
 * {@link InternalError}), after which nothing can be trusted and the run stops.
 *
 * <p>An analysis that runs past its {@link ArticleBudget} is the article's {@code analysis-timeout}
 * problem, saying how far it got.
 */
final class ArticleFailure {
  private ArticleFailure() {}

  /** Whether {@code t} must stop the run instead of becoming one article's problem. */
  static boolean isFatal(Throwable t) {
    return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
  }

  /** Rethrows {@code t} when it is fatal, unchecked as it came. */
  static void rethrowIfFatal(Throwable t) {
    if (isFatal(t)) {
      throw (VirtualMachineError) t;
    }
  }

  /** The {@code analysis-failed} problem of an article, naming the exception and where it was thrown. */
  static Problem problem(String docId, Throwable t) {
    Objects.requireNonNull(t, "t");
    return new Problem(docId, Problem.Kind.ANALYSIS_FAILED, describe(t));
  }

  /**
   * {@code Class: message (at Frame)}; a message-less error (a stack overflow) is named by its class and
   * the frame it was thrown in.
   */
  static String describe(Throwable t) {
    StringBuilder b = new StringBuilder(t.getClass().getSimpleName());
    if (t.getMessage() != null && !t.getMessage().isBlank()) {
      b.append(": ").append(t.getMessage());
    }
    StackTraceElement[] frames = t.getStackTrace();
    if (frames.length > 0 && t.getMessage() == null) {
      b.append(" (at ").append(frames[0].getClassName()).append('.').append(frames[0].getMethodName())
          .append(')');
    }
    return b.toString();
  }

  /**
   * The {@code analysis-timeout} problem of an article whose analysis stopped at a check of its
   * deadline: its budget, and the step, sentence and offset (in code points) it had reached.
   */
  static Problem timedOut(String docId, String text, ArticleBudget budget, Deadline.Reached reached) {
    return timeout(docId, budgetPhrase(text, budget) + "; stopped " + where(text, reached));
  }

  /**
   * The {@code analysis-timeout} problem of an article whose analysis reached no check far past
   * its budget and was abandoned.
   */
  static Problem abandoned(String docId, String text, ArticleBudget budget, Deadline.Reached reached,
      Duration after) {
    return timeout(docId, budgetPhrase(text, budget) + "; abandoned after " + ArticleBudget.seconds(after)
        + ", stuck " + where(text, reached));
  }

  private static Problem timeout(String docId, String detail) {
    return new Problem(docId, Problem.Kind.ANALYSIS_TIMEOUT, detail
        + "; not tried again until its text, the tool or the budget changes (--retry-failed tries it now)");
  }

  private static String budgetPhrase(String text, ArticleBudget budget) {
    String phrase = "over its time budget of " + ArticleBudget.seconds(budget.forText(text));
    return budget.perThousandTokens().isZero() ? phrase
        : phrase + " (" + budget.describe() + ", about " + ArticleBudget.estimatedTokens(text) + " tokens)";
  }

  /**
   * {@code in depparse at sentence 37 of 80 (offset 4012)}: the sentence counted from 0, as in
   * claims.csv, the offset in code points of the article.
   */
  private static String where(String text, Deadline.Reached r) {
    if (r.sentences() == 0) {
      return "in " + r.step() + ", before the first sentence";
    }
    if (r.sentence() >= r.sentences()) {
      return String.format(Locale.ROOT, "in %s, a step over all %d sentences", r.step(), r.sentences());
    }
    return String.format(Locale.ROOT, "in %s at sentence %d of %d (offset %d)", r.step(), r.sentence(),
        r.sentences(), CodePointIndex.codePointOffset(text, Math.min(r.offset(), text.length())));
  }
}
