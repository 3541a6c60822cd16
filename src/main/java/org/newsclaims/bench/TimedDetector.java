package org.newsclaims.bench;

import java.util.concurrent.atomic.LongAdder;
import org.newsclaims.nlp.LanguageDetector;

/** The language detector with the time spent in it. */
final class TimedDetector implements LanguageDetector {
  private final LanguageDetector detector;
  final LongAdder nanos = new LongAdder();

  TimedDetector(LanguageDetector detector) {
    this.detector = detector;
  }

  void reset() {
    nanos.reset();
  }

  @Override
  public DetectedLanguage detect(String text) {
    long t = System.nanoTime();
    try {
      return detector.detect(text);
    } finally {
      nanos.add(System.nanoTime() - t);
    }
  }
}
