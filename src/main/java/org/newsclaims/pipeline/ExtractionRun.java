package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.FileStamp;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.ingest.Ingester;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Problem;
import org.newsclaims.model.TopicHit;
import org.newsclaims.review.ReviewMerge;

/**
 * An incremental extraction run over a folder: list and read every input (cheap), analyse only
 * the articles whose result is not already in the output folder's cache (new or changed
 * articles, or all of them after a change of code or models, or with {@code force}), then write
 * claims.csv, problems.csv, the extracted texts and the manifest.
 *
 * <p>Outputs are prepared as temporary files and renamed into place only when everything is
 * ready, the manifest last: a run killed at any moment leaves the previous complete output
 * (each file whole), and since every analysed article is cached as soon as it is done, the next
 * run finishes the job and writes what an uninterrupted run would have, byte for byte. A second
 * run on the same output folder fails at once ({@link OutputLock}).
 *
 * <p>claims.csv holds the articles in document order (file path, numbers compared as numbers,
 * then position in the file), each article's claims in offset order. A bad input becomes a
 * problem row; every other article is still processed.
 *
 * <p>The NLP models are loaded on first need only: a run with nothing to analyse never loads
 * them. One instance may serve many runs (watch mode); runs on one instance must not overlap.
 */
public final class ExtractionRun {
  public static final String CLAIMS_FILE = "claims.csv";
  public static final String PROBLEMS_FILE = "problems.csv";

  private final String modelsVersion;
  private final Supplier<ArticleAnalyzer> analyzerFactory;
  private final ReadObserver observer;
  private final String tool;
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
   * Runs once over the input folder, holding the output folder's lock throughout.
   *
   * @throws OutputLock.LockedException when another run uses the output folder
   * @throws IOException when the input cannot be listed or the output cannot be written
   */
  public RunReport run(RunConfig config, ProgressListener progress) throws IOException, InterruptedException {
    OutputLock lock = OutputLock.acquire(config.output());
    try (lock) {
      return pass(config, progress, PassControl.COMPLETE);
    }
  }

  // ---------------------------------------------------------------------------------------
  // One pass

  /** An article as planned: its result key, and what must still be done for it. */
  private record PlannedArticle(String docId, int position, String key, String textSha256, String textFile,
      Optional<String> textToWrite, Optional<Article> toAnalyse, Optional<ResultCache.Entry> cached,
      List<Problem> warnings) {}

  /** A file as planned; a deferred file keeps its previous manifest entry. */
  private record PlannedFile(String fileId, String format, Optional<FileStamp> stamp, boolean deferred,
      Optional<Manifest.FileEntry> previous, List<PlannedArticle> articles, List<Problem> failures,
      List<Problem> warnings) {}

  /** What the outputs hold after a commit. */
  private record Committed(int articles, int carried, int removed, int pending, int claims,
      Map<String, Integer> byType, Map<String, Integer> byTopic, List<Problem> failures, List<Problem> warnings) {}

