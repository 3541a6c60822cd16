package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.store.WriterLease;

/** {@code review} takes the output folder's writer lease: it never runs beside a run (issue 14). */
class ReviewLockTest {

  @Test
  void reviewIsRefusedWhileARunHoldsTheFolder(@TempDir Path tmp) throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (WriterLease running = WriterLease.acquire(out.resolve(OutputLayout.DATABASE), out)) {
      WriterLease.LockedException e = assertThrows(WriterLease.LockedException.class,
          () -> new ReviewRun().run(new ReviewRun.Config(in, out, in, false)));
      assertTrue(e.getMessage().length() > 10, e.getMessage());
    }
  }
}
