package org.newsclaims.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsclaims.nlp.LanguageDetector;

/**
 * OpenNLP's language detector with the 103-language model from Maven Central
 * ({@code opennlp-models-langdetect}, read from the class path).
 *
 * <p>The model loads once; {@link LanguageDetectorME} keeps no state between calls to
 * {@code predictLanguage}, but to be safe each call builds its own detector over the shared,
 * immutable model (cheap).
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";

  private static volatile OpenNlpLanguageDetector shared;

  private final LanguageDetectorModel model;

  /** The process-wide detector, built on first use. */
  public static OpenNlpLanguageDetector shared() {
    OpenNlpLanguageDetector d = shared;
    if (d == null) {
      synchronized (OpenNlpLanguageDetector.class) {
        d = shared;
        if (d == null) {
          d = new OpenNlpLanguageDetector();
          shared = d;
        }
      }
    }
    return d;
  }

  public OpenNlpLanguageDetector() {
    try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL_RESOURCE
            + " is not on the class path (dependency opennlp-models-langdetect)");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public DetectedLanguage detect(String text) {
    Language best = new LanguageDetectorME(model).predictLanguage(text);
    return new DetectedLanguage(best.getLang(), best.getConfidence());
  }
}
