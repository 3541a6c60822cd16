package org.newsclaims.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.LanguageDetector;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * A stand-in NLP engine for fast tests of the run machinery (never of extraction quality):
 * one sentence per line, one token per run of non-space characters, no tags, no tree. It
 * counts its calls and can be told to do something on the n-th one (fail, wait).
 */
final class LineEngine implements NlpEngine {
  final AtomicInteger calls = new AtomicInteger();
  private final IntConsumer onCall;

  LineEngine() {
    this(n -> {});
  }

  LineEngine(IntConsumer onCall) {
    this.onCall = onCall;
  }

  @Override
  public AnnotatedDocument annotate(String text) {
    onCall.accept(calls.incrementAndGet());
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      List<Token> tokens = new ArrayList<>();
      int i = lineStart;
      while (i < lineEnd) {
        while (i < lineEnd && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < lineEnd && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          String w = text.substring(start, i);
          tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), "NN", "O", new TextSpan(start, i)));
        }
      }
      if (!tokens.isEmpty()) {
        sentences.add(Sentence.unparsed(sentences.size(), tokens));
      }
      lineStart = lineEnd + 1;
    }
    return new AnnotatedDocument(text, sentences);
  }

  @Override
  public String describe() {
    return "line engine (tests)";
  }

  /** Every text is English. */
  static final LanguageDetector ENGLISH = text -> new LanguageDetector.DetectedLanguage("eng", 1.0);
}
