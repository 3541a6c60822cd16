package org.newsclaims.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs each {@link Variant} in its own worker JVM ({@link BenchWorker}, spoken to through
 * {@link WorkerProtocol}) on the same articles and collects the results. Rounds alternate the
 * order of the variants so that a machine that gets busier or quieter during the run does not
 * favour one of them; figures are then compared as ratios ({@link BenchReport}).
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class Benchmark {
  /** The launcher's bounds on the heap ({@code newsclaims}: HEAP_FLOOR_MIB, HEAP_CAP_MIB). */
  static final long HEAP_FLOOR_MIB = 1024;
  static final long HEAP_CAP_MIB = 2048;

  /** The variant that also times the project's own code on growing documents. */
  static final String SCALING_VARIANT = "product";

  /**
   * A benchmark run, validated when built. Immutable.
   *
   * @param variants what to compare, in report order; names must differ
   * @param input folder of {@code *.txt} articles
   * @param models extraction models folder
   * @param warmupPasses unmeasured passes per worker
   * @param passes measured passes per worker
   * @param rounds workers per variant, in alternating order
   * @param maxArticles the first N articles only; 0 for all
   * @param heap the worker JVMs' maximum heap ({@code -Xmx}), e.g. {@code 6g}
   * @param scaling time the product's own code on documents of 1 to 8 copies of the articles
   */
  public record Config(List<Variant> variants, Path input, Path models, int warmupPasses, int passes,
      int rounds, int maxArticles, String heap, boolean scaling) {
    public Config {
      variants = List.copyOf(variants);
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(models, "models");
      Objects.requireNonNull(heap, "heap");
      if (variants.isEmpty()) {
        throw new IllegalArgumentException("no variants to run");
      }
      if (variants.stream().map(Variant::name).distinct().count() != variants.size()) {
        throw new IllegalArgumentException("variant names must differ: " + variants.stream().map(Variant::name).toList());
      }
      if (warmupPasses < 0 || passes < 1 || rounds < 1 || maxArticles < 0) {
        throw new IllegalArgumentException("need warmup >= 0, passes >= 1, rounds >= 1, articles >= 0");
      }
      if (!heap.matches("[0-9]+[kmgKMG]?")) {
        throw new IllegalArgumentException("heap must look like 6g or 4096m, was " + heap);
      }
    }
  }

  /**
   * The workers' default heap: the launcher's for this machine, so that the benchmark measures
   * what {@code ./newsclaims extract} uses. Half the memory the JVM sees (the machine's, or its
   * container's limit), at least 1 GiB and at most 2 GiB, as {@code -Xmx} takes it ("2048m").
   */
  public static String launcherHeap() {
    long bytes = -1;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      bytes = os.getTotalMemorySize();
    }
    return heapFor(bytes > 0 ? bytes / (1024 * 1024) : -1);
  }

  /** The launcher's rule for a machine of this many MiB (≤ 0 when unknown: the cap). */
  static String heapFor(long memoryMib) {
    long heap = memoryMib <= 0 ? HEAP_CAP_MIB : Math.min(HEAP_CAP_MIB, Math.max(HEAP_FLOOR_MIB, memoryMib / 2));
    return heap + "m";
  }

  /** All results of one variant, one per round. */
  public record Trial(Variant variant, List<WorkerResult> results) {
    public Trial {
      results = List.copyOf(results);
    }
  }

  private final Path javaCommand;
  private final String classPath;
  private final PrintWriter log;
  private final boolean verbose;

  /**
   * @param log where progress lines go
   * @param verbose pass the workers' standard error through (CoreNLP's logs)
   */
  public Benchmark(PrintWriter log, boolean verbose) {
    this.javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
    this.classPath = System.getProperty("java.class.path");
    this.log = log;
    this.verbose = verbose;
  }

  /** Runs every variant {@code rounds} times; the trials come back in the config's order. */
  public List<Trial> run(Config config) throws IOException, InterruptedException {
    Map<String, List<WorkerResult>> byName = new LinkedHashMap<>();
    config.variants().forEach(v -> byName.put(v.name(), new ArrayList<>()));
    for (int round = 0; round < config.rounds(); round++) {
      List<Variant> order = new ArrayList<>(config.variants());
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (Variant v : order) {
        log.printf("bench: round %d/%d: %s ...%n", round + 1, config.rounds(), v.describe());
        log.flush();
        boolean scaling = config.scaling() && v.name().equals(SCALING_VARIANT) && round == 0;
        WorkerResult r = runWorker(new WorkerProtocol.Options(v, config.input(), config.models(),
            config.warmupPasses(), config.passes(), config.maxArticles(), scaling), config.heap());
        log.printf("bench:   %s%n", BenchReport.oneLine(r));
        log.flush();
        byName.get(v.name()).add(r);
      }
    }
    List<Trial> trials = new ArrayList<>();
    for (Variant v : config.variants()) {
      trials.add(new Trial(v, byName.get(v.name())));
    }
    return trials;
  }

  private WorkerResult runWorker(WorkerProtocol.Options options, String heap)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(WorkerProtocol.command(javaCommand, heap, classPath, options));
    Path errors = Files.createTempFile("newsclaims-bench-", ".log");
    try {
      if (verbose) {
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
      } else {
        pb.redirectError(errors.toFile());
      }
      Process p = pb.start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } finally {
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
          p.destroyForcibly();
        }
      }
      if (p.exitValue() != 0) {
        String err = verbose ? "" : WorkerProtocol.tail(Files.readString(errors, StandardCharsets.UTF_8), 2000);
        throw new IOException("bench worker for " + options.variant().name() + " failed (exit " + p.exitValue()
            + ")" + (err.isEmpty() ? "" : ":\n" + err));
      }
      return WorkerProtocol.result(out);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /** The variants of a comma-separated list of names: naive, product, or "levers" for the ladder. */
  public static List<Variant> variants(List<String> names, int threads) {
    List<Variant> ladder = Variant.ladder(threads);
    List<Variant> out = new ArrayList<>();
    for (String n : names) {
      if (n.equals("levers")) {
        ladder.stream().filter(v -> threads > 1 || !v.name().equals("product-1t")).forEach(out::add);
        continue;
      }
      Variant v = ladder.stream().filter(x -> x.name().equals(n)).findFirst().orElseThrow(() ->
          new IllegalArgumentException("unknown variant '" + n + "'; known: levers, "
              + String.join(", ", ladder.stream().map(Variant::name).toList())));
      out.add(v);
    }
    List<Variant> unique = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Variant v : out) {
      if (seen.add(v.name())) {
        unique.add(v);
      }
    }
    return unique;
  }
}
