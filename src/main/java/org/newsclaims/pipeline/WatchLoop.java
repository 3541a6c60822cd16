package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.model.Problem;

/**
 * Watch mode: processes the backlog of the input folder, then every article as it lands, until
 * stopped. The folder is polled (every {@link Settings#poll}): plain file listings work on
 * network and container mounts where change notification does not. A file is taken once it has
 * settled: its size and time unchanged for {@link Settings#settle}, or its time older than that
 * (a file moved in keeps its time and is taken at once). Any settled change (a new, changed,
 * deleted or newly broken file) starts an incremental pass, which commits the outputs as each
 * article finishes (at most once per {@link Settings#commitEvery}) and at its end.
 *
 * <p>The output folder is leased for the whole watch and the models load once. On a stop
 * request the article in hand is finished (or abandoned after {@link Settings#stopGrace}), the
 * outputs are committed, and {@link #run} returns; nothing is ever half-written: the state is
 * committed in database transactions, every output file replaced by rename.
 */
public final class WatchLoop {

  /** Timing of a watch; validated. */
  public record Settings(Duration poll, Duration settle, Duration commitEvery, Duration stopGrace) {
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(1), Duration.ofSeconds(15));

    public Settings {
      for (Duration d : List.of(poll, settle, commitEvery, stopGrace)) {
        if (d.isNegative()) {
          throw new IllegalArgumentException("negative duration: " + d);
        }
      }
      if (poll.isZero()) {
        throw new IllegalArgumentException("poll interval must be positive");
      }
    }
  }

  /** Told what the watch does; called from the watching thread. */
  public interface Listener {
    void watching(Path input, Settings settings);

    /** After each pass; {@code unsettled} files are still being written. */
    void passed(RunReport report, int unsettled);

    void stopped(RunReport last);
  }

  private record Stamp(long size, Instant modified, Object fileKey) {}

  private record Seen(Stamp stamp, long firstSeenNanos) {}

  /** The settled files and listing problems a pass saw; a change starts a new pass. */
  private record View(Map<Path, Stamp> settled, Set<String> listingProblems) {}

  private final ExtractionRun run;
  private final RunConfig config;
  private final Settings settings;
  private final Listener listener;
  private final ProgressListener progress;

  public WatchLoop(ExtractionRun run, RunConfig config, Settings settings, Listener listener,
      ProgressListener progress) {
    this.run = Objects.requireNonNull(run, "run");
    this.config = Objects.requireNonNull(config, "config");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Watches until {@code stop} is requested. {@code config.reanalyse()} applies to the first pass
   * only: later passes analyse what changed.
   *
   * @throws org.newsclaims.store.WriterLease.LockedException when another run uses the output folder
   */
  public void run(StopSignal stop) throws IOException, InterruptedException {
    try (org.newsclaims.store.WriterLease lease = ExtractionRun.lease(config)) {
      run.analyzer();
      listener.watching(config.input(), settings);
      Map<Path, Seen> seen = new HashMap<>();
      Optional<View> last = Optional.empty();
      RunReport report = null;
      RunConfig passConfig = config;
      while (!stop.isRequested()) {
        Map<Path, Stamp> stamps = new HashMap<>();
        Set<String> listingProblems = new HashSet<>();
        scan(stamps, listingProblems);
        long now = System.nanoTime();
        Instant wall = Instant.now();
        seen.keySet().retainAll(stamps.keySet());
        Map<Path, Stamp> settled = new HashMap<>();
        for (Map.Entry<Path, Stamp> e : stamps.entrySet()) {
          Seen s = seen.get(e.getKey());
          if (s == null || !s.stamp().equals(e.getValue())) {
            s = new Seen(e.getValue(), now);
            seen.put(e.getKey(), s);
          }
          boolean old = !e.getValue().modified().isAfter(wall.minus(settings.settle()));
          boolean quiet = now - s.firstSeenNanos() >= settings.settle().toNanos();
          if (old || quiet) {
            settled.put(e.getKey(), e.getValue());
          }
        }
        View view = new View(settled, listingProblems);
        if (last.isEmpty() || !last.get().equals(view)) {
          Set<Path> ready = settled.keySet();
          PassControl control = new PassControl(stop::isRequested, p -> !ready.contains(p),
              Optional.of(settings.commitEvery()), settings.stopGrace());
          report = run.pass(passConfig, progress, control);
          passConfig = config.withReanalyse(RunConfig.Reanalyse.CHANGED);
          listener.passed(report, stamps.size() - settled.size());
          last = Optional.of(view);
        }
        stop.await(settings.poll());
      }
      listener.stopped(report);
    }
  }

  /** The stamp of every article file, and the ids of listing problems (loops, broken links). */
  private void scan(Map<Path, Stamp> stamps, Set<String> listingProblems) throws IOException {
    ArticleFolder.Listing listing = ExtractionRun.folder(config).list();
    for (Problem p : listing.problems()) {
      listingProblems.add(p.docId() + "\u0000" + p.kind().code());
    }
    for (Path f : listing.files()) {
      try {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        stamps.put(f, new Stamp(a.size(), a.lastModifiedTime().toInstant(), a.fileKey()));
      } catch (NoSuchFileException e) {
        // deleted since the listing: the next scan will not list it
      }
    }
  }
}
