package org.newsclaims.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one {@link BenchWorker} JVM measured for one {@link Variant}: sent to the parent as JSON.
 * A {@code null} number means "not available" (no {@code /proc} on this system, no gold
 * annotations in the input). Immutable.
 *
 * @param variant the variant's name
 * @param engine the engine's own description
 * @param threads worker threads
 * @param articles articles analysed per pass
 * @param failed articles that could not be analysed (per pass)
 * @param tokens tokens per pass
 * @param sentences sentences per pass
 * @param parsedSentences sentences parsed per pass
 * @param claims claims per pass
 * @param claimsDigest SHA-256 (hex, 16 digits) of every claim in document order: equal digests,
 *     equal claims
 * @param engineLoadNanos time to load the CoreNLP models
 * @param otherLoadNanos time to load the language detector and the extraction models
 * @param liveHeapAfterLoadBytes heap still used after loading and a full collection
 * @param peakHeapBytes largest used heap seen, load included
 * @param rssAfterLoadKiB resident set size after loading
 * @param peakRssKiB peak resident set size of the JVM over the whole run
 * @param passes the measured passes over the articles, warm-up excluded
 * @param headlineF1 the eval headline figures on the articles that have gold annotations
 * @param scaling the project's own code on ever larger documents; null when not asked for
 */
public record WorkerResult(
    String variant, String engine, int threads, int articles, int failed, long tokens,
    long sentences, long parsedSentences, int claims, String claimsDigest,
    long engineLoadNanos, long otherLoadNanos, Long liveHeapAfterLoadBytes, long peakHeapBytes,
    Long rssAfterLoadKiB, Long peakRssKiB, List<Pass> passes, Map<String, Double> headlineF1,
    List<ScalingPoint> scaling) {

  public WorkerResult {
    Objects.requireNonNull(variant, "variant");
    passes = List.copyOf(passes);
    if (passes.isEmpty()) {
      throw new IllegalArgumentException("a worker result needs at least one measured pass");
    }
  }

  /**
   * One pass over all articles. Times are nanoseconds; the {@code *Nanos} of work are summed over
   * the worker threads, so with N threads they add up to at most N × {@code wallNanos}.
   *
   * @param wallNanos wall time of the pass
   * @param cpuNanos CPU time of the whole JVM during the pass; null where the JVM cannot tell
   * @param analyzeNanos time in {@code ArticleAnalyzer.analyze}
   * @param annotateNanos of which in the NLP engine (CoreNLP and our adapter)
   * @param languageNanos of which in language detection (OpenNLP)
   * @param stageNanos the engine's time per stage ({@code CoreNlpEngine.Stage} names)
   */
  public record Pass(long wallNanos, Long cpuNanos, long analyzeNanos, long annotateNanos,
      long languageNanos, Map<String, Long> stageNanos) {
    public Pass {
      stageNanos = Map.copyOf(stageNanos);
    }
  }

  /**
   * The project's own code (everything in {@code ArticleAnalyzer.claims}) on one document made
   * of {@code copies} copies of all the articles: the best of its runs in wall time, and in the
   * CPU time of the thread that ran it, which other processes on the machine barely change (-1
   * when the JVM cannot tell).
   */
  public record ScalingPoint(int copies, long tokens, long nanos, long cpuNanos) {}
}
