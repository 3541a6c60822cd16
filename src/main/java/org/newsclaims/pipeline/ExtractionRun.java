package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.Ingester;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredFile;
import org.newsclaims.store.WriterLease;

/**
 * An incremental extraction run over a folder: list every input, read only those whose size or
 * time changed since the last commit ({@link RunPlanner}), analyse on a pool only the articles whose result is not already in the
 * output folder's database (new or changed articles, or all of them after a change of code or
 * models, or those {@link RunConfig#reanalyse()} asks for), each within its time budget, then
 * commit ({@link StoreWriter}): the changed state into {@code newsclaims.db}, then claims.csv,
 * frames.csv and problems.csv written from it ({@link OutputFiles}).
 *
 * <p>Each analysed article is stored in one transaction as soon as it is done, and the published
 * state in one transaction at the end: a run killed at any moment leaves the previous complete
 * output, and the next run finishes the job without redoing what was stored, and writes what an
 * uninterrupted run would have, byte for byte. A second run on the same output folder fails at
 * once ({@link WriterLease}).
 *
 * <p>claims.csv holds the articles in document order (file path, numbers compared as numbers,
 * then position in the file), each article's claims in offset order. A bad input becomes a
 * problem row; every other article is still processed. So is an article whose analysis failed or
 * ran past its budget, and it keeps that row on later runs without being analysed again, until its
 * text, the tool or the budget changes (see {@link RunPlanner#standing}).
 *
 * <p>The NLP models are loaded on first need only: a run with nothing to analyse never loads
 * them. One instance may serve many runs (watch mode); runs on one instance must not overlap.
 */
public final class ExtractionRun {
  private final String modelsVersion;
  private final Supplier<ArticleAnalyzer> analyzerFactory;
  private final ReadObserver observer;
  private final String tool;
  private final ReviewCarrier reviews = ReviewCarrier.installed();
  private ArticleAnalyzer analyzer;

  /**
   * @param models the loaded models folder, for its fingerprint
   * @param analyzer builds the analyzer (loads the NLP models); called at most once, when first needed
   */
  public ExtractionRun(ExtractionModels models, Supplier<ArticleAnalyzer> analyzer) {
    this(models, analyzer, ReadObserver.NONE, ToolVersion.current());
  }

  /**
   * A run whose results are never carried forward: without the models, a change to them cannot
   * be seen, so every run analyses everything. For callers that hold only an analyzer.
   */
  public ExtractionRun(ArticleAnalyzer analyzer) {
    this("unversioned-" + UUID.randomUUID(), () -> analyzer, ReadObserver.NONE, ToolVersion.current());
  }

  /**
   * @param observer told after each file read (tests use it to change files mid-read)
   * @param tool the code version that goes into every result key
   */
  public ExtractionRun(ExtractionModels models, Supplier<ArticleAnalyzer> analyzer, ReadObserver observer,
      String tool) {
    this(models.fingerprint(), analyzer, observer, tool);
  }

  private ExtractionRun(String modelsVersion, Supplier<ArticleAnalyzer> analyzer, ReadObserver observer,
      String tool) {
    this.modelsVersion = Objects.requireNonNull(modelsVersion, "modelsVersion");
    this.analyzerFactory = Objects.requireNonNull(analyzer, "analyzer");
    this.observer = Objects.requireNonNull(observer, "observer");
    this.tool = Objects.requireNonNull(tool, "tool");
  }

  /** The code version used in result keys. */
  public String tool() {
    return tool;
  }

