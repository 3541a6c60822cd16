package org.newsclaims.spark;

import org.newsclaims.export.OutputLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.ProgressListener;
import org.newsclaims.pipeline.RunConfig;
import org.newsclaims.pipeline.RunReport;

/**
 * The extraction job. The driver lists the input in the local runner's order and cuts it into
 * contiguous slices, one per partition. Each task stages its slice on the executor's disk
 * (links to local files, copies of remote ones) and runs the local runner ({@link ExtractionRun})
 * on it with the executor's shared analyzer ({@link ExecutorPipeline}): the same reading,
 * analysis and CSV code as {@code newsclaims extract}. A task writes its claims as one part file,
 * {@code OUT/_parts/claims-NNNNN.csv} (a complete claims CSV, header included), and the texts it
 * extracted from HTML or JSON under {@code OUT/text/}; the driver then writes
 * {@code OUT/problems.csv} and, unless only parts are asked for, merges the parts in order into
 * {@code OUT/claims.csv}: byte for byte what the local runner writes for the same input.
 *
 * <p>Differences from the local runner: no incremental state (every run analyses everything),
 * reviewers' columns of an earlier claims.csv are not carried over, and on a non-local file
 * system no listing problems (broken links, loops) are reported.
 */
public final class SparkExtraction {
  /** Part files, under the output folder; the underscore hides them from Hadoop input formats. */
  public static final String PARTS_DIR = "_parts";

  private SparkExtraction() {}

  /**
   * A job, validated when built. Immutable.
   *
   * @param input folder of articles: a local path or any Hadoop file system URI
   * @param output folder for claims.csv, problems.csv, text/ and _parts/ (same kinds of URI)
   * @param models the extraction models folder, on the driver's local disk
   * @param partitions number of slices of the input; 0 for four per core of the cluster
   * @param maxBytes articles larger than this are reported, not read (as {@code --max-bytes})
   * @param merge merge the part files into one claims.csv
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
   * @param claimsFile the merged claims.csv, or empty when only parts were written
   * @param parts the part files, in order (empty after a merge without keepParts)
   */
  public record Summary(int files, int partitions, long claims, List<Problem> problems, String claimsFile,
      List<String> parts, String problemsFile) {
    public Summary {
      problems = List.copyOf(problems);
      parts = List.copyOf(parts);
    }
  }

  /** Runs the job on a Spark context; blocks until the outputs are written. */
  public static Summary run(JavaSparkContext sc, Config c) throws IOException {
    Configuration conf = sc.hadoopConfiguration();
    Map<String, String> confEntries = new HashMap<>();
    conf.forEach(e -> confEntries.put(e.getKey(), e.getValue()));
    InputListing listing = InputListing.list(c.input(), c.output(), conf);
    Broadcast<ModelsBundle> models = sc.broadcast(ModelsBundle.read(c.models()));
    Broadcast<Map<String, String>> hadoop = sc.broadcast(confEntries);

    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(c.output());
    FileSystem fs = out.getFileSystem(conf);
    org.apache.hadoop.fs.Path partsDir = new org.apache.hadoop.fs.Path(out, PARTS_DIR);
    if (fs.exists(partsDir)) {
      fs.delete(partsDir, true);
    }
    fs.mkdirs(partsDir);

    int n = c.partitions() > 0 ? c.partitions() : 4 * sc.defaultParallelism();
    n = Math.max(1, Math.min(n, listing.files().size()));
    String outUri = fs.makeQualified(out).toString();
    long maxBytes = c.maxBytes();
    JavaRDD<FileRef> files = sc.parallelize(listing.files(), n);
    List<PartitionResult> results = new ArrayList<>(files.mapPartitionsWithIndex(
        (index, slice) -> List.of(runSlice(index, slice, models.value(), hadoop.value(), outUri, maxBytes)).iterator(),
        true).collect());
    results.sort(Comparator.comparingInt(PartitionResult::index));

    List<Problem> problems = new ArrayList<>(listing.problems());
    results.forEach(r -> r.problems().forEach(p -> problems.add(p.toProblem())));
    problems.sort(RunReport.PROBLEM_ORDER);
    StringWriter problemsCsv = new StringWriter();
    ProblemsCsv.write(problemsCsv, problems);
    org.apache.hadoop.fs.Path problemsFile = new org.apache.hadoop.fs.Path(out, OutputLayout.PROBLEMS_FILE);
    Staging.write(problemsFile, problemsCsv.toString(), conf);

    List<String> parts = results.stream().filter(r -> r.partUri() != null).map(PartitionResult::partUri).toList();
    String claimsFile = "";
    if (c.merge()) {
      org.apache.hadoop.fs.Path merged = new org.apache.hadoop.fs.Path(out, OutputLayout.CLAIMS_FILE);
      merge(parts, merged, conf);
      claimsFile = merged.toString();
      if (!c.keepParts()) {
        fs.delete(partsDir, true);
        parts = List.of();
      }
    }
    long claims = results.stream().mapToLong(PartitionResult::claims).sum();
    return new Summary(listing.files().size(), n, claims, problems, claimsFile, parts, problemsFile.toString());
  }

