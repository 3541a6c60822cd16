package org.newsclaims.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.RunReport;

/**
 * The extraction job. The driver lists the input in the local runner's order and cuts it into
 * contiguous slices, one per partition. Each task ({@link SliceTask}) reads its slice with the
 * local reader, analyses it with the executor's shared analyzer and renders the rows with the
 * local runner's own code ({@code pipeline.SliceAnalysis}), and writes its claims and frames as
 * part files ({@link PartFiles}: {@code OUT/_parts/claims-NNNNN.csv}, {@code frames-NNNNN.csv},
 * complete CSVs, header included) and the texts it extracted from HTML or JSON under
 * {@code OUT/text/}; the driver then writes {@code OUT/problems.csv} and, unless only parts are
 * asked for, merges the parts in order into {@code OUT/claims.csv} and {@code OUT/frames.csv}: byte
 * for byte what the local runner writes for the same input. Every file is written atomically
 * ({@link Staging}).
 *
 * <p>Differences from the local runner: no output database and no incremental state (every run
 * analyses everything), reviewers' columns of an earlier claims.csv are not carried over, a
 * {@code doc_id} that two files give is found only when both are in one slice, and on a non-local
 * file system no listing problems (broken links, loops) are reported.
 */
public final class SparkExtraction {
  private SparkExtraction() {}

  /**
   * A job, validated when built. Immutable.
   *
   * @param input folder of articles: a local path or any Hadoop file system URI
   * @param output folder for claims.csv, frames.csv, problems.csv, text/ and _parts/ (same kinds of URI)
   * @param models the extraction models folder, on the driver's local disk
   * @param partitions number of slices of the input; 0 for four per core of the cluster
   * @param maxBytes articles larger than this are reported, not read (as {@code --max-bytes})
   * @param merge merge the part files into claims.csv and frames.csv
   * @param keepParts keep the part files after merging
   */
  public record Config(String input, String output, Path models, int partitions, long maxBytes, boolean merge,
      boolean keepParts) {
    public Config {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(models, "models");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be 0 (automatic) or more, was " + partitions);
      }
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
      }
    }
  }

  /**
   * What a job did. Immutable.
   *
   * @param problems every problems.csv row, in order
   * @param failures the problems that cost an article, a record or a file its rows (the others are
   *     warnings: the article was still analysed)
   * @param claimsFile the merged claims.csv, or empty when only parts were written
   * @param framesFile the merged frames.csv, or empty when only parts were written
   * @param claimsParts the claims part files, in order (empty after a merge without keepParts)
   * @param framesParts the frames part files, likewise
   */
  public record Summary(int files, int partitions, long claims, List<Problem> problems, List<Problem> failures,
      String claimsFile, String framesFile, List<String> claimsParts, List<String> framesParts, String problemsFile) {
    public Summary {
      problems = List.copyOf(problems);
      failures = List.copyOf(failures);
      claimsParts = List.copyOf(claimsParts);
      framesParts = List.copyOf(framesParts);
    }
  }

  /** Runs the job on a Spark context; blocks until the outputs are written. */
  public static Summary run(JavaSparkContext sc, Config c) throws IOException {
    Configuration conf = sc.hadoopConfiguration();
    InputListing listing = InputListing.list(c.input(), c.output(), conf);
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(c.output());
    FileSystem fs = out.getFileSystem(conf);
    org.apache.hadoop.fs.Path partsDir = new org.apache.hadoop.fs.Path(out, PartFiles.DIR);
    if (fs.exists(partsDir)) {
      fs.delete(partsDir, true);
    }
    fs.mkdirs(partsDir);

    int n = c.partitions() > 0 ? c.partitions() : 4 * sc.defaultParallelism();
    n = Math.max(1, Math.min(n, listing.files().size()));
    List<PartitionResult> results = analyse(sc, c, listing.files(), n, fs.makeQualified(out).toString());

    Problems found = Problems.of(listing, results);
    StringWriter problemsCsv = new StringWriter();
    ProblemsCsv.write(problemsCsv, found.all());
    org.apache.hadoop.fs.Path problemsFile = new org.apache.hadoop.fs.Path(out, OutputLayout.PROBLEMS_FILE);
    Staging.write(problemsFile, problemsCsv.toString(), conf);

    List<String> claimsParts = results.stream().filter(r -> r.claimsPart() != null)
        .map(PartitionResult::claimsPart).toList();
    List<String> framesParts = results.stream().filter(r -> r.framesPart() != null)
        .map(PartitionResult::framesPart).toList();
    String claimsFile = "";
    String framesFile = "";
    if (c.merge()) {
      framesFile = merged(PartFiles.Table.FRAMES, framesParts, out, conf);
      claimsFile = merged(PartFiles.Table.CLAIMS, claimsParts, out, conf);
      if (!c.keepParts()) {
        fs.delete(partsDir, true);
        claimsParts = List.of();
        framesParts = List.of();
      }
    }
    long claims = results.stream().mapToLong(PartitionResult::claims).sum();
    return new Summary(listing.files().size(), n, claims, found.all(), found.failures(), claimsFile, framesFile,
        claimsParts, framesParts, problemsFile.toString());
  }

  /** The tasks, one per slice of the files, with the models and the Hadoop settings broadcast. */
  private static List<PartitionResult> analyse(JavaSparkContext sc, Config c, List<FileRef> files, int slices,
      String outUri) throws IOException {
    Map<String, String> confEntries = new HashMap<>();
    sc.hadoopConfiguration().forEach(e -> confEntries.put(e.getKey(), e.getValue()));
    Broadcast<ModelsBundle> models = sc.broadcast(ModelsBundle.read(c.models()));
    Broadcast<Map<String, String>> hadoop = sc.broadcast(confEntries);
    long maxBytes = c.maxBytes();
    JavaRDD<FileRef> rdd = sc.parallelize(files, slices);
    List<PartitionResult> results = new ArrayList<>(rdd.mapPartitionsWithIndex(
        (index, slice) -> List.of(SliceTask.run(index, slice, models.value(), hadoop.value(), outUri, maxBytes))
            .iterator(), true).collect());
    results.sort(Comparator.comparingInt(PartitionResult::index));
    return results;
  }

  /** Every problem of a job in problems.csv order, and those that are failures. */
  private record Problems(List<Problem> all, List<Problem> failures) {
    static Problems of(InputListing listing, List<PartitionResult> results) {
      List<Problem> all = new ArrayList<>(listing.problems());
      List<Problem> failures = new ArrayList<>(listing.problems());
      for (PartitionResult r : results) {
        for (ProblemRow p : r.problems()) {
          all.add(p.toProblem());
          if (p.failure()) {
            failures.add(p.toProblem());
          }
        }
      }
      all.sort(RunReport.PROBLEM_ORDER);
      failures.sort(RunReport.PROBLEM_ORDER);
      return new Problems(all, failures);
    }
  }

  private static String merged(PartFiles.Table table, List<String> parts, org.apache.hadoop.fs.Path out,
      Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, table.file());
    PartFiles.merge(table, parts, target, conf);
    return target.toString();
  }
}
