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
    description = "Run extraction on every NAME.txt that has a NAME.ann under --gold and score it.")
final class EvalCommand implements Callable<Integer> {
  /** The committed baseline of the bundled gold corpus; it lives with the tests that gate on it. */
  static final String DEFAULT_BASELINE = "src/test/resources/eval-baseline.json";
  static final String DEFAULT_GOLD = "corpus";

  @Option(names = "--gold", paramLabel = "DIR", defaultValue = DEFAULT_GOLD, description = "Gold folder (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "eval", description = "Reports (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Baseline scores to gate on (default: " + DEFAULT_BASELINE + " when --gold is the bundled corpus).")
  Path baseline;

  @Option(names = "--update-baseline", description = "Rewrite the baseline with this run's scores.")
  boolean updateBaseline;

  @Option(names = "--compare", paramLabel = "OLD.json", description = "Print claims gained and lost against an earlier scores.json.")
  Path compare;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (baseline == null && gold.normalize().equals(Path.of(DEFAULT_GOLD))) {
      baseline = Path.of(DEFAULT_BASELINE);
    }
    if (updateBaseline && baseline == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--update-baseline needs --baseline FILE when --gold is not the bundled corpus");
    }
    common.validate(spec);
    ExtractionModels models = ExtractionModels.load(common.models);
    EvaluationRun.Outcome o = new EvaluationRun(NlpWiring.analyzer(models)).evaluate(gold, common.threads());
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
}
