package org.newsclaims.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.newsclaims.nlp.Deadline;

/**
 * How long the analysis of one article may take (wall time, from its start on a worker): a base
 * plus a share per thousand of its tokens. An article over its budget is stopped at the next check
 * of its {@link Deadline} and becomes one {@code analysis-timeout} problem; the run goes on.
 * Immutable.
 *
 * <p>The default, 20 s + 5 s per 1,000 tokens, is five to ten times what articles take here. On
 * {@code corpus/} (2 cores shared with other jobs, two workers) a warm article took 0.7 to 2.5 ms
 * per token (median 0.9; one worker: 0.2 to 1.0) and 3 s at most (2,355 tokens); the first
 * articles of a run, before the JIT has compiled the parser, took up to 4.8 ms per token (3.8 s
 * for 791 tokens). The base covers those first articles and a busy machine; the share per token,
 * twice the slowest rate seen, covers long ones: the 1 MB text of 250,000 short lines (its first
 * 20,000 lines, 20,000 tokens, are analysed) took 11 to 21 s and gets 120 s.
 *
 * <p>Tokens are estimated before the analysis, from the text the analyzer reads (up to
 * {@link ArticleLimits#maxLines()} lines): each run of letters and digits is a token, and so is
 * every other character that is not a space. On {@code corpus/} that is 0 to 6 % above CoreNLP's
 * count.
 *
 * @param base the budget of an empty article
 * @param perThousandTokens added per thousand tokens; zero for the same budget whatever the size
 * @param nanoTime the time source, in nanoseconds: {@code System::nanoTime}; tests give one that
 *     advances on every reading, so that a long article runs out of time and a short one does not,
 *     whatever the machine's speed
 */
public record ArticleBudget(Duration base, Duration perThousandTokens, LongSupplier nanoTime) {
  public static final int DEFAULT_BASE_SECONDS = 20;
  public static final int DEFAULT_SECONDS_PER_THOUSAND_TOKENS = 5;
  /** 20 s + 5 s per 1,000 tokens (see above). */
  public static final ArticleBudget DEFAULT = new ArticleBudget(Duration.ofSeconds(DEFAULT_BASE_SECONDS),
      Duration.ofSeconds(DEFAULT_SECONDS_PER_THOUSAND_TOKENS), System::nanoTime);

  /**
   * How long an analysis may run past its budget, when it does not stop at a check (a step that
   * never returns), before it is abandoned: as long again as its budget, and this much more.
   */
  static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(5);

  public ArticleBudget {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(perThousandTokens, "perThousandTokens");
    Objects.requireNonNull(nanoTime, "nanoTime");
    if (base.isNegative() || base.isZero() || perThousandTokens.isNegative()) {
      throw new IllegalArgumentException("a time budget needs a positive base and a share per token that is not"
          + " negative, was " + base + " + " + perThousandTokens + " per 1,000 tokens");
    }
  }

  /** The same budget for every article, whatever its size. */
  public static ArticleBudget fixed(Duration each) {
    return new ArticleBudget(each, Duration.ZERO, System::nanoTime);
  }

  /** This budget measured on another time source (tests). */
  public ArticleBudget withClock(LongSupplier clock) {
    return new ArticleBudget(base, perThousandTokens, clock);
  }

  /** The budget of an article of this text, to the millisecond. */
  public Duration forText(String text) {
    long tokens = estimatedTokens(text);
    return base.plusMillis(perThousandTokens.toMillis() * tokens / 1000);
  }

  /** A deadline for analysing this text, from now. */
  Deadline start(String text) {
    return Deadline.after(forText(text), nanoTime);
  }

  /** How long after its start an analysis that did not stop at a check is abandoned. */
  static Duration backstop(Duration budget) {
    return budget.multipliedBy(2).plus(BACKSTOP_MARGIN);
  }

  /** The rule, for messages: {@code 20 s + 5 s per 1,000 tokens}, or {@code 30 s} when fixed. */
  public String describe() {
    return perThousandTokens.isZero() ? seconds(base)
        : seconds(base) + " + " + seconds(perThousandTokens) + " per 1,000 tokens";
  }

  /** A duration in seconds for messages: {@code 24.5 s}, {@code 0.003 s}. */
  static String seconds(Duration d) {
    String s = String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + " s";
  }

  /** Estimated tokens of the part of {@code text} the analyzer reads (see above). */
  static int estimatedTokens(String text) {
    int end = ArticleLimits.DEFAULTS.analysedLength(text);
    int tokens = 0;
    boolean inWord = false;
    for (int i = 0; i < end; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        tokens += inWord ? 0 : 1;
        inWord = true;
      } else {
        tokens += Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : 1;
        inWord = false;
      }
    }
    return tokens;
  }
}
