package org.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress for logs: plain lines a few seconds apart, no carriage returns, a last line at the end. */
class ProgressLinesTest {
  private final AtomicLong clock = new AtomicLong();
  private final StringWriter log = new StringWriter();
  private final ProgressLines progress = new ProgressLines(new PrintWriter(log), clock::get, Duration.ofSeconds(5));

  private void after(long seconds, String docId, int claims) {
    clock.addAndGet(Duration.ofSeconds(seconds).toNanos());
    progress.finished(docId, claims);
  }

  @Test
  void oneLineEveryIntervalAndALastOne() {
    progress.started(10);
    after(2, "a.txt", 10);
    after(2, "b.txt", 10); // 4 s: too early for a line
    after(2, "c.txt", 10); // 6 s: first line
    after(1, "d.txt", 10); // 7 s
    after(4, "e.txt", 10); // 11 s: second line
    after(1, "f.txt", 0);
    progress.done();
    assertEquals(List.of(
        "articles 3/10, 5.0 claims/s, eta 14s",
        "articles 5/10, 4.5 claims/s, eta 11s",
        "articles 6/10, 4.2 claims/s, took 12s"), List.of(log.toString().split("\n")));
    assertFalse(log.toString().contains("\r"), "no carriage return in a log");
  }

  @Test
  void aShortRunPrintsNothing() {
    progress.started(2);
    after(1, "a.txt", 3);
    after(1, "b.txt", 3);
    progress.done();
    assertEquals("", log.toString());
  }

  @Test
  void noLastLineWhenNothingHappenedSinceTheLastOne() {
    progress.started(1);
    after(6, "a.txt", 30);
    progress.done();
    assertEquals(List.of("articles 1/1, 5.0 claims/s, took 6s"), List.of(log.toString().split("\n")));
  }

  @Test
  void theLineOfTheIssue() {
    assertEquals("articles 120/840, 14 claims/s, eta 3m",
        ProgressLines.line(120, 840, 420, Duration.ofSeconds(30), false));
  }

  @Test
  void durationsAreAsPreciseAsALogNeeds() {
    assertEquals("0s", ProgressLines.duration(Duration.ZERO));
    assertEquals("59s", ProgressLines.duration(Duration.ofSeconds(59)));
    assertEquals("3m", ProgressLines.duration(Duration.ofSeconds(170)));
    assertEquals("59m", ProgressLines.duration(Duration.ofMinutes(59)));
    assertEquals("1h05m", ProgressLines.duration(Duration.ofMinutes(65)));
    assertEquals("26h00m", ProgressLines.duration(Duration.ofHours(26)));
  }

  @Test
  void aPipeIsNotATerminalUnlessTheLauncherSaysSo() {
    String before = System.getProperty(ConsoleProgress.STDERR_PROPERTY);
    try {
      System.setProperty(ConsoleProgress.STDERR_PROPERTY, "other");
      assertEquals(ProgressLines.class, ConsoleProgress.onStandardError().getClass());
      System.setProperty(ConsoleProgress.STDERR_PROPERTY, ConsoleProgress.TERMINAL);
      assertEquals(ProgressBarDisplay.class, ConsoleProgress.onStandardError().getClass());
    } finally {
      if (before == null) {
        System.clearProperty(ConsoleProgress.STDERR_PROPERTY);
      } else {
        System.setProperty(ConsoleProgress.STDERR_PROPERTY, before);
      }
    }
  }
}
