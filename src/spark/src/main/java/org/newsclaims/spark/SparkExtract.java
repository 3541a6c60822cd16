package org.newsclaims.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsclaims.cli.ExitCode;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.RunConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The driver's command line, for {@code spark-submit --class org.newsclaims.spark.SparkExtract}.
 * The master and resources come from spark-submit; exit codes are those of
 * {@code newsclaims extract}.
 */
@Command(name = "newsclaims-spark", mixinStandardHelpOptions = true, version = "newsclaims-spark 0.1.0",
    description = "Extract attributed claims from every article under --in into --out/claims.csv and frames.csv, on Spark.")
public final class SparkExtract implements Callable<Integer> {

  @Option(names = "--in", required = true, paramLabel = "URI",
      description = "Folder of articles: a local path or any Hadoop file system URI (hdfs://, s3a://, ...).")
  String in;

  @Option(names = "--out", required = true, paramLabel = "URI",
      description = "Folder for claims.csv, frames.csv, problems.csv, text/ and _parts/.")
  String out;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Rules, lexicons and taxonomy on the driver's disk; broadcast to the executors "
          + "(default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Slices of the input (default: four per core of the cluster).")
  int partitions;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + RunConfig.DEFAULT_MAX_BYTES,
      description = "Articles larger than this are reported, not read (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--parts-only", description = "Write only the part files, two per partition; no claims.csv or frames.csv.")
  boolean partsOnly;

  @Option(names = "--keep-parts", description = "Keep the part files after merging them into claims.csv and frames.csv.")
  boolean keepParts;

  public static void main(String... args) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(new SparkExtract());
    cli.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
    cli.setExecutionExceptionHandler((ex, c, p) -> {
      err.println("newsclaims-spark: " + ex.getMessage());
      ex.printStackTrace(err);
      return ExitCode.ERROR.code();
    });
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SparkExtraction.Config config = new SparkExtraction.Config(in, out, models, partitions, maxBytes, !partsOnly,
        keepParts);
    SparkConf conf = new SparkConf().setAppName("newsclaims");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      SparkExtraction.Summary s = SparkExtraction.run(sc, config);
      PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
      err.printf("newsclaims-spark: %d files in %d partitions, %d claims, %d problems%n", s.files(), s.partitions(),
          s.claims(), s.problems().size());
      for (Problem p : s.problems().stream().limit(10).toList()) {
        err.printf("  problem: %s: %s: %s%n", p.docId(), p.kind().code(), p.detail());
      }
      err.printf("  wrote %s and %s%n", s.claimsFile().isEmpty()
          ? s.claimsParts().size() + s.framesParts().size() + " part files" : s.claimsFile() + ", " + s.framesFile(),
          s.problemsFile());
      return s.failures().isEmpty() ? ExitCode.OK.code() : ExitCode.SOME_ARTICLES_FAILED.code();
    }
  }
}
