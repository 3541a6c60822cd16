package org.newsclaims.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.bench.BenchReport;
import org.newsclaims.bench.Benchmark;
import org.newsclaims.export.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsclaims bench}: the product pipeline against the naive one (or every speed lever in
 * between) on the same articles, each in its own JVM, reported as ratios. A benchmark, not a test:
 * it takes minutes and its absolute figures depend on the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the product pipeline against the naive one (CoreNLP defaults) on the same articles.",
        "Reports tokens/s, articles/min, model load time, peak heap and RSS, and the split of time between CoreNLP "
            + "and the project's own code, for the *.txt articles under --in (with F1 when they have NAME.ann gold). "
            + "Each variant runs in its own JVM; compare the ratios, not the absolute figures.",
        "Variants: naive, lines, ner-coarse, ner-one-model, graphs-basic, product, product-1t, product-cache; "
            + "'levers' runs them all in that order, one lever at a time."})
final class BenchCommand implements Callable<Integer> {
  @Mixin
  InputOption in = new InputOption();

  @Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  @ParentCommand
  Main main;

  @Option(names = "--variants", paramLabel = "LIST", split = ",", defaultValue = "naive,product",
      description = "Comma-separated variants, or 'levers' (default: ${DEFAULT-VALUE}).")
  List<String> variants;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
      description = "Unmeasured passes over the articles first, for the JIT (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "1",
      description = "Measured passes per worker (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
      description = "Workers per variant, in alternating order; figures are medians (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
      description = "Only the first N articles (default: all).")
  int articles;

  @Option(names = "--heap", paramLabel = "SIZE",
      description = "Maximum heap of each worker JVM, as for -Xmx (default: the launcher's, half the machine's "
          + "memory within 1 to 2 GiB; the figures of docs/benchmark.md before 2026-12-02 used 6g).")
  String heap;

  @Option(names = "--no-scaling", negatable = false,
      description = "Skip timing the product's own code on documents of 1 to 8 copies of the articles.")
  boolean noScaling;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report (Markdown) here.")
  Path report;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write every worker's raw figures here.")
  Path json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    int n = analysis.threads();
    Benchmark.Config config;
    try {
      config = new Benchmark.Config(Benchmark.variants(variants, n), in.folder, analysis.models, warmup, passes, rounds,
          articles, heap == null ? Benchmark.launcherHeap() : heap, !noScaling);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, null);
    }
    List<Benchmark.Trial> trials = new Benchmark(err, main.verbose()).run(config);
    BenchReport r = new BenchReport(config, trials);
    StringWriter text = new StringWriter();
    r.write(text);
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    if (report != null) {
      AtomicFile.write(report, w -> w.write(text.toString()));
    }
    if (json != null) {
      Map<String, Object> raw = new LinkedHashMap<>();
      raw.put("config", config);
      raw.put("summaries", r.summaries());
      raw.put("trials", trials);
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      AtomicFile.write(json, w -> mapper.writeValue(w, raw));
    }
    return ExitCode.OK.code();
  }
}
