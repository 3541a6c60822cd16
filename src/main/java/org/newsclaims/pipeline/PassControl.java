package org.newsclaims.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * How a pass is steered from outside: when to stop early, which files to leave for later (still
 * being written), whether to commit the outputs as articles finish rather than only at the end,
 * and how long to wait for articles in hand when stopping.
 */
record PassControl(BooleanSupplier stopRequested, Predicate<Path> deferred, Optional<Duration> commitEvery,
    Duration stopGrace) {

  /** An extract run: every file, commit once at the end. */
  static final PassControl COMPLETE = new PassControl(() -> false, p -> false, Optional.empty(), Duration.ZERO);

  PassControl {
    Objects.requireNonNull(stopRequested, "stopRequested");
    Objects.requireNonNull(deferred, "deferred");
    Objects.requireNonNull(commitEvery, "commitEvery");
    Objects.requireNonNull(stopGrace, "stopGrace");
  }
}
