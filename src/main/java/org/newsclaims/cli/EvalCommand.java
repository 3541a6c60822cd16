package org.newsclaims.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsclaims.eval.Baseline;
import org.newsclaims.eval.EvalReports;
import org.newsclaims.eval.Prf;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.pipeline.EvaluationRun;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.NlpWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsclaims eval}: scores the extractors against the gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the extraction against gold annotations and gate on the committed baseline.",
        "Runs extraction on every NAME.txt that has a NAME.ann (BRAT standoff) under --gold and writes report.md, "
            + "scores.json and errors.csv to --out. On the bundled corpus it compares the headline figures with "
            + "the committed baseline and exits 4 when one fell more than 0.01 below it."})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "DIR", defaultValue = ProjectHome.CORPUS,
      description = "Folder of NAME.txt articles with NAME.ann gold (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ProjectHome.EVAL,
      description = "Folder for report.md, scores.json and errors.csv (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Baseline scores to gate on (default: " + ProjectHome.BASELINE_FILE
          + " of the project when --gold is the bundled corpus; none otherwise).")
  Path baseline;

  @Option(names = "--update-baseline", description = "Rewrite the baseline with this run's scores.")
  boolean updateBaseline;

  @Option(names = "--compare", paramLabel = "OLD.json",
      description = "Print the gold claims gained and lost, and false positives new and gone, against an earlier scores.json.")
  Path compare;

  @Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (baseline == null && same(gold, ProjectHome.resolve(ProjectHome.CORPUS_DIR))) {
      baseline = ProjectHome.resolve(ProjectHome.BASELINE_FILE);
    }
    if (updateBaseline && baseline == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--update-baseline needs --baseline FILE when --gold is not the bundled corpus");
    }
    ExtractionModels models = ExtractionModels.load(analysis.models);
    EvaluationRun.Outcome o = new EvaluationRun(NlpWiring.analyzer(models)).evaluate(gold, analysis.threads());
    EvaluationRun.write(out, o);
    err.printf("newsclaims eval: %d gold articles; wrote %s, %s, %s%n", o.documents(),
        out.resolve(EvaluationRun.REPORT), out.resolve(EvaluationRun.SCORES), out.resolve(EvaluationRun.ERRORS));
    o.result().headline().forEach((k, v) -> err.printf("  %-24s %s%n", k, Prf.format(v)));
    int code = ExitCode.OK.code();
    if (compare != null) {
      err.print(Baseline.read(compare).compareWith(Baseline.of(o.result())).describe());
    }
    if (updateBaseline) {
      AtomicFile.write(baseline, w -> EvalReports.json(w, o.result()));
      err.printf("  baseline rewritten: %s%n", baseline);
    } else if (baseline != null && Files.isRegularFile(baseline)) {
      Baseline.Comparison c = Baseline.read(baseline).compareWith(Baseline.of(o.result()));
      if (c.regressed()) {
        err.print(c.describe());
        code = ExitCode.REGRESSION.code();
      } else {
        err.printf("  no headline figure fell more than %.2f below %s%n", Baseline.TOLERANCE, baseline);
      }
    }
    err.flush();
    return code;
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