  /** Loads the NLP models now, if not yet loaded. */
  public synchronized ArticleAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = Objects.requireNonNull(analyzerFactory.get(), "analyzer factory returned null");
    }
    return analyzer;
  }

  private synchronized boolean analyzerLoaded() {
    return analyzer != null;
  }

  /**
   * Runs once over the input folder, holding the output folder's writer lease throughout.
   *
   * @throws WriterLease.LockedException when another run uses the output folder
   * @throws IOException when the input cannot be listed or the output cannot be written
   */
  public RunReport run(RunConfig config, ProgressListener progress) throws IOException, InterruptedException {
    try (WriterLease lease = lease(config)) {
      return pass(config, progress, PassControl.COMPLETE);
    }
  }

  /** Takes the output folder for writing, or fails at once. */
  static WriterLease lease(RunConfig config) throws IOException {
    OutputLayout out = new OutputLayout(config.output());
    out.prepare();
    return WriterLease.acquire(out.database(), config.output());
  }

  // ---------------------------------------------------------------------------------------
  // One pass

  /** One pass; the caller holds the lease. */
  RunReport pass(RunConfig config, ProgressListener progress, PassControl control)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    if (!Files.isDirectory(config.input())) {
      throw new IOException("input folder " + config.input() + " does not exist or is not a folder");
    }
    OutputLayout out = new OutputLayout(config.output());
    out.prepare();
    deleteLegacyState(out);
    try (RunStore store = RunStore.open(out.database())) {
      StoreWriter writer = new StoreWriter(out, config, store, reviews, tool, modelsVersion, started);
      boolean sameSettings = store.lastRun().map(r -> r.settings().equals(StoreWriter.settings(config))).orElse(false);
      RunPlanner planner = new RunPlanner(tool, modelsVersion, out, store::summary, config, sameSettings);
      ArticleFolder folder = folder(config);
      ArticleFolder.Listing listing = folder.list();
      Ingester ingester = new Ingester(config.ingest(), observer);

      ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
        Thread t = new Thread(r, "newsclaims-worker");
        t.setDaemon(true);
        return t;
      });
      ParallelAnalysis analysis = new ParallelAnalysis(pool, store, control, progress);
      List<RunPlanner.PlannedFile> files = new ArrayList<>();
      try {
        files.addAll(new FilePlanning(folder, listing, planner, ingester, writer).plan(control, pool));
        List<RunPlanner.PlannedArticle> todo = files.stream().flatMap(f -> f.articles().stream())
            .filter(a -> a.toAnalyse().isPresent()).toList();
        boolean stopAtOnce = !todo.isEmpty() && control.stopRequested().getAsBoolean();
        if (stopAtOnce) {
          analysis.stop();
        } else if (!todo.isEmpty()) {
          analysis.run(analyzer(), config.budget(), todo,
              () -> writer.commit(files, analysis, listing.problems(), false));
        }
      } finally {
        pool.shutdownNow();
        progress.done();
      }
      boolean deferredAny = files.stream().anyMatch(RunPlanner.PlannedFile::deferred);
      StoreWriter.Committed c = writer.commit(files, analysis, listing.problems(),
          !analysis.stopped() && !deferredAny);
      List<String> analysedIds = new ArrayList<>(analysis.analysedIds());
      analysedIds.sort(DocOrder.INSTANCE);
      return new RunReport(c.articles(), analysis.fresh().size(), c.carried(), c.removed(), c.pending(), analysedIds,
          c.claims(), analysis.tokens(), c.totals().byType(), c.totals().byTopic(), c.failures(), c.warnings(),
          c.pending() == 0, analyzerLoaded(), (System.nanoTime() - t0) / 1_000_000, c.reviewWarnings());
    }
  }

  /** The planning of the listed files of a pass. */
  private record FilePlanning(ArticleFolder folder, ArticleFolder.Listing listing, RunPlanner planner,
      Ingester ingester, StoreWriter writer) {

    /**
     * Every listed file planned: a deferred or unchanged one from its last committed state, any
     * other read and planned on the pool; doc_ids kept unique ({@link DocIdCollisions}).
     */
    List<RunPlanner.PlannedFile> plan(PassControl control, ExecutorService pool)
        throws IOException, InterruptedException {
      List<Future<RunPlanner.PlannedFile>> planned = new ArrayList<>();
      for (Path file : listing.files()) {
        String fileId = folder.docId(file);
        Optional<StoredFile> prev = writer.previousFile(fileId);
        if (control.deferred().test(file)) {
          planned.add(CompletableFuture.completedFuture(RunPlanner.PlannedFile.deferred(fileId, prev)));
        } else if (planner.unchanged(prev, listing.seen(file))) {
          planned.add(CompletableFuture.completedFuture(RunPlanner.PlannedFile.unchanged(prev.get())));
        } else {
          planned.add(pool.submit(() -> read(file, fileId)));
        }
      }
      List<RunPlanner.PlannedFile> files = new ArrayList<>();
      for (Future<RunPlanner.PlannedFile> f : planned) {
        files.add(ParallelAnalysis.get(f));
      }
      Set<String> colliding = DocIdCollisions.colliding(files);
      return colliding.isEmpty() ? files : DocIdCollisions.resolve(readColliding(files, colliding));
    }

    private RunPlanner.PlannedFile read(Path file, String fileId) throws IOException {
      return planner.plan(ingester.ingest(file, fileId));
    }

    /**
     * The plan with every unchanged file that shares a doc_id with another input read after all,
     * so that the collision becomes a problem of both (an unchanged file is not read, so not planned).
     */
    private List<RunPlanner.PlannedFile> readColliding(List<RunPlanner.PlannedFile> files, Set<String> colliding)
        throws IOException {
      Map<String, Path> paths = new HashMap<>();
      listing.files().forEach(f -> paths.put(folder.docId(f), f));
      List<RunPlanner.PlannedFile> out = new ArrayList<>(files.size());
      for (RunPlanner.PlannedFile f : files) {
        boolean reread = f.source() == RunPlanner.Source.UNCHANGED && f.docIds().stream().anyMatch(colliding::contains);
        out.add(reread ? read(paths.get(f.fileId()), f.fileId()) : f);
      }
      return out;
    }
  }

  /** Earlier versions kept manifest, cache and lock under OUT/.newsclaims; the database replaces them. */
  private static void deleteLegacyState(OutputLayout out) throws IOException {
    Path legacy = out.root().resolve(OutputLayout.LEGACY_STATE_DIR);
    if (!Files.isDirectory(legacy)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(legacy)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The input folder as a run lists it: the output folder (and its texts) never read as input. */
  static ArticleFolder folder(RunConfig config) {
    return new ArticleFolder(config.input(),
        Set.of(config.output(), new OutputLayout(config.output()).textDir()));
  }
}
