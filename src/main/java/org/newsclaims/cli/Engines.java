package org.newsclaims.cli;

import org.newsclaims.nlp.corenlp.CoreNlpEngine;
import org.newsclaims.nlp.opennlp.OpenNlpLanguageDetector;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;

/** Builds the production analyzer: the only place that picks the NLP adapters (loaded once per JVM). */
final class Engines {
  private Engines() {}

  static ArticleAnalyzer analyzer(ExtractionModels models) {
    return new ArticleAnalyzer(CoreNlpEngine.shared(), OpenNlpLanguageDetector.shared(), models);
  }
}
