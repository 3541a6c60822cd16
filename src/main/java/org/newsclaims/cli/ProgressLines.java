package org.newsclaims.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.newsclaims.pipeline.ProgressListener;

/**
 * Progress for logs: one plain line at most every {@code interval}, such as
 * {@code articles 120/840, 14 claims/s, eta 3m}, and a last one when the pass ends; never a
 * carriage return or an escape sequence. A run shorter than the interval prints nothing.
 * Thread-safe.
 */
final class ProgressLines implements ProgressListener {
  /** A few seconds: often enough to see a run move, rare enough to keep a day's log short. */
  static final Duration INTERVAL = Duration.ofSeconds(5);

  private final PrintWriter log;
  private final LongSupplier nanoClock;
  private final long intervalNanos;
  private long startNanos;
  private long lastLineNanos;
  private int total;
  private int done;
  private long claims;
  private int doneAtLastLine;

  /**
   * @param log where the lines go
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   * @param interval the least time between two lines
   */
  ProgressLines(PrintWriter log, LongSupplier nanoClock, Duration interval) {
    this.log = log;
    this.nanoClock = nanoClock;
    this.intervalNanos = interval.toNanos();
  }

  @Override
  public synchronized void started(int total) {
    this.total = total;
    done = 0;
    claims = 0;
    doneAtLastLine = 0;
    startNanos = nanoClock.getAsLong();
    lastLineNanos = startNanos;
  }

  @Override
  public synchronized void finished(String docId, int claimCount) {
    done++;
    claims += claimCount;
    long now = nanoClock.getAsLong();
    if (now - lastLineNanos >= intervalNanos) {
      print(now, false);
    }
  }

  @Override
  public synchronized void done() {
    if (doneAtLastLine > 0 && done > doneAtLastLine) {
      print(nanoClock.getAsLong(), true);
    }
  }

  private void print(long now, boolean last) {
    log.println(line(done, total, claims, Duration.ofNanos(now - startNanos), last));
    log.flush();
    lastLineNanos = now;
    doneAtLastLine = done;
  }

  /**
   * {@code articles 120/840, 14 claims/s, eta 3m}; the last line of a pass says how long it
   * took instead of the time left.
   */
  static String line(int done, int total, long claims, Duration elapsed, boolean last) {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    double rate = claims / seconds;
    String claimsPerSecond = rate >= 10 || rate == 0 ? String.format(Locale.ROOT, "%.0f", rate)
        : String.format(Locale.ROOT, "%.1f", rate);
    String time = last || done >= total ? "took " + duration(elapsed)
        : "eta " + duration(Duration.ofMillis(Math.round(elapsed.toMillis() * (double) (total - done) / Math.max(done, 1))));
    return String.format(Locale.ROOT, "articles %d/%d, %s claims/s, %s", done, total, claimsPerSecond, time);
  }

  /** {@code 45s}, {@code 3m}, {@code 1h05m}: as precise as a person reading a log needs. */
  static String duration(Duration d) {
    long s = Math.round(d.toMillis() / 1000.0);
    if (s < 60) {
      return s + "s";
    }
    long m = Math.round(s / 60.0);
    if (m < 60) {
      return m + "m";
    }
    return String.format(Locale.ROOT, "%dh%02dm", m / 60, m % 60);
  }
}