  /** One pass; the caller holds the lock. */
  RunReport pass(RunConfig config, ProgressListener progress, PassControl control)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    if (!Files.isDirectory(config.input())) {
      throw new IOException("input folder " + config.input() + " does not exist or is not a folder");
    }
    OutputFolder out = new OutputFolder(config.output());
    out.prepare();
    Optional<Manifest> previous = Manifest.read(out.manifest());
    Map<String, Manifest.FileEntry> previousFiles = new HashMap<>();
    Map<String, Manifest.ArticleEntry> previousArticles = new HashMap<>();
    previous.ifPresent(m -> m.files().forEach(f -> {
      previousFiles.put(f.path(), f);
      f.articles().forEach(a -> previousArticles.put(a.docId(), a));
    }));
    ResultCache cache = new ResultCache(out.cacheDir());
    ArticleFolder folder = folder(config);
    ArticleFolder.Listing listing = folder.list();
    Ingester ingester = new Ingester(config.ingest(), observer);

    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "newsclaims-worker");
      t.setDaemon(true);
      return t;
    });
    Map<String, ResultCache.Entry> fresh = new LinkedHashMap<>();
    List<String> analysedIds = new ArrayList<>();
    long tokens = 0;
    boolean stopped = false;
    List<PlannedFile> files = new ArrayList<>();
    try {
      List<Future<PlannedFile>> planned = new ArrayList<>();
      for (Path file : listing.files()) {
        String fileId = folder.docId(file);
        if (control.deferred().test(file)) {
          planned.add(CompletableFuture.completedFuture(new PlannedFile(fileId, "", Optional.empty(), true,
              Optional.ofNullable(previousFiles.get(fileId)), List.of(), List.of(), List.of())));
        } else {
          planned.add(pool.submit(() -> plan(ingester.ingest(file, fileId), out, cache, config.force())));
        }
      }
      for (Future<PlannedFile> f : planned) {
        files.add(get(f));
      }

      List<PlannedArticle> todo = files.stream().flatMap(f -> f.articles().stream())
          .filter(a -> a.toAnalyse().isPresent()).toList();
      stopped = !todo.isEmpty() && control.stopRequested().getAsBoolean();
      if (!todo.isEmpty() && !stopped) {
        ArticleAnalyzer a = analyzer();
        progress.started(todo.size());
        ExecutorCompletionService<ResultCache.Entry> done = new ExecutorCompletionService<>(pool);
        List<Future<ResultCache.Entry>> futures = new ArrayList<>();
        for (PlannedArticle p : todo) {
          futures.add(done.submit(() -> {
            if (control.stopRequested().getAsBoolean()) {
              return null; // stopping: not started, left for the next run
            }
            try {
              return analyse(a, p, cache);
            } finally {
              progress.finished(p.docId());
            }
          }));
        }
        long lastCommit = System.nanoTime();
        int remaining = futures.size();
        while (remaining > 0) {
          if (control.stopRequested().getAsBoolean()) {
            stopped = true;
            tokens += drain(done, remaining, control, fresh, analysedIds);
            break;
          }
          Future<ResultCache.Entry> f = done.poll(200, TimeUnit.MILLISECONDS);
          if (f == null) {
            continue;
          }
          remaining--;
          ResultCache.Entry e = get(f);
          if (e == null) {
            continue;
          }
          fresh.put(e.key(), e);
          analysedIds.add(e.docId());
          tokens += e.tokens();
          if (control.commitEvery().isPresent() && remaining > 0
              && System.nanoTime() - lastCommit >= control.commitEvery().get().toNanos()) {
            commit(out, config, files, fresh, previous, previousArticles, cache, listing.problems(), started, false,
                analysedIds.size());
            lastCommit = System.nanoTime();
          }
        }
      }
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    boolean deferredAny = files.stream().anyMatch(PlannedFile::deferred);
    Committed c = commit(out, config, files, fresh, previous, previousArticles, cache, listing.problems(), started,
        !stopped && !deferredAny, analysedIds.size());
    analysedIds.sort(DocOrder.INSTANCE);
    return new RunReport(c.articles(), fresh.size(), c.carried(), c.removed(), c.pending(), analysedIds,
        c.claims(), tokens, c.byType(), c.byTopic(), c.failures(), c.warnings(), c.pending() == 0,
        analyzerLoaded(), (System.nanoTime() - t0) / 1_000_000);
  }

  /** The input folder as a run lists it: the output folder (and its texts) never read as input. */
  static ArticleFolder folder(RunConfig config) {
    return new ArticleFolder(config.input(),
        Set.of(config.output(), new OutputFolder(config.output()).textDir()));
  }

  /**
   * After a stop: waits for the articles in hand, up to the grace period (articles not started
   * return at once, empty); those still running then are abandoned, their results left to the
   * next run. Returns the tokens of the articles finished.
   */
  private static long drain(ExecutorCompletionService<ResultCache.Entry> done, int remaining, PassControl control,
      Map<String, ResultCache.Entry> fresh, List<String> analysedIds) throws InterruptedException {
    long deadline = System.nanoTime() + control.stopGrace().toNanos();
    long tokens = 0;
    while (remaining > 0) {
      long wait = deadline - System.nanoTime();
      Future<ResultCache.Entry> f = wait > 0 ? done.poll(wait, TimeUnit.NANOSECONDS) : done.poll();
      if (f == null) {
        break;
      }
      remaining--;
      ResultCache.Entry e = get(f);
      if (e != null) {
        fresh.put(e.key(), e);
        analysedIds.add(e.docId());
        tokens += e.tokens();
      }
    }
    return tokens;
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a worker failed outside the per-article error policy: " + cause, cause);
    }
  }

  /** Reads what a file holds and decides, per article, what is left to do. Runs on a worker. */
  private PlannedFile plan(IngestedFile f, OutputFolder out, ResultCache cache, boolean force) throws IOException {
    List<PlannedArticle> articles = new ArrayList<>();
    List<Problem> failures = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>(f.warnings());
    for (IngestedFile.Item item : f.items()) {
      if (item instanceof IngestedFile.FailedItem failed) {
        failures.add(failed.problem());
        continue;
      }
      IngestedFile.ArticleItem ai = (IngestedFile.ArticleItem) item;
      Article article = ai.article();
      String textFile = ai.derivedText() ? OutputFolder.textFileName(article.docId()) : "";
      String key = ResultCache.key(tool, modelsVersion, article, textFile);
      Optional<ResultCache.Entry> cached = force ? Optional.empty() : cache.get(key);
      Optional<String> textToWrite = textFile.isEmpty() || out.hasText(textFile, article.text())
          ? Optional.empty() : Optional.of(article.text());
      articles.add(new PlannedArticle(article.docId(), ai.position(), key, Hashes.sha256Hex(article.text()),
          textFile, textToWrite, cached.isPresent() ? Optional.empty() : Optional.of(article), cached,
          ai.warnings()));
    }
    return new PlannedFile(f.fileId(), f.format().label(), f.stamp(), false, Optional.empty(), articles,
        failures, warnings);
  }

  /** Analyses one article and caches its result. Runs on a worker. */
  private static ResultCache.Entry analyse(ArticleAnalyzer analyzer, PlannedArticle p, ResultCache cache)
      throws IOException {
    Article article = p.toAnalyse().orElseThrow();
    ArticleResult result;
    try {
      result = analyzer.analyze(article);
    } catch (RuntimeException e) {
      // Not cached: an unexpected failure is tried again by the next run.
      return new ResultCache.Entry(ResultCache.FORMAT, p.key(), p.docId(), 0, 0, Map.of(), Map.of(),
          new Manifest.ProblemEntry(p.docId(), Problem.Kind.ANALYSIS_FAILED.code(),
              e.getClass().getSimpleName() + ": " + e.getMessage() + "; skipped", true), "");
    }
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byTopic = new TreeMap<>();
    for (Claim c : result.claims()) {
      byType.merge(c.type().label(), 1, Integer::sum);
      if (c.topics().isEmpty()) {
        byTopic.merge("(none)", 1, Integer::sum);
      }
      for (TopicHit h : c.topics()) {
        byTopic.merge(h.topic(), 1, Integer::sum);
      }
    }
    String rows = ClaimsCsv.records(new ClaimsCsv.Rows(article.text(), result.claims(), article.metadata(),
        p.textFile()));
    Manifest.ProblemEntry problem = result.problem()
        .map(q -> new Manifest.ProblemEntry(q.docId(), q.kind().code(), q.detail(), true)).orElse(null);
    ResultCache.Entry entry = new ResultCache.Entry(ResultCache.FORMAT, p.key(), p.docId(),
        result.claims().size(), result.tokens(), byType, byTopic, problem, rows);
    cache.put(entry);
    return entry;
  }

  // ---------------------------------------------------------------------------------------
  // Commit

  /**
   * Writes every output from what is known now: for each article its fresh or cached result; for
   * an article not analysed yet, its previous result if it had one (and the text that goes with
   * it), else nothing. Files are staged first, then renamed: texts, claims.csv, problems.csv, the
   * manifest last.
   */
  private Committed commit(OutputFolder out, RunConfig config, List<PlannedFile> files,
      Map<String, ResultCache.Entry> fresh, Optional<Manifest> previous,
      Map<String, Manifest.ArticleEntry> previousArticles, ResultCache cache, List<Problem> listingProblems,
      Instant started, boolean complete, int analysedCount) throws IOException {
    List<PlannedFile> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing(PlannedFile::fileId, DocOrder.INSTANCE));
    StringBuilder claims = new StringBuilder(ClaimsCsv.header());
    List<Problem> failures = new ArrayList<>(listingProblems);
    List<Problem> warnings = new ArrayList<>();
    List<Manifest.FileEntry> fileEntries = new ArrayList<>();
    Map<String, String> textsToWrite = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    Set<String> textFiles = new HashSet<>();
    Set<String> present = new HashSet<>();
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byTopic = new TreeMap<>();
    int articles = 0;
    int carried = 0;
    int pending = 0;
    int claimCount = 0;

    for (PlannedFile f : ordered) {
      if (f.deferred()) {
        if (f.previous().isEmpty()) {
          continue;
        }
        Manifest.FileEntry prev = f.previous().get();
        List<Manifest.ArticleEntry> kept = new ArrayList<>();
        for (Manifest.ArticleEntry a : prev.articles()) {
          present.add(a.docId());
          Optional<ResultCache.Entry> e = cache.get(a.key());
          if (e.isEmpty()) {
            pending++;
            continue;
          }
          kept.add(a);
          include(e.get(), claims, failures, byType, byTopic);
          keys.add(a.key());
          textFiles.add(a.textFile());
          articles++;
          carried++;
          claimCount += e.get().claims();
        }
        Set<String> analysed = new HashSet<>();
        prev.articles().forEach(a -> analysed.add(a.docId()));
        for (Manifest.ProblemEntry p : prev.problems()) {
          if (p.skipped() && analysed.contains(p.docId())) {
            continue; // an analysis problem: it comes with the cached result, counted above
          }
          Problem problem = new Problem(p.docId(), kindOf(p.problem()), p.detail());
          (p.skipped() ? failures : warnings).add(problem);
        }
        fileEntries.add(new Manifest.FileEntry(prev.path(), prev.format(), prev.size(), prev.modified(),
            prev.sha256(), true, kept, prev.problems()));
        continue;
      }
      failures.addAll(f.failures());
      warnings.addAll(f.warnings());
      List<Manifest.ArticleEntry> entries = new ArrayList<>();
      List<Manifest.ProblemEntry> problems = new ArrayList<>();
      f.failures().forEach(p -> problems.add(entry(p, true)));
      f.warnings().forEach(p -> problems.add(entry(p, false)));
      for (PlannedArticle a : f.articles()) {
        present.add(a.docId());
        ResultCache.Entry e = fresh.get(a.key());
        boolean analysedNow = e != null;
        if (e == null) {
          e = a.cached().orElse(null);
        }
        if (e != null) {
          include(e, claims, failures, byType, byTopic);
          warnings.addAll(a.warnings());
          a.warnings().forEach(p -> problems.add(entry(p, false)));
          e.analysisProblem().ifPresent(problems::add);
          a.textToWrite().ifPresent(t -> textsToWrite.put(a.textFile(), t));
          textFiles.add(a.textFile());
          keys.add(a.key());
          entries.add(new Manifest.ArticleEntry(a.docId(), a.position(), a.textSha256(), a.key(), e.claims(),
              a.textFile(), tool, modelsVersion));
          articles++;
          carried += analysedNow ? 0 : 1;
          claimCount += e.claims();
          continue;
        }
        pending++;
        Manifest.ArticleEntry old = previousArticles.get(a.docId());
        Optional<ResultCache.Entry> oldEntry = old == null ? Optional.empty() : cache.get(old.key());
        if (oldEntry.isPresent()) {
          // Not analysed yet: the previous version stays until its replacement is ready.
          include(oldEntry.get(), claims, failures, byType, byTopic);
          textFiles.add(old.textFile());
          keys.add(old.key());
          entries.add(old);
          articles++;
          carried++;
          claimCount += oldEntry.get().claims();
        }
      }
      fileEntries.add(new Manifest.FileEntry(f.fileId(), f.format(), f.stamp().map(FileStamp::size).orElse(null),
          f.stamp().map(s -> s.modified().toString()).orElse(null), f.stamp().map(FileStamp::sha256).orElse(null),
          false, entries, problems));
    }
    // Reviewers' columns of the previous claims.csv survive (see ReviewMerge; writes review-orphans.csv).
    claims.replace(0, claims.length(), ReviewMerge.mergeInto(config.output(), config.input(), claims.toString()));
    failures.sort(RunReport.PROBLEM_ORDER);
    warnings.sort(RunReport.PROBLEM_ORDER);
    List<Problem> allProblems = new ArrayList<>(failures);
    allProblems.addAll(warnings);
    allProblems.sort(RunReport.PROBLEM_ORDER);
    StringBuilder problemsCsv = new StringBuilder();
    ProblemsCsv.write(new StringBuilderWriter(problemsCsv), allProblems);

    int removed = (int) previousArticles.keySet().stream().filter(id -> !present.contains(id)).count();
    Manifest manifest = new Manifest(Manifest.FORMAT, tool, modelsVersion,
        config.input().toAbsolutePath().normalize().toString(), started.truncatedTo(ChronoUnit.MILLIS).toString(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), complete,
        new Manifest.Settings(config.ingest().maxArticleBytes(), config.ingest().maxFileBytes(),
            config.ingest().invalidUtf8().name().toLowerCase(java.util.Locale.ROOT)),
        new Manifest.Counts(articles, analysedCount, carried, removed, pending, claimCount, allProblems.size()),
        Map.of(CLAIMS_FILE, Hashes.sha256Hex(claims.toString()), PROBLEMS_FILE, Hashes.sha256Hex(problemsCsv.toString())),
        fileEntries);

    List<AtomicFile.Staged> staged = new ArrayList<>();
    try {
      for (Map.Entry<String, String> t : textsToWrite.entrySet()) {
        staged.add(AtomicFile.stage(out.resolve(t.getKey()), w -> w.write(t.getValue())));
      }
      staged.add(AtomicFile.stage(out.claims(), w -> w.write(claims.toString())));
      staged.add(AtomicFile.stage(out.problems(), w -> w.write(problemsCsv.toString())));
      staged.add(manifest.stage(out.manifest()));
      for (AtomicFile.Staged s : staged) {
        s.commit();
      }
    } finally {
      for (AtomicFile.Staged s : staged) {
        s.close();
      }
    }
    for (Manifest.ArticleEntry old : previousArticles.values()) {
      if (!old.textFile().isEmpty() && !textFiles.contains(old.textFile())) {
        Files.deleteIfExists(out.resolve(old.textFile()));
      }
    }
    if (complete) {
      cache.retainOnly(keys);
    }
    return new Committed(articles, carried, removed, pending, claimCount, byType, byTopic, failures, warnings);
  }

  private static void include(ResultCache.Entry e, StringBuilder claims, List<Problem> failures,
      Map<String, Integer> byType, Map<String, Integer> byTopic) {
    claims.append(e.rows());
    e.analysisProblem().ifPresent(p -> failures.add(new Problem(p.docId(), kindOf(p.problem()), p.detail())));
    e.byType().forEach((k, v) -> byType.merge(k, v, Integer::sum));
    e.byTopic().forEach((k, v) -> byTopic.merge(k, v, Integer::sum));
  }

  private static Manifest.ProblemEntry entry(Problem p, boolean skipped) {
    return new Manifest.ProblemEntry(p.docId(), p.kind().code(), p.detail(), skipped);
  }

  private static Problem.Kind kindOf(String code) {
    for (Problem.Kind k : Problem.Kind.values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalStateException("unknown problem code in the run state: " + code);
  }

  /** A Writer into a StringBuilder (java.io.StringWriter synchronises on every call). */
  private static final class StringBuilderWriter extends java.io.Writer {
    private final StringBuilder b;

    StringBuilderWriter(StringBuilder b) {
      this.b = b;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      b.append(cbuf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      b.append(s, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
