package org.newsclaims.cli;

import org.newsclaims.export.OutputLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.ingest.InvalidUtf8Policy;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.RunConfig;
import org.newsclaims.pipeline.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsclaims extract}: a folder of articles in, claims.csv and problems.csv out, doing
 * only what changed since the last run into the same output folder.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract attributed claims from every article under --in (*.txt, *.html, *.htm, *.json, "
        + "*.jsonl) into --out/claims.csv, analysing only new or changed articles.",
        "Problems (bad or unreadable inputs) go to --out/problems.csv and stderr."})
final class ExtractCommand implements Callable<Integer> {
  /** Problems printed on stderr; the rest are in problems.csv. */
  static final int MAX_PRINTED_PROBLEMS = 50;

  @Option(names = "--in", paramLabel = "DIR", defaultValue = "corpus", description = "Articles (default: ${DEFAULT-VALUE}).")
  Path in;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--force", description = "Analyse every article again, ignoring earlier results.")
  boolean force;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Mixin
  IngestFlags ingest = new IngestFlags();

  @Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  @Spec
  CommandSpec spec;

  /** Options of reading inputs, shared with watch. */
  static final class IngestFlags {
    @Option(names = "--max-file-bytes", paramLabel = "BYTES",
        description = "HTML pages and JSON exports larger than this are reported, not read (default: ${DEFAULT-VALUE}).",
        defaultValue = "" + IngestOptions.DEFAULT_MAX_FILE_BYTES)
    long maxFileBytes;

    @Option(names = "--invalid-utf8", paramLabel = "POLICY",
        description = "Bytes that are not UTF-8: skip the article (report only) or replace them with U+FFFD, "
            + "analyse and report (default: ${DEFAULT-VALUE}).", defaultValue = "skip")
    String invalidUtf8;

    /** The typed configuration; a bad value is a usage error. */
    RunConfig config(Path in, Path out, CommonOptions common, boolean force, CommandSpec spec) {
      InvalidUtf8Policy policy = switch (invalidUtf8) {
        case "replace" -> InvalidUtf8Policy.REPLACE;
        case "skip" -> InvalidUtf8Policy.SKIP;
        default -> throw new ParameterException(spec.commandLine(),
            "--invalid-utf8 must be replace or skip, was '" + invalidUtf8 + "'");
      };
      common.validate(spec);
      if (maxFileBytes < 1) {
        throw new ParameterException(spec.commandLine(), "--max-file-bytes must be at least 1, was " + maxFileBytes);
      }
      try {
        return RunConfig.builder(in, out).threads(common.threads()).maxBytes(common.maxBytes)
            .maxFileBytes(maxFileBytes).invalidUtf8(policy).force(force).build();
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), Terminal.escape(e.getMessage()));
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RunConfig config = analysis.applyTo(ingest.config(in, out, common, force, spec), spec);
    ExtractionModels models = ExtractionModels.load(common.models);
    RunReport report = new ExtractionRun(models, () -> Engines.analyzer(models)).run(config, new ConsoleProgress());
    printSummary(err, report, out);
    return report.failures().isEmpty() ? ExitCode.OK.code() : ExitCode.SOME_ARTICLES_FAILED.code();
  }

  static void printSummary(PrintWriter err, RunReport r, Path out) {
    err.printf(Locale.ROOT, "newsclaims: %d articles in claims.csv (%d analysed, %d unchanged, %d removed%s), %d claims, "
            + "%d problems (%d skipped, %d warnings) in %.1f s%s%n",
        r.articles(), r.analysedArticles(), r.carriedArticles(), r.removedArticles(),
        r.pendingArticles() > 0 ? ", " + r.pendingArticles() + " pending" : "",
        r.claimCount(), r.problems().size(), r.failures().size(), r.warnings().size(), r.millis() / 1000.0,
        r.modelsLoaded() ? String.format(Locale.ROOT, " (%d tokens)", r.tokens())
            : " (nothing new to analyse: NLP models not loaded)");
    err.print("  by type: ");
    err.println(join(r.claimsByType()));
    err.print("  by topic: ");
    err.println(join(r.claimsByTopic()));
    printProblems(err, r.problems());
    r.reviewWarnings().forEach(w -> err.printf(Locale.ROOT, "  warning: %s%n", Terminal.escape(w)));
    err.printf(Locale.ROOT, "  wrote %s, %s and %s%n", Terminal.escape(out.resolve(OutputLayout.CLAIMS_FILE).toString()),
        Terminal.escape(out.resolve(OutputLayout.FRAMES_FILE).toString()),
        Terminal.escape(out.resolve(OutputLayout.PROBLEMS_FILE).toString()));
    err.flush();
  }

  static void printProblems(PrintWriter err, List<Problem> problems) {
    for (Problem p : problems.stream().limit(MAX_PRINTED_PROBLEMS).toList()) {
      err.printf(Locale.ROOT, "  problem: %s: %s: %s%n", Terminal.escape(p.docId()), p.kind().code(),
          Terminal.escape(p.detail()));
    }
    if (problems.size() > MAX_PRINTED_PROBLEMS) {
      err.printf(Locale.ROOT, "  ... and %d more problems in problems.csv%n", problems.size() - MAX_PRINTED_PROBLEMS);
    }
  }

  private static String join(Map<String, Integer> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return b.length() == 0 ? "-" : b.toString();
  }
}
