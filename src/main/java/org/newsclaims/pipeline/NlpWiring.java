package org.newsclaims.pipeline;

import org.newsclaims.nlp.LanguageDetector;
import org.newsclaims.nlp.corenlp.CoreNlpEngine;
import org.newsclaims.nlp.opennlp.OpenNlpLanguageDetector;

/**
 * The one place that picks the NLP adapters: CoreNLP for the annotations, OpenNLP for the
 * language, each loaded once per JVM and shared (they are thread-safe). Every analyzer of the
 * product (extract, watch, eval, the Spark executors) and of the benchmark is wired here.
 */
public final class NlpWiring {
  private NlpWiring() {}

  /** The product's analyzer over the shared engines. */
  public static ArticleAnalyzer analyzer(ExtractionModels models) {
    return new ArticleAnalyzer(engine(CoreNlpEngine.Preset.PRODUCT.settings()), languages(), models);
  }

  /** The CoreNLP engine of a configuration: the shared one for the product's, else a new one (it loads its models). */
  public static CoreNlpEngine engine(CoreNlpEngine.Settings settings) {
    return settings.equals(CoreNlpEngine.Preset.PRODUCT.settings()) ? CoreNlpEngine.shared() : new CoreNlpEngine(settings);
  }

  /** The shared language detector. */
  public static LanguageDetector languages() {
    return OpenNlpLanguageDetector.shared();
  }
}
