package org.newsclaims.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsclaims.pipeline.ProgressListener;

/**
 * How an extraction shows its progress on stderr: a bar redrawn in place on a terminal
 * ({@link ProgressBarDisplay}); on anything else (a pipe, a file, CI, {@code nohup}, cron) plain
 * lines a few seconds apart ({@link ProgressLines}), since a bar's carriage returns would pile up
 * into one endless log line.
 */
final class ConsoleProgress {
  /**
   * Set by the launcher to {@value #TERMINAL} when stderr is a terminal ({@code [ -t 2 ]}), to
   * anything else when it is not. Without it, Linux's {@code /proc/self/fd/2} is asked.
   */
  static final String STDERR_PROPERTY = "newsclaims.stderr";
  static final String TERMINAL = "terminal";

  private ConsoleProgress() {}

  /** The progress display for this process's stderr. */
  static ProgressListener onStandardError() {
    if (standardErrorIsTerminal()) {
      return new ProgressBarDisplay(System.err);
    }
    return new ProgressLines(new PrintWriter(System.err, true, StandardCharsets.UTF_8), System::nanoTime,
        ProgressLines.INTERVAL);
  }

  static boolean standardErrorIsTerminal() {
    String told = System.getProperty(STDERR_PROPERTY);
    if (told != null) {
      return told.equals(TERMINAL);
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc (macOS, Windows): plain lines are safe anywhere
    }
  }
}
