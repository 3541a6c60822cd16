package org.newsclaims.nlp;

import java.util.List;
import java.util.stream.IntStream;
import org.newsclaims.model.TextSpan;

/**
 * Finds the sentences of one document that a span touches, in logarithmic time, so that a pass
 * over every claim or quotation of an article stays linear in its size instead of visiting every
 * sentence for each of them. Immutable, thread-safe.
 *
 * <p>{@link #touching} returns positions (into {@link AnnotatedDocument#sentences()}) of a run of
 * sentences that includes every sentence sharing at least an end point with the span, so any test
 * of containment or overlap between the span and a sentence gives the same answers over this run as
 * over every sentence. That holds when the sentences are in text order and do not overlap, as an
 * engine makes them; for a hand-built document whose sentences are not, the run is all of them.
 */
public final class SentenceLocator {
  private final int[] starts;
  private final int[] ends;
  private final boolean ordered;

  private SentenceLocator(int[] starts, int[] ends, boolean ordered) {
    this.starts = starts;
    this.ends = ends;
    this.ordered = ordered;
  }

  public static SentenceLocator of(AnnotatedDocument doc) {
    List<Sentence> sentences = doc.sentences();
    int[] starts = new int[sentences.size()];
    int[] ends = new int[sentences.size()];
    boolean ordered = true;
    for (int i = 0; i < starts.length; i++) {
      TextSpan s = sentences.get(i).span();
      starts[i] = s.start();
      ends[i] = s.end();
      ordered &= i == 0 || starts[i] >= ends[i - 1];
    }
    return new SentenceLocator(starts, ends, ordered);
  }

  /**
   * Positions, ascending, of the sentences that may touch {@code span}: at least every sentence
   * {@code s} with {@code s.end() >= span.start()} and {@code s.start() <= span.end()}.
   */
  public IntStream touching(TextSpan span) {
    if (!ordered) {
      return IntStream.range(0, starts.length);
    }
    return IntStream.range(firstAtLeast(ends, span.start()), firstAbove(starts, span.end()));
  }

  /** The first position whose value is at least {@code v} (values ascending). */
  private static int firstAtLeast(int[] values, int v) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first position whose value is above {@code v} (values ascending). */
  private static int firstAbove(int[] values, int v) {
    return v == Integer.MAX_VALUE ? values.length : firstAtLeast(values, v + 1);
  }
}
