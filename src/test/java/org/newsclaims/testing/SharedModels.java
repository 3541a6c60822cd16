package org.newsclaims.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.NlpWiring;

/**
 * The real NLP models, loaded once per test JVM and shared by every integration test
 * ({@code *IT}): failsafe runs them all in one fork, so CoreNLP loads once for the suite.
 */
public final class SharedModels {
  private static volatile ArticleAnalyzer analyzer;
  private static volatile ExtractionModels models;

  private SharedModels() {}

  /** The project root (where pom.xml is). */
  public static Path root() {
    String prop = System.getProperty("newsclaims.root");
    Path root = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(root.resolve("pom.xml"))) {
      throw new IllegalStateException("cannot find the project root (pom.xml) from " + root);
    }
    return root;
  }

  public static Path corpus() {
    return root().resolve("corpus");
  }

  public static synchronized ExtractionModels models() {
    if (models == null) {
      models = ExtractionModels.load(root().resolve("models"));
    }
    return models;
  }

  public static synchronized ArticleAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = NlpWiring.analyzer(models());
    }
    return analyzer;
  }

  /**
   * An analyzer with other extraction models (rules, lexicons, taxonomy, e.g. with a rule
   * changed) over the same shared NLP engines: nothing is loaded again.
   */
  public static ArticleAnalyzer analyzer(ExtractionModels other) {
    analyzer();
    return NlpWiring.analyzer(other);
  }
}
