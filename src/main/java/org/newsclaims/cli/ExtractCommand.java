package org.newsclaims.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.RunConfig;
import org.newsclaims.pipeline.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsclaims extract}: a folder of articles in, claims.csv and problems.csv out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract attributed claims from every *.txt under --in into --out/claims.csv.")
final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--in", paramLabel = "DIR", defaultValue = "corpus", description = "Articles (default: ${DEFAULT-VALUE}).")
  Path in;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RunConfig config = new RunConfig(in, out, common.threads(), common.maxBytes);
    ExtractionModels models = ExtractionModels.load(common.models);
    RunReport report = new ExtractionRun(Engines.analyzer(models)).run(config, new ConsoleProgress());
    printSummary(err, report, out);
    return report.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.SOME_ARTICLES_FAILED.code();
  }

  static void printSummary(PrintWriter err, RunReport r, Path out) {
    err.printf("newsclaims: %d articles analysed, %d claims, %d problems in %.1f s (%d tokens)%n",
        r.analysedArticles(), r.claimCount(), r.problems().size(), r.millis() / 1000.0, r.tokens());
    err.print("  by type: ");
    err.println(join(r.claimsByType()));
    err.print("  by topic: ");
    err.println(join(r.claimsByTopic()));
    for (Problem p : r.problems().stream().limit(10).toList()) {
      err.printf("  problem: %s: %s: %s%n", p.docId(), p.kind().code(), p.detail());
    }
    if (r.problems().size() > 10) {
      err.printf("  ... and %d more problems%n", r.problems().size() - 10);
    }
    err.printf("  wrote %s and %s%n", out.resolve(ExtractionRun.CLAIMS_FILE), out.resolve(ExtractionRun.PROBLEMS_FILE));
    err.flush();
  }

  private static String join(Map<String, Integer> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return b.length() == 0 ? "-" : b.toString();
  }
}