  /** One task: the local runner on a slice of the input. Runs on an executor. */
  static PartitionResult runSlice(int index, Iterator<FileRef> slice, ModelsBundle models,
      Map<String, String> hadoop, String outUri, long maxBytes) throws IOException, InterruptedException {
    List<FileRef> files = new ArrayList<>();
    slice.forEachRemaining(files::add);
    if (files.isEmpty()) {
      return new PartitionResult(index, null, 0, 0, List.of());
    }
    Configuration conf = Staging.configuration(hadoop);
    Path work = Files.createTempDirectory("newsclaims-part-" + index + "-");
    try {
      Path in = Files.createDirectory(work.resolve("in"));
      Path localOut = work.resolve("out");
      for (FileRef f : files) {
        Staging.stage(f, in, conf);
      }
      RunReport report = new ExtractionRun(ExecutorPipeline.analyzer(models))
          .run(new RunConfig(in, localOut, 1, maxBytes), ProgressListener.NONE);
      String claims = Files.readString(localOut.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8);
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(outUri);
      org.apache.hadoop.fs.Path part = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(out, PARTS_DIR),
          String.format(java.util.Locale.ROOT, "claims-%05d.csv", index));
      Staging.write(part, claims, conf);
      // Texts extracted from HTML or JSON, which the claims' offsets point into.
      for (String rel : Staging.visibleFiles(localOut)) {
        if (rel.equals(OutputLayout.CLAIMS_FILE) || rel.equals(OutputLayout.PROBLEMS_FILE) || OutputLayout.isState(rel)) {
          continue;
        }
        Staging.write(new org.apache.hadoop.fs.Path(out, rel), Files.readAllBytes(localOut.resolve(rel)), conf);
      }
      List<ProblemRow> problems = report.problems().stream().map(ProblemRow::of).toList();
      return new PartitionResult(index, part.toString(), files.size(), countRecords(claims), problems);
    } finally {
      Staging.deleteRecursively(work);
    }
  }

  /** The data rows of a claims CSV (header excluded). */
  static long countRecords(String csv) {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      return p.stream().count();
    } catch (IOException e) {
      throw new UncheckedIOException("a claims CSV in memory cannot fail to read", e);
    }
  }

  /** Concatenates part files into one CSV: the header once, then every part's rows, in order. */
  static void merge(List<String> parts, org.apache.hadoop.fs.Path target, Configuration conf) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    org.apache.hadoop.fs.Path tmp = Staging.temporary(target);
    String header = ClaimsCsv.header();
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(header.getBytes(StandardCharsets.UTF_8));
      for (String part : parts) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(part);
        try (InputStream in = fs.open(p)) {
          byte[] expected = header.getBytes(StandardCharsets.UTF_8);
          byte[] head = in.readNBytes(expected.length);
          if (!java.util.Arrays.equals(head, expected)) {
            throw new IOException("part " + part + " does not start with the claims header");
          }
          in.transferTo(out);
        }
      }
    }
    if (fs.exists(target)) {
      fs.delete(target, false);
    }
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }
}
