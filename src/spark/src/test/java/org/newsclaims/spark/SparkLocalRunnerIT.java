package org.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.NlpWiring;
import org.newsclaims.pipeline.ProgressListener;
import org.newsclaims.pipeline.RunConfig;

/**
 * The Spark job in {@code local[2]} mode, four partitions, on the corpus and the nasty inputs
 * (every format and every kind of bad input) writes what the local runner writes: claims.csv
 * claim for claim and byte for byte, frames.csv and problems.csv byte for byte, the same saved
 * texts, from part files merged in order. Loads CoreNLP once: the local runner and the executors
 * share this JVM's engine.
 */
class SparkLocalRunnerIT {
  private static final int MIN_CORPUS_ARTICLES = 13;
  private static final int MIN_NASTY_FILES = 15;
  private static final int MIN_CLAIMS = 100;
  private static final int MIN_FRAMES = 50;
  private static final int PARTITIONS = 4;

  private static Path root() {
    Path root = Path.of(System.getProperty("newsclaims.root", "../..")).toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(root.resolve("corpus")), "no corpus/ under " + root);
    return root;
  }

  /** The corpus's articles and, under nasty/, the root project's nasty inputs. */
  private static Path input(Path tmp) throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Path nasty = Files.createDirectory(in.resolve("nasty"));
    assertTrue(copy(root().resolve("corpus"), in, p -> p.toString().endsWith(".txt")) >= MIN_CORPUS_ARTICLES,
        "too few corpus articles");
    assertTrue(copy(root().resolve("src/test/resources/nasty"), nasty, p -> true) >= MIN_NASTY_FILES,
        "too few nasty inputs");
    return in;
  }

  private static int copy(Path from, Path to, java.util.function.Predicate<Path> which) throws IOException {
    assertTrue(Files.isDirectory(from), "missing fixture folder " + from);
    int n = 0;
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).filter(which).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
        n++;
      }
    }
    return n;
  }

  @Test
  void sparkWritesTheLocalRunnersOutputsByteForByte(@TempDir Path tmp) throws Exception {
    Path in = input(tmp);
    Path models = root().resolve("models");
    Path sparkOut = tmp.resolve("spark");
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newsclaims-spark-it")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1");
    SparkExtraction.Summary s;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      s = SparkExtraction.run(sc, new SparkExtraction.Config(in.toString(), sparkOut.toUri().toString(), models,
          PARTITIONS, RunConfig.DEFAULT_MAX_BYTES, true, true));
    }
    assertEquals(PARTITIONS, s.claimsParts().size(), "one claims part per partition");
    assertEquals(PARTITIONS, s.framesParts().size(), "one frames part per partition");

    Path localOut = tmp.resolve("local");
    ArticleAnalyzer analyzer = NlpWiring.analyzer(ExtractionModels.load(models));
    new ExtractionRun(analyzer).run(new RunConfig(in, localOut, 2, RunConfig.DEFAULT_MAX_BYTES),
        ProgressListener.NONE);

    String local = read(localOut.resolve(OutputLayout.CLAIMS_FILE));
    String spark = read(sparkOut.resolve(OutputLayout.CLAIMS_FILE));
    List<CSVRecord> localRows = parse(local);
    List<CSVRecord> sparkRows = parse(spark);
    assertTrue(localRows.size() >= MIN_CLAIMS, "suspiciously few claims on the corpus: " + localRows.size());
    for (int i = 0; i < Math.min(localRows.size(), sparkRows.size()); i++) {
      if (!localRows.get(i).toList().equals(sparkRows.get(i).toList())) {
        fail("claim " + i + " differs:\n  local: " + localRows.get(i).toList() + "\n  spark: " + sparkRows.get(i).toList());
      }
    }
    assertEquals(localRows.size(), sparkRows.size(), "number of claims");
    assertEquals(localRows.size(), s.claims(), "claims the job counted");
    assertEquals(local, spark, "claims.csv byte for byte");
    assertEquals(local, concatenated(s.claimsParts()), "the claims parts, in order, are claims.csv");

    String localFrames = read(localOut.resolve(OutputLayout.FRAMES_FILE));
    assertTrue(parse(localFrames).size() >= MIN_FRAMES, "suspiciously few frame slots: " + parse(localFrames).size());
    assertTrue(s.framesParts().stream().map(SparkLocalRunnerIT::readUri).filter(p -> p.indexOf("\r\n") < p.length() - 2)
        .count() > 1, "frames come from more than one partition");
    assertEquals(localFrames, read(sparkOut.resolve(OutputLayout.FRAMES_FILE)), "frames.csv byte for byte");
    assertEquals(localFrames, concatenated(s.framesParts()), "the frames parts, in order, are frames.csv");

    String problems = read(localOut.resolve(OutputLayout.PROBLEMS_FILE));
    assertTrue(parse(problems).size() >= 8, "the nasty inputs make problems: " + problems);
    assertEquals(problems, read(sparkOut.resolve(OutputLayout.PROBLEMS_FILE)), "problems.csv");
    List<String> texts = files(localOut.resolve(OutputLayout.TEXT_DIR));
    assertTrue(texts.size() >= 2, "the HTML and JSON inputs have saved texts: " + texts);
    assertEquals(texts, files(sparkOut.resolve(OutputLayout.TEXT_DIR)), "the same saved texts");
    for (String t : texts) {
      assertEquals(read(localOut.resolve(OutputLayout.TEXT_DIR).resolve(t)),
          read(sparkOut.resolve(OutputLayout.TEXT_DIR).resolve(t)), t);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String readUri(String uri) {
    try {
      return read(Path.of(URI.create(uri)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The parts with the header of the first only. */
  private static String concatenated(List<String> parts) {
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      String p = readUri(part);
      b.append(b.length() == 0 ? p : p.substring(p.indexOf("\r\n") + 2));
    }
    return b.toString();
  }

  /** The files under a folder, relative, sorted; hidden ones included (none may be left there). */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      return new ArrayList<>(p.getRecords());
    }
  }
}
