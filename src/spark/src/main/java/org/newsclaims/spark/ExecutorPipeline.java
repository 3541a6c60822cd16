package org.newsclaims.spark;

import java.nio.file.Path;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.NlpWiring;

/**
 * The analyzer of this executor JVM, built on first use and then shared by every task the JVM
 * runs, concurrently: CoreNLP's models load once per executor, not once per task or partition.
 * The analyzer is thread-safe. A task with other extraction models (another job in the same JVM)
 * gets a new analyzer over the same NLP engines.
 */
final class ExecutorPipeline {
  private static ArticleAnalyzer analyzer;
  private static String fingerprint;

  private ExecutorPipeline() {}

  static synchronized ArticleAnalyzer analyzer(ModelsBundle models) {
    if (analyzer == null || !models.fingerprint().equals(fingerprint)) {
      Path dir = models.materialize(Path.of(System.getProperty("java.io.tmpdir")));
      ExtractionModels loaded;
      try {
        loaded = ExtractionModels.load(dir);
      } finally {
        Staging.deleteRecursively(dir);
      }
      analyzer = NlpWiring.analyzer(loaded);
      fingerprint = models.fingerprint();
    }
    return analyzer;
  }
}
