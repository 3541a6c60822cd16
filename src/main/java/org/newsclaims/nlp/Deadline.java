package org.newsclaims.nlp;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The time one article's analysis may take, checked cooperatively: the engine between its steps
 * and between sentences, the extractors between finders. A check past the deadline throws
 * {@link Exceeded}; every check first records how far the analysis got ({@link #reached()}), so
 * that whoever gives up on the analysis can say where it was.
 *
 * <p>Checked by the one thread that analyses the article; {@link #reached()} and
 * {@link #abandon()} may be called from any other thread.
 */
public final class Deadline {

  /**
   * How far an analysis got: the step it was in and the sentence it had reached in that step.
   *
   * @param step what was running: an engine step ({@code tokenize}, {@code ner}, {@code depparse}) or
   *     one of ours ({@code finder say.linear}, {@code speakers})
   * @param sentence the index of the sentence in hand, in a step that goes sentence by sentence;
   *     {@code sentences} in a step over the whole document
   * @param sentences sentences in the document; 0 before they are known (while tokenizing)
   * @param offset where the sentence in hand starts, in UTF-16 units of the analysed text; the
   *     text's length in a step over the whole document
   */
  public record Reached(String step, int sentence, int sentences, int offset) {
    public Reached {
      Objects.requireNonNull(step, "step");
    }

    static final Reached START = new Reached("start", 0, 0, 0);
  }

  /** Thrown by a check when the time is up, or when the analysis was abandoned. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Reached reached;

    Exceeded(Reached reached) {
      super("time budget exceeded in " + reached.step(), null, false, false);
      this.reached = reached;
    }

    public Reached reached() {
      return reached;
    }
  }

  private static final Deadline NONE = new Deadline(Long.MAX_VALUE, () -> 0L);

  private final long budgetNanos;
  private final LongSupplier nanoTime;
  private final long start;
  private volatile Reached reached = Reached.START;
  private volatile boolean abandoned;

  private Deadline(long budgetNanos, LongSupplier nanoTime) {
    this.budgetNanos = budgetNanos;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /** A deadline that never comes (checks only record progress). */
  public static Deadline none() {
    return NONE;
  }

  /**
   * A deadline {@code budget} from now.
   *
   * @param nanoTime the time source, in nanoseconds ({@code System::nanoTime}; tests give one that
   *     advances on every reading)
   */
  public static Deadline after(Duration budget, LongSupplier nanoTime) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive, was " + budget);
    }
    return new Deadline(budget.toNanos(), Objects.requireNonNull(nanoTime, "nanoTime"));
  }

  /**
   * Records that the analysis is in {@code step}, at a sentence, and throws when the time is up.
   * A deadline that never comes records nothing: it is shared.
   *
   * @throws Exceeded past the deadline, or once {@link #abandon()} was called
   */
  public void check(String step, int sentence, int sentences, int offset) {
    if (this == NONE) {
      return;
    }
    Reached now = new Reached(step, sentence, sentences, offset);
    reached = now;
    if (abandoned || nanoTime.getAsLong() - start > budgetNanos) {
      throw new Exceeded(now);
    }
  }

  /**
   * {@link #check(String, int, int, int)} in a step of ours over the whole document, after the
   * engine's last check (which says every sentence is done).
   */
  public void check(String step) {
    Reached last = reached;
    check(step, last.sentence(), last.sentences(), last.offset());
  }

  /** How far the analysis got at its last check. */
  public Reached reached() {
    return reached;
  }

  /** Makes the next check throw: the analysis was given up on and its result will not be read. */
  public void abandon() {
    abandoned = true;
  }
}
