package org.newsclaims.store;

import java.util.Objects;
import java.util.Optional;
import org.newsclaims.export.FileState;

/**
 * An output file (claims.csv ...) as the last run that wrote it recorded it, and as it is now. A
 * file still as recorded holds what the database says it holds, so it need not be read back nor
 * written again; one that differs was edited (a reviewer saved it) or is gone.
 */
public record OutputStatus(Optional<FileState> recorded, Optional<FileState> now, long run) {
  public OutputStatus {
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(now, "now");
  }

  /**
   * The commit (runs.id) whose published state the file holds when {@link #untouched}: an article
   * whose row was written by a later commit is not in it as it now is. 0 when never written.
   */
  @Override
  public long run() {
    return run;
  }

  /** As the last run left it (or still absent, when it was never written). */
  public boolean untouched() {
    return recorded.equals(now);
  }

  /** There, and not as the last run left it: what is in it must be read back. */
  public boolean edited() {
    return now.isPresent() && !untouched();
  }
}
