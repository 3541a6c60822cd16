package org.newsclaims.cli;

import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsclaims.pipeline.ProgressListener;

/**
 * A progress bar on stderr that appears only once a run has taken longer than
 * {@value #DELAY_MILLIS} ms, so short runs stay quiet.
 */
final class ConsoleProgress implements ProgressListener {
  static final long DELAY_MILLIS = 3000;

  private final long start = System.currentTimeMillis();
  private final AtomicInteger doneCount = new AtomicInteger();
  private volatile int total;
  private ProgressBar bar;

  @Override
  public void started(int total) {
    this.total = total;
  }

  @Override
  public synchronized void finished(String docId) {
    int done = doneCount.incrementAndGet();
    if (bar == null && System.currentTimeMillis() - start > DELAY_MILLIS) {
      bar = new ProgressBarBuilder().setTaskName("articles").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(unclosable(System.err), 100))
          .build();
    }
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(label(docId));
    }
  }

  /** The doc id shown beside the bar: escaped for the terminal, then its last 40 characters. */
  static String label(String docId) {
    String shown = Terminal.escape(docId);
    return shown.length() > 40 ? "…" + shown.substring(shown.length() - 39) : shown;
  }

  /** The bar closes its stream when done; stderr must stay open for the summary. */
  private static java.io.PrintStream unclosable(java.io.PrintStream err) {
    return new java.io.PrintStream(new java.io.FilterOutputStream(err) {
      @Override
      public void write(byte[] b, int off, int len) {
        err.write(b, off, len);
      }

      @Override
      public void close() {
        err.flush();
      }
    }, true, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void done() {
    if (bar != null) {
      bar.close();
    }
  }
}
