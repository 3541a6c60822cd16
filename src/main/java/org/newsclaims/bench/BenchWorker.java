package org.newsclaims.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.newsclaims.eval.Evaluator;
import org.newsclaims.eval.GoldCorpus;
import org.newsclaims.eval.GoldDocument;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.ingest.Ingester;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Sha256;
import org.newsclaims.nlp.LanguageDetector;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.corenlp.CoreNlpEngine;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Settings;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Stage;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ArticleResult;
import org.newsclaims.pipeline.ClaimSentences;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.NlpWiring;

/**
 * Measures one {@link Variant} in this JVM: loads the models, runs warm-up passes over the
 * articles, then measured passes, and reports a {@link WorkerResult}. {@link Benchmark} starts
 * one worker JVM per variant so that load time, heap and resident set size are the variant's own.
 *
 * <p>Its command line and output are {@link WorkerProtocol}'s; the own-code scaling probe is
 * {@link ScalingProbe}.
 */
public final class BenchWorker {

  private BenchWorker() {}

  /** Child-JVM entry point: prints the result as JSON on standard output; exit 1 on failure. */
  public static void main(String... args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      WorkerResult r = run(WorkerProtocol.Options.parse(List.of(args)));
      out.println(WorkerProtocol.line(r));
      System.exit(0);
    } catch (Exception | OutOfMemoryError e) {
      System.err.println("bench worker failed: " + e);
      e.printStackTrace(System.err);
      System.exit(1);
    }
  }

  /** Measures a variant in this JVM. */
  public static WorkerResult run(WorkerProtocol.Options o) throws IOException, InterruptedException {
    try (MemoryProbe memory = MemoryProbe.start()) {
      List<Article> articles = readArticles(o.input(), o.maxArticles());
      if (articles.isEmpty()) {
        throw new IOException("no readable *.txt articles under " + o.input());
      }
      long t0 = System.nanoTime();
      Settings settings = o.variant().settings();
      CoreNlpEngine engine = NlpWiring.engine(settings);
      long t1 = System.nanoTime();
      LanguageDetector detector = NlpWiring.languages();
      ExtractionModels models = ExtractionModels.load(o.models());
      long t2 = System.nanoTime();
      Long liveHeap = memory.liveHeapBytes();
      Long rssAfterLoad = MemoryProbe.rssKiB().orElse(null);

      Instruments timed = new Instruments(engine, new TimedEngine(engine), new TimedDetector(detector));
      SentenceFilter parse = o.variant().claimSentencesOnly() ? ClaimSentences.of(models.chain()) : SentenceFilter.ALL;
      ArticleAnalyzer analyzer = new ArticleAnalyzer(timed.annotate(), timed.language(), models, parse);

      ExecutorService pool = Executors.newFixedThreadPool(o.variant().threads(), r -> {
        Thread t = new Thread(r, "newsclaims-bench-worker");
        t.setDaemon(true);
        return t;
      });
      try {
        for (int i = 0; i < o.warmupPasses(); i++) {
          runPass(pool, analyzer, articles);
        }
        Measured m = measure(o, timed, pool, analyzer, articles);
        List<WorkerResult.ScalingPoint> scaling = o.scaling()
            ? ScalingProbe.measure(analyzer, articles, timed.annotate().kept()) : null;
        long tokens = m.last().stream().mapToLong(ArticleResult::tokens).sum();
        int claims = m.last().stream().mapToInt(r -> r.claims().size()).sum();
        int failed = (int) m.last().stream().filter(r -> r.problem().isPresent()).count();
        return new WorkerResult(o.variant().name(), engine.describe(), o.variant().threads(), articles.size(),
            failed, tokens, m.after().sentences() - m.before().sentences(),
            m.after().parsedSentences() - m.before().parsedSentences(), claims, digest(m.last()), t1 - t0, t2 - t1,
            liveHeap, memory.peakHeapBytes(), rssAfterLoad, MemoryProbe.peakRssKiB().orElse(null), m.passes(),
            headlineF1(o.input(), m.last()), scaling);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** The engine and its timed wrappers, as the analyzer uses them. */
  private record Instruments(CoreNlpEngine engine, TimedEngine annotate, TimedDetector language) {}

  /** The measured passes: their figures, the last pass's results, the engine's counters around the last. */
  private record Measured(List<WorkerResult.Pass> passes, List<ArticleResult> last, CoreNlpEngine.Timings before,
      CoreNlpEngine.Timings after) {}

  private static Measured measure(WorkerProtocol.Options o, Instruments timed, ExecutorService pool,
      ArticleAnalyzer analyzer, List<Article> articles) throws InterruptedException {
    List<WorkerResult.Pass> passes = new ArrayList<>();
    List<ArticleResult> last = List.of();
    CoreNlpEngine.Timings before = timed.engine().timings();
    CoreNlpEngine.Timings after = before;
    for (int i = 0; i < o.passes(); i++) {
      boolean keep = o.scaling() && i == o.passes() - 1;
      timed.annotate().reset(keep);
      timed.language().reset();
      before = timed.engine().timings();
      Long cpu0 = processCpuNanos();
      long w0 = System.nanoTime();
      PassOutcome p = runPass(pool, analyzer, articles);
      long wall = System.nanoTime() - w0;
      Long cpu1 = processCpuNanos();
      after = timed.engine().timings();
      Map<String, Long> stages = new TreeMap<>();
      for (Stage s : Stage.values()) {
        stages.put(s.name(), after.nanos().get(s) - before.nanos().get(s));
      }
      passes.add(new WorkerResult.Pass(wall, cpu0 == null || cpu1 == null ? null : cpu1 - cpu0,
          p.analyzeNanos(), timed.annotate().nanos.sum(), timed.language().nanos.sum(), stages));
      last = p.results();
    }
    return new Measured(passes, last, before, after);
  }

  /**
   * The articles of a folder as extract reads them (every format, through the {@link Ingester}),
   * in document order; files or records that yield none are reported on standard error and skipped.
   */
  static List<Article> readArticles(Path dir, int max) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("input folder " + dir + " does not exist or is not a folder");
    }
    ArticleFolder folder = new ArticleFolder(dir);
    Ingester ingester = new Ingester(IngestOptions.DEFAULTS);
    List<Article> articles = new ArrayList<>();
    for (Path f : folder.list().files()) {
      for (IngestedFile.Item item : ingester.ingest(f, folder.docId(f)).items()) {
        if (max > 0 && articles.size() == max) {
          return articles;
        }
        if (item instanceof IngestedFile.ArticleItem a) {
          articles.add(a.article());
        } else if (item instanceof IngestedFile.FailedItem failed) {
          System.err.println("bench: skipping " + failed.problem().docId() + ": " + failed.problem().detail());
        }
      }
    }
    return articles;
  }

  private record PassOutcome(List<ArticleResult> results, long analyzeNanos) {}

  private static PassOutcome runPass(ExecutorService pool, ArticleAnalyzer analyzer, List<Article> articles)
      throws InterruptedException {
    LongAdder analyzeNanos = new LongAdder();
    List<Future<ArticleResult>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      futures.add(pool.submit(() -> {
        long t = System.nanoTime();
        ArticleResult r = analyzer.analyze(a);
        analyzeNanos.add(System.nanoTime() - t);
        return r;
      }));
    }
    List<ArticleResult> results = new ArrayList<>(articles.size());
    for (Future<ArticleResult> f : futures) {
      try {
        results.add(f.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("an analysis failed outside the per-article error policy", e.getCause());
      }
    }
    return new PassOutcome(results, analyzeNanos.sum());
  }

  private static Long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      long n = os.getProcessCpuTime();
      return n < 0 ? null : n;
    }
    return null;
  }

  /** SHA-256 over every claim of every article, in order: 16 hex digits. */
  static String digest(List<ArticleResult> results) {
    MessageDigest sha = Sha256.digest();
    for (ArticleResult r : results) {
      for (Claim c : r.claims()) {
        sha.update(c.toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
    }
    return Sha256.hex(sha).substring(0, 16);
  }

  /**
   * The eval headline figures on the analysed articles that have a gold {@code .ann}; null when
   * none has one, or when one of them could not be analysed.
   */
  private static Map<String, Double> headlineF1(Path input, List<ArticleResult> results) throws IOException {
    Map<String, ArticleResult> byId = new HashMap<>();
    results.forEach(r -> byId.put(r.article().docId(), r));
    List<Evaluator.Item> items = new ArrayList<>();
    for (GoldDocument g : GoldCorpus.load(input)) {
      ArticleResult r = byId.get(g.docId());
      if (r != null && r.problem().isPresent()) {
        return null;
      }
      if (r != null) {
        items.add(new Evaluator.Item(g, r.claims()));
      }
    }
    if (items.isEmpty()) {
      return null;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    new Evaluator().evaluate(items).headline().forEach((k, v) -> out.put(k, v.isPresent() ? v.getAsDouble() : null));
    return out;
  }
}
