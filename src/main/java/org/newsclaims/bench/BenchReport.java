package org.newsclaims.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Stage;

/**
 * Figures of a benchmark run: per variant the medians over every measured pass of every round,
 * and ratios to the naive pipeline and to the previous variant (each lever's gain). Absolute
 * figures depend on the machine and on what else runs on it; ratios measured in one run on the
 * same articles are what to compare. Immutable.
 */
public final class BenchReport {

  /**
   * One variant's figures.
   *
   * @param tokensPerSecond tokens analysed per second of wall time
   * @param articlesPerMinute articles analysed per minute of wall time
   * @param tokensPerCpuSecond tokens per second of CPU time of the whole JVM: less sensitive
   *     than wall time to other processes competing for the cores; null if unknown
   * @param cpuUse CPU time over wall time, in cores (at most the thread count); null if unknown
   * @param loadSeconds time to load the CoreNLP models, the language detector and the rules
   * @param liveHeapMiB heap that stays used after loading
   * @param peakHeapMiB largest used heap seen
   * @param peakRssMiB peak resident set size of the worker JVM; null if unknown
   * @param shares of the worker threads' time in {@code analyze}: {@code corenlp} (CoreNLP's
   *     annotators), {@code adapter} (our conversion and sentence selection), {@code language}
   *     (OpenNLP language detection), {@code extraction} (our rules, resolution, topics)
   * @param stageShares the same time by engine stage
   * @param parsedFraction share of sentences parsed
   * @param analyzeSecondsPerArticle one thread's time to analyse an article, on average
   */
  public record Summary(Variant variant, int articles, long tokens, int claims, String claimsDigest,
      double tokensPerSecond, double articlesPerMinute, Double tokensPerCpuSecond, Double cpuUse,
      double loadSeconds, Double liveHeapMiB, double peakHeapMiB, Double peakRssMiB,
      Map<String, Double> shares, Map<String, Double> stageShares, double parsedFraction,
      double analyzeSecondsPerArticle, Map<String, Double> headlineF1, List<WorkerResult.ScalingPoint> scaling) {

    /** Share of the worker time in the project's own code: adapter and extraction. */
    public double ownShare() {
      return shares.get("adapter") + shares.get("extraction");
    }

    /** How many times slower analysis would be if every article loaded the models anew. */
    public double reloadPerArticleSlowdown() {
      return (loadSeconds + analyzeSecondsPerArticle) / analyzeSecondsPerArticle;
    }
  }

  private final Benchmark.Config config;
  private final List<Summary> summaries;

  public BenchReport(Benchmark.Config config, List<Benchmark.Trial> trials) {
    this.config = config;
    List<Summary> s = new ArrayList<>();
    for (Benchmark.Trial t : trials) {
      s.add(summarise(t));
    }
    this.summaries = List.copyOf(s);
  }

  public List<Summary> summaries() {
    return summaries;
  }

  public Optional<Summary> find(String name) {
    return summaries.stream().filter(s -> s.variant().name().equals(name)).findFirst();
  }

  static Summary summarise(Benchmark.Trial t) {
    List<WorkerResult> rs = t.results();
    WorkerResult first = rs.get(0);
    List<double[]> perPass = new ArrayList<>();
    double analyze = 0;
    int passes = 0;
    double annotate = 0;
    double language = 0;
    Map<String, Double> stages = new LinkedHashMap<>();
    for (WorkerResult r : rs) {
      for (WorkerResult.Pass p : r.passes()) {
        double wall = p.wallNanos() / 1e9;
        perPass.add(new double[] {
            r.tokens() / wall,
            r.articles() * 60.0 / wall,
            p.cpuNanos() == null ? Double.NaN : r.tokens() / (p.cpuNanos() / 1e9),
            p.cpuNanos() == null ? Double.NaN : p.cpuNanos() / (double) p.wallNanos()});
        analyze += p.analyzeNanos();
        passes++;
        annotate += p.annotateNanos();
        language += p.languageNanos();
        p.stageNanos().forEach((k, v) -> stages.merge(k, (double) v, Double::sum));
      }
    }
    double coreNlp = 0;
    double adapter = 0;
    Map<String, Double> stageShares = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      double n = stages.getOrDefault(s.name(), 0.0);
      stageShares.put(s.name().toLowerCase(Locale.ROOT), n / analyze);
      if (s.isCoreNlp()) {
        coreNlp += n;
      } else {
        adapter += n;
      }
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("corenlp", coreNlp / analyze);
    shares.put("adapter", adapter / analyze);
    shares.put("language", language / analyze);
    shares.put("extraction", Math.max(0, analyze - annotate - language) / analyze);
    return new Summary(t.variant(), first.articles(), first.tokens(), first.claims(), first.claimsDigest(),
        median(perPass, 0), median(perPass, 1), nanToNull(median(perPass, 2)), nanToNull(median(perPass, 3)),
        median(rs, r -> (r.engineLoadNanos() + r.otherLoadNanos()) / 1e9),
        nanToNull(median(rs, r -> r.liveHeapAfterLoadBytes() == null ? Double.NaN : r.liveHeapAfterLoadBytes() / 1048576.0)),
        median(rs, r -> r.peakHeapBytes() / 1048576.0),
        nanToNull(median(rs, r -> r.peakRssKiB() == null ? Double.NaN : r.peakRssKiB() / 1024.0)),
        shares, stageShares, first.sentences() == 0 ? 0 : first.parsedSentences() / (double) first.sentences(),
        analyze / 1e9 / passes / first.articles(), first.headlineF1(), rs.stream().filter(r -> r.scaling() != null).map(WorkerResult::scaling).findFirst().orElse(null));
  }

