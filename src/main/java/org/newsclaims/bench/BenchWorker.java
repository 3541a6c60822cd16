package org.newsclaims.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.LanguageDetector;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.Token;
import org.newsclaims.nlp.corenlp.CoreNlpEngine;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Graphs;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Ner;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Settings;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Stage;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ArticleResult;
import org.newsclaims.pipeline.ClaimSentences;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.NlpWiring;
import org.newsclaims.model.Sha256;

/**
 * Measures one {@link Variant} in this JVM: loads the models, runs warm-up passes over the
 * articles, then measured passes, and reports a {@link WorkerResult}. {@link Benchmark} starts
 * one worker JVM per variant so that load time, heap and resident set size are the variant's own.
 *
 * <p>Command line (for {@link Benchmark}): {@code key=value} arguments, see {@link Options#KEYS};
 * the result is printed to standard output as one line of JSON.
 */
public final class BenchWorker {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Unmeasured runs of the own-code scaling probe, for the JIT. */
  private static final int SCALING_WARMUP = 5;

  private BenchWorker() {}

  /**
   * What a worker measures. Immutable.
   *
   * @param variant the pipeline
   * @param input folder of articles (recursive, every format extract reads)
   * @param models the extraction models folder
   * @param warmupPasses passes run first and not measured (the JIT compiles the hot code)
   * @param passes measured passes, at least 1
   * @param maxArticles use only the first N articles in path order; 0 for all
   * @param scaling also time the project's own code on documents of 1, 2, 4 and 8 copies
   */
  public record Options(Variant variant, Path input, Path models, int warmupPasses, int passes,
      int maxArticles, boolean scaling) {
    static final List<String> KEYS = List.of("name", "ner", "lines", "graphs", "parser-cache", "claim-sentences", "threads",
        "in", "models", "warmup", "passes", "articles", "scaling");

    public Options {
      Objects.requireNonNull(variant, "variant");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(models, "models");
      if (warmupPasses < 0 || passes < 1 || maxArticles < 0) {
        throw new IllegalArgumentException("need warmup >= 0, passes >= 1, articles >= 0; got "
            + warmupPasses + ", " + passes + ", " + maxArticles);
      }
    }

    /** The arguments that {@link #parse} reads back. */
    List<String> arguments() {
      List<String> args = new ArrayList<>(variant.arguments());
      args.addAll(List.of("in=" + input, "models=" + models, "warmup=" + warmupPasses, "passes=" + passes,
          "articles=" + maxArticles, "scaling=" + scaling));
      return args;
    }

    /** Reads {@code key=value} arguments; every key in {@link #KEYS} is required, no other allowed. */
    static Options parse(List<String> args) {
      Map<String, String> m = new HashMap<>();
      for (String a : args) {
        int eq = a.indexOf('=');
        String key = eq < 0 ? a : a.substring(0, eq);
        if (eq < 0 || !KEYS.contains(key)) {
          throw new IllegalArgumentException("bad worker argument '" + a + "'; expected key=value with key one of " + KEYS);
        }
        if (m.put(key, a.substring(eq + 1)) != null) {
          throw new IllegalArgumentException("worker argument given twice: " + key);
        }
      }
      for (String k : KEYS) {
        if (!m.containsKey(k)) {
          throw new IllegalArgumentException("missing worker argument " + k + "=...");
        }
      }
      Settings settings = new Settings(Ner.valueOf(m.get("ner")), bool(m, "lines"), Graphs.valueOf(m.get("graphs")),
          Integer.parseInt(m.get("parser-cache")));
      Variant v = new Variant(m.get("name"), "", settings, bool(m, "claim-sentences"), Integer.parseInt(m.get("threads")));
      return new Options(v, Path.of(m.get("in")), Path.of(m.get("models")), Integer.parseInt(m.get("warmup")),
          Integer.parseInt(m.get("passes")), Integer.parseInt(m.get("articles")), bool(m, "scaling"));
    }

    private static boolean bool(Map<String, String> m, String key) {
      String v = m.get(key);
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException(key + " must be true or false, was " + v);
      }
      return Boolean.parseBoolean(v);
    }
  }

  /** Child-JVM entry point: prints the result as JSON on standard output; exit 1 on failure. */
  public static void main(String... args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      WorkerResult r = run(Options.parse(List.of(args)));
      out.println(JSON.writeValueAsString(r));
      System.exit(0);
    } catch (Exception | OutOfMemoryError e) {
      System.err.println("bench worker failed: " + e);
      e.printStackTrace(System.err);
      System.exit(1);
    }
  }

  static ObjectMapper json() {
    return JSON;
  }

  /** Measures a variant in this JVM. */
  public static WorkerResult run(Options o) throws IOException, InterruptedException {
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

      TimedEngine timedEngine = new TimedEngine(engine);
      TimedDetector timedDetector = new TimedDetector(detector);
      SentenceFilter parse = o.variant().claimSentencesOnly() ? ClaimSentences.of(models.chain()) : SentenceFilter.ALL;
      ArticleAnalyzer analyzer = new ArticleAnalyzer(timedEngine, timedDetector, models, parse);

      ExecutorService pool = Executors.newFixedThreadPool(o.variant().threads(), r -> {
        Thread t = new Thread(r, "newsclaims-bench-worker");
        t.setDaemon(true);
        return t;
      });
      try {
        for (int i = 0; i < o.warmupPasses(); i++) {
          runPass(pool, analyzer, articles);
        }
        List<WorkerResult.Pass> passes = new ArrayList<>();
        List<ArticleResult> last = List.of();
        CoreNlpEngine.Timings before = engine.timings();
        CoreNlpEngine.Timings after = before;
        for (int i = 0; i < o.passes(); i++) {
          boolean keep = o.scaling() && i == o.passes() - 1;
          timedEngine.reset(keep);
          timedDetector.reset();
          before = engine.timings();
          Long cpu0 = processCpuNanos();
          long w0 = System.nanoTime();
          PassOutcome p = runPass(pool, analyzer, articles);
          long wall = System.nanoTime() - w0;
          Long cpu1 = processCpuNanos();
          after = engine.timings();
          Map<String, Long> stages = new TreeMap<>();
          for (Stage s : Stage.values()) {
            stages.put(s.name(), after.nanos().get(s) - before.nanos().get(s));
          }
          passes.add(new WorkerResult.Pass(wall, cpu0 == null || cpu1 == null ? null : cpu1 - cpu0,
              p.analyzeNanos(), timedEngine.nanos.sum(), timedDetector.nanos.sum(), stages));
          last = p.results();
        }
        List<WorkerResult.ScalingPoint> scaling = o.scaling()
            ? scaling(analyzer, articles, timedEngine.kept()) : null;
        long tokens = last.stream().mapToLong(ArticleResult::tokens).sum();
        int claims = last.stream().mapToInt(r -> r.claims().size()).sum();
        int failed = (int) last.stream().filter(r -> r.problem().isPresent()).count();
        return new WorkerResult(o.variant().name(), engine.describe(), o.variant().threads(), articles.size(),
            failed, tokens, after.sentences() - before.sentences(), after.parsedSentences() - before.parsedSentences(),
            claims, digest(last), t1 - t0, t2 - t1, liveHeap, memory.peakHeapBytes(), rssAfterLoad,
            MemoryProbe.peakRssKiB().orElse(null), passes, headlineF1(o.input(), last), scaling);
      } finally {
        pool.shutdownNow();
      }
    }
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

  /**
   * Times {@link ArticleAnalyzer#claims} (the project's own extraction code) on one document
   * made of 1, 2, 4 and 8 copies of all articles: with no quadratic step, time per token stays
   * flat as the document grows.
   */
  private static List<WorkerResult.ScalingPoint> scaling(ArticleAnalyzer analyzer, List<Article> articles,
      Map<String, AnnotatedDocument> docs) {
    List<AnnotatedDocument> parts = new ArrayList<>();
    for (Article a : articles) {
      AnnotatedDocument d = docs.get(a.text());
      if (d != null) {
        parts.add(d);
      }
    }
    List<WorkerResult.ScalingPoint> points = new ArrayList<>();
    AnnotatedDocument warm = concatenate(parts, 1);
    for (int i = 0; i < SCALING_WARMUP; i++) {
      analyzer.claims("scaling", warm);
    }
    for (int copies : List.of(1, 2, 4, 8)) {
      AnnotatedDocument big = concatenate(parts, copies);
      long best = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      for (int i = 0; i < 2; i++) {
        long cpu = threadCpuNanos();
        long t = System.nanoTime();
        analyzer.claims("scaling", big);
        best = Math.min(best, System.nanoTime() - t);
        bestCpu = cpu < 0 ? -1 : Math.min(bestCpu, threadCpuNanos() - cpu);
      }
      points.add(new WorkerResult.ScalingPoint(copies, big.tokenCount(), best, bestCpu));
    }
    return points;
  }

  /** The CPU time of the current thread, or -1 when the JVM cannot tell. */
  private static long threadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
  }

  /** One document made of {@code copies} copies of the parts, each part its own paragraph. */
  static AnnotatedDocument concatenate(List<AnnotatedDocument> parts, int copies) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (AnnotatedDocument d : parts) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int shift = text.length();
        text.append(d.text());
        for (Sentence s : d.sentences()) {
          List<Token> tokens = new ArrayList<>(s.size());
          for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                new TextSpan(t.span().start() + shift, t.span().end() + shift)));
          }
          int index = sentences.size();
          if (s.isParsed()) {
            int[] heads = new int[s.size()];
            String[] relations = new String[s.size()];
            for (int i = 0; i < s.size(); i++) {
              heads[i] = s.head(i);
              relations[i] = s.relation(i);
            }
            sentences.add(new Sentence(index, tokens, heads, relations));
          } else {
            sentences.add(Sentence.unparsed(index, tokens));
          }
        }
      }
    }
    return new AnnotatedDocument(text.toString(), sentences);
  }

  /** The engine with the time spent in it; optionally keeps the documents it produced. */
  private static final class TimedEngine implements NlpEngine {
    private final NlpEngine engine;
    final LongAdder nanos = new LongAdder();
    private volatile Map<String, AnnotatedDocument> kept;

    TimedEngine(NlpEngine engine) {
      this.engine = engine;
    }

    void reset(boolean keep) {
      nanos.reset();
      kept = keep ? Collections.synchronizedMap(new IdentityHashMap<>()) : null;
    }

    Map<String, AnnotatedDocument> kept() {
      return kept == null ? Map.of() : kept;
    }

    @Override
    public AnnotatedDocument annotate(String text) {
      return annotate(text, SentenceFilter.ALL);
    }

    @Override
    public AnnotatedDocument annotate(String text, SentenceFilter parse) {
      long t = System.nanoTime();
      try {
        AnnotatedDocument d = engine.annotate(text, parse);
        Map<String, AnnotatedDocument> k = kept;
        if (k != null) {
          k.put(text, d);
        }
        return d;
      } finally {
        nanos.add(System.nanoTime() - t);
      }
    }

    @Override
    public String describe() {
      return engine.describe();
    }
  }

  /** The language detector with the time spent in it. */
  private static final class TimedDetector implements LanguageDetector {
    private final LanguageDetector detector;
    final LongAdder nanos = new LongAdder();

    TimedDetector(LanguageDetector detector) {
      this.detector = detector;
    }

    void reset() {
      nanos.reset();
    }

    @Override
    public DetectedLanguage detect(String text) {
      long t = System.nanoTime();
      try {
        return detector.detect(text);
      } finally {
        nanos.add(System.nanoTime() - t);
      }
    }
  }
}
