package org.newsclaims.cli;

import org.newsclaims.export.OutputLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.NlpWiring;
import org.newsclaims.pipeline.RunConfig;
import org.newsclaims.pipeline.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsclaims extract}: a folder of articles in, claims.csv and problems.csv out, doing
 * only what changed since the last run into the same output folder.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract attributed claims from the articles under --in into --out/claims.csv.",
        "Reads *.txt, *.html, *.htm, *.json, *.jsonl and *.ndjson, recursively, and analyses only the articles "
            + "that are new or changed since the last run into the same output folder. Writes claims.csv, "
            + "frames.csv and problems.csv (inputs that could not be read or analysed, also listed on stderr)."})
final class ExtractCommand implements Callable<Integer> {
  /** Problems printed on stderr; the rest are in problems.csv. */
  static final int MAX_PRINTED_PROBLEMS = 50;

  @Mixin
  RunOptions run = new RunOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RunConfig config = run.config();
    ExtractionModels models = ExtractionModels.load(run.analysis.models);
    RunReport report = new ExtractionRun(models, () -> NlpWiring.analyzer(models))
        .run(config, ConsoleProgress.onStandardError());
    printSummary(err, report, run.output());
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