  private static Double nanToNull(double d) {
    return Double.isNaN(d) ? null : d;
  }

  private static double median(List<double[]> rows, int column) {
    return median(rows.stream().mapToDouble(r -> r[column]).toArray());
  }

  private static <T> double median(List<T> items, ToDoubleFunction<T> f) {
    return median(items.stream().mapToDouble(f).toArray());
  }

  static double median(double[] values) {
    double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** A short progress line for one worker's result. */
  static String oneLine(WorkerResult r) {
    WorkerResult.Pass p = r.passes().get(r.passes().size() - 1);
    return String.format(Locale.ROOT, "%d tokens in %.1f s: %.0f tokens/s; load %.1f s; peak RSS %s",
        r.tokens(), p.wallNanos() / 1e9, r.tokens() / (p.wallNanos() / 1e9),
        (r.engineLoadNanos() + r.otherLoadNanos()) / 1e9,
        r.peakRssKiB() == null ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", r.peakRssKiB() / 1024.0));
  }

  // ---- rendering ----

  private static final String[] COLUMNS = {"variant", "tokens/s", "articles/min", "tokens/CPU-s", "CPU cores used",
      "load s", "live heap MiB", "peak heap MiB", "peak RSS MiB", "CoreNLP", "own code", "parsed", "attribution F1"};

  private List<String> row(Summary s) {
    return List.of(s.variant().name(), num(s.tokensPerSecond(), 0), num(s.articlesPerMinute(), 1),
        num(s.tokensPerCpuSecond(), 0), num(s.cpuUse(), 2), num(s.loadSeconds(), 1), num(s.liveHeapMiB(), 0),
        num(s.peakHeapMiB(), 0), num(s.peakRssMiB(), 0), pct(s.shares().get("corenlp")), pct(s.ownShare()),
        pct(s.parsedFraction()), s.headlineF1() == null ? "n/a" : num(s.headlineF1().get("attribution_f1"), 4));
  }

  private static List<String> ratioRow(String label, Summary a, Summary b) {
    return List.of(label, ratio(a.tokensPerSecond(), b.tokensPerSecond()),
        ratio(a.articlesPerMinute(), b.articlesPerMinute()), ratio(a.tokensPerCpuSecond(), b.tokensPerCpuSecond()),
        ratio(a.cpuUse(), b.cpuUse()), ratio(a.loadSeconds(), b.loadSeconds()),
        ratio(a.liveHeapMiB(), b.liveHeapMiB()), ratio(a.peakHeapMiB(), b.peakHeapMiB()),
        ratio(a.peakRssMiB(), b.peakRssMiB()), "", "", "", "");
  }

  /** The report as Markdown (also readable as plain text). */
  public void write(Writer out) throws IOException {
    Summary any = summaries.get(0);
    out.write(String.format(Locale.ROOT,
        "newsclaims bench: %d articles (%d tokens) from %s; %d warm-up + %d measured pass%s per worker, %d round%s; worker heap -Xmx%s%n%n",
        any.articles(), any.tokens(), config.input(), config.warmupPasses(), config.passes(),
        config.passes() == 1 ? "" : "es", config.rounds(), config.rounds() == 1 ? "" : "s", config.heap()));
    List<List<String>> table = new ArrayList<>();
    for (Summary s : summaries) {
      table.add(row(s));
    }
    Optional<Summary> naive = find("naive");
    Optional<Summary> product = find("product");
    if (naive.isPresent() && product.isPresent()) {
      table.add(ratioRow("product/naive", product.get(), naive.get()));
    }
    markdownTable(out, List.of(COLUMNS), table);
    out.write("\nCoreNLP and own code: shares of the worker threads' time in analyze (own code = our adapter "
        + "+ extraction; the rest is language detection).\n");
    for (Summary s : summaries) {
      out.write(String.format(Locale.ROOT, "- %s: %s; claims %d (digest %s)%n", s.variant().describe(),
          stagesLine(s), s.claims(), s.claimsDigest()));
    }
    out.write("\nModels loaded once per process: loading them for every article instead would make analysis ");
    out.write(String.join(", ", summaries.stream().map(s -> String.format(Locale.ROOT, "%.0f× slower for %s",
        s.reloadPerArticleSlowdown(), s.variant().name())).toList()));
    out.write(" (load time over one thread's time per article).\n");
    if (summaries.size() > 2 || naive.isEmpty() || product.isEmpty()) {
      levers(out);
    }
    if (naive.isPresent() && product.isPresent()) {
      quality(out, naive.get(), product.get());
    }
    for (Summary s : summaries) {
      if (s.scaling() != null) {
        scaling(out, s);
      }
    }
  }

  private void levers(Writer out) throws IOException {
    out.write("\nLevers, one at a time (gain = tokens/s against the row it changes: the row above, or product for "
        + "the product-* rows; same claims when the digest is equal):\n\n");
    List<List<String>> rows = new ArrayList<>();
    Summary previous = null;
    Summary base = summaries.get(0);
    for (Summary s : summaries) {
      if (s.variant().name().startsWith("product-") && find("product").isPresent()) {
        previous = find("product").get();
      }
      rows.add(List.of(s.variant().name(), s.variant().lever(), num(s.tokensPerSecond(), 0),
          previous == null ? "" : ratio(s.tokensPerSecond(), previous.tokensPerSecond()),
          previous == null ? "" : ratio(s.tokensPerCpuSecond(), previous.tokensPerCpuSecond()),
          ratio(s.tokensPerSecond(), base.tokensPerSecond()), s.claimsDigest()));
      previous = s;
    }
    markdownTable(out, List.of("variant", "change", "tokens/s", "gain", "gain per CPU-s", "vs " + base.variant().name(),
        "claims digest"), rows);
  }

  private static void quality(Writer out, Summary naive, Summary product) throws IOException {
    if (naive.headlineF1() == null || product.headlineF1() == null) {
      out.write("\nNo gold annotations (NAME.ann) in the input: F1 not measured.\n");
      return;
    }
    out.write("\nQuality on the articles with gold annotations (eval headline figures):\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (String k : product.headlineF1().keySet()) {
      Double a = naive.headlineF1().get(k);
      Double b = product.headlineF1().get(k);
      rows.add(List.of(k, num(a, 4), num(b, 4), a == null || b == null ? "n/a" : String.format(Locale.ROOT, "%+.4f", b - a)));
    }
    markdownTable(out, List.of("figure", "naive", "product", "product - naive"), rows);
  }

  private static void scaling(Writer out, Summary s) throws IOException {
    out.write("\nOwn code on one document of k copies of all articles (" + s.variant().name()
        + "; flat ns/token means no quadratic step; the thread's CPU time is the figure other load on the machine"
        + " disturbs least):\n\n");
    List<List<String>> rows = new ArrayList<>();
    WorkerResult.ScalingPoint first = s.scaling().get(0);
    for (WorkerResult.ScalingPoint p : s.scaling()) {
      double perToken = p.nanos() / (double) p.tokens();
      double cpuPerToken = p.cpuNanos() / (double) p.tokens();
      boolean cpu = p.cpuNanos() >= 0 && first.cpuNanos() > 0;
      rows.add(List.of(Integer.toString(p.copies()), Long.toString(p.tokens()), num(p.nanos() / 1e6, 1),
          num(perToken, 0), ratio(perToken, first.nanos() / (double) first.tokens()),
          cpu ? num(cpuPerToken, 0) : "n/a", cpu ? ratio(cpuPerToken, first.cpuNanos() / (double) first.tokens()) : "n/a"));
    }
    markdownTable(out, List.of("copies", "tokens", "ms", "ns/token", "ns/token vs 1 copy", "CPU ns/token",
        "CPU ns/token vs 1 copy"), rows);
  }

  private static String stagesLine(Summary s) {
    StringBuilder b = new StringBuilder();
    s.stageShares().forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(pct(v)));
    b.append(", language ").append(pct(s.shares().get("language")));
    b.append(", extraction ").append(pct(s.shares().get("extraction")));
    return b.toString();
  }

  private static void markdownTable(Writer out, List<String> header, List<List<String>> rows) throws IOException {
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = header.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    out.write(line(header, widths));
    StringBuilder rule = new StringBuilder("|");
    for (int w : widths) {
      rule.append("-".repeat(w + 2)).append('|');
    }
    out.write(rule.append('\n').toString());
    for (List<String> r : rows) {
      out.write(line(r, widths));
    }
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder("|");
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      b.append(' ').append(i == 0 ? pad(c, widths[i]) : padLeft(c, widths[i])).append(" |");
    }
    return b.append('\n').toString();
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(w - s.length());
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(w - s.length()) + s;
  }

  static String num(Double d, int decimals) {
    return d == null || d.isNaN() ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", d);
  }

  static String pct(Double d) {
    return d == null || d.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.1f%%", d * 100);
  }

  static String ratio(Double a, Double b) {
    return a == null || b == null || a.isNaN() || b.isNaN() || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f×", a / b);
  }
}
