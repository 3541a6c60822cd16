package org.newsclaims.pipeline;

import java.util.Objects;
import org.newsclaims.model.Problem;

/**
 * The per-article error policy: which failures during one article's analysis stay that
 * article's problem, and how they are described in its {@code analysis-failed} row.
 *
 * <p>Everything thrown while one article is analysed is that article's problem
 * ({@link StackOverflowError} on a pathological sentence, an {@link AssertionError} or a
 * {@link LinkageError} in a library) except a failure of the whole JVM: a
 * {@link VirtualMachineError} other than {@link StackOverflowError} ({@link OutOfMemoryError},
 * {@link InternalError}), after which nothing can be trusted and the run stops.
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
}
