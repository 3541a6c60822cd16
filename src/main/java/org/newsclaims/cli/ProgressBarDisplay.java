package org.newsclaims.cli;

import java.io.FilterOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsclaims.pipeline.ProgressListener;

/**
 * A progress bar for a terminal, redrawn in place with carriage returns; it appears only once a
 * run has taken longer than {@value #DELAY_MILLIS} ms, so short runs stay quiet. Thread-safe.
 */
final class ProgressBarDisplay implements ProgressListener {
  static final long DELAY_MILLIS = 3000;
  private static final int WIDTH = 100;
  private static final int SHOWN_ID = 40;

  private final PrintStream terminal;
  private final long start = System.currentTimeMillis();
  private int total;
  private int done;
  private ProgressBar bar;

  ProgressBarDisplay(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public synchronized void started(int total) {
    this.total = total;
  }

  @Override
  public synchronized void finished(String docId, int claims) {
    done++;
    if (bar == null && System.currentTimeMillis() - start > DELAY_MILLIS) {
      bar = new ProgressBarBuilder().setTaskName("articles").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(unclosable(terminal), WIDTH))
          .build();
    }
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(label(docId));
    }
  }

  /** The doc id shown beside the bar: escaped for the terminal, then its last {@value #SHOWN_ID} characters. */
  static String label(String docId) {
    String shown = Terminal.escape(docId);
    return shown.length() > SHOWN_ID ? "…" + shown.substring(shown.length() - SHOWN_ID + 1) : shown;
  }

  @Override
  public synchronized void done() {
    if (bar != null) {
      bar.close();
    }
  }

  /** The bar closes its stream when done; stderr must stay open for the summary. */
  private static PrintStream unclosable(PrintStream err) {
    return new PrintStream(new FilterOutputStream(err) {
      @Override
      public void write(byte[] b, int off, int len) {
        err.write(b, off, len);
      }

      @Override
      public void close() {
        err.flush();
      }
    }, true, StandardCharsets.UTF_8);
  }
}
