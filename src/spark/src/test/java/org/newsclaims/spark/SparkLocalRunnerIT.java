package org.newsclaims.spark;

import org.newsclaims.export.OutputLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
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
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.NlpWiring;
import org.newsclaims.pipeline.ProgressListener;
import org.newsclaims.pipeline.RunConfig;

/**
 * The Spark job in {@code local[2]} mode on the corpus writes what the local runner writes:
 * claims.csv claim for claim (and byte for byte), problems.csv likewise, from part files merged
 * in order. Loads CoreNLP once: the local runner and the executors share this JVM's engine.
 */
class SparkLocalRunnerIT {
  private static final int MIN_CORPUS_ARTICLES = 13;
  private static final int MIN_CLAIMS = 100;
  private static final int PARTITIONS = 4;

  private static Path root() {
    Path root = Path.of(System.getProperty("newsclaims.root", "../..")).toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(root.resolve("corpus")), "no corpus/ under " + root);
    return root;
  }

  @Test
  void sparkWritesTheLocalRunnersClaimsClaimForClaim(@TempDir Path tmp) throws Exception {
    Path corpus = root().resolve("corpus");
    Path models = root().resolve("models");
    try (Stream<Path> files = Files.list(corpus)) {
      long articles = files.filter(p -> p.toString().endsWith(".txt")).count();
      assertTrue(articles >= MIN_CORPUS_ARTICLES, "corpus has only " + articles + " articles");
    }

    Path sparkOut = tmp.resolve("spark");
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newsclaims-spark-it")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1");
    SparkExtraction.Summary s;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      s = SparkExtraction.run(sc, new SparkExtraction.Config(corpus.toString(), sparkOut.toUri().toString(), models,
          PARTITIONS, RunConfig.DEFAULT_MAX_BYTES, true, true));
    }
    assertEquals(PARTITIONS, s.parts().size(), "one part file per partition");

    Path localOut = tmp.resolve("local");
    ArticleAnalyzer analyzer = NlpWiring.analyzer(ExtractionModels.load(models));
    new ExtractionRun(analyzer).run(new RunConfig(corpus, localOut, 2, RunConfig.DEFAULT_MAX_BYTES),
        ProgressListener.NONE);

    String local = Files.readString(localOut.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8);
    String spark = Files.readString(sparkOut.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8);
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

    StringBuilder concatenated = new StringBuilder();
    for (String part : s.parts()) {
      String p = Files.readString(Path.of(java.net.URI.create(part)), StandardCharsets.UTF_8);
      concatenated.append(concatenated.length() == 0 ? p : p.substring(p.indexOf("\r\n") + 2));
    }
    assertEquals(local, concatenated.toString(), "the part files, in order, are claims.csv");

    assertEquals(Files.readString(localOut.resolve(OutputLayout.PROBLEMS_FILE), StandardCharsets.UTF_8),
        Files.readString(sparkOut.resolve(OutputLayout.PROBLEMS_FILE), StandardCharsets.UTF_8), "problems.csv");
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      return new ArrayList<>(p.getRecords());
    }
  }
}
