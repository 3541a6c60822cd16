package org.newsclaims.bench;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.nlp.SentenceFilter;

/** The engine with the time spent in it; optionally keeps the documents it produced. */
final class TimedEngine implements NlpEngine {
  private final NlpEngine engine;
  final LongAdder nanos = new LongAdder();
  private volatile Map<String, AnnotatedDocument> kept;

  TimedEngine(NlpEngine engine) {
    this.engine = engine;
  }

  void reset(boolean keep) {
    nanos.reset();
    kept = keep ? Collections.synchronizedMap(new IdentityHashMap<>()) : null;
  }

  Map<String, AnnotatedDocument> kept() {
    return kept == null ? Map.of() : kept;
  }

  @Override
  public AnnotatedDocument annotate(String text) {
    return annotate(text, SentenceFilter.ALL);
  }

  @Override
  public AnnotatedDocument annotate(String text, SentenceFilter parse) {
    long t = System.nanoTime();
    try {
      AnnotatedDocument d = engine.annotate(text, parse);
      Map<String, AnnotatedDocument> k = kept;
      if (k != null) {
        k.put(text, d);
      }
      return d;
    } finally {
      nanos.add(System.nanoTime() - t);
    }
  }

  @Override
  public String describe() {
    return engine.describe();
  }
}
