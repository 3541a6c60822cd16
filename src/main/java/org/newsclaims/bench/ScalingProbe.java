package org.newsclaims.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsclaims.model.Article;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;
import org.newsclaims.pipeline.ArticleAnalyzer;

/**
 * The own-code scaling probe: times the project's own extraction code
 * ({@link ArticleAnalyzer#claims}, no NLP library) on one document made of {@link #COPIES} copies
 * of the annotated articles. With no quadratic step, time per token stays flat as the document
 * grows; {@link BenchReport} compares the largest with the smallest.
 *
 * <p>Input: the articles and the documents the engine made of them in the last measured pass (by
 * text; an article without one is left out). Output: one {@link WorkerResult.ScalingPoint} per
 * size, in {@link #COPIES} order: tokens, and the best of {@value #TIMES} runs in wall time and in
 * the calling thread's CPU time (-1 when the JVM cannot tell), after {@value #WARMUP} unmeasured
 * runs on one copy for the JIT. Runs on the calling thread; stateless.
 */
final class ScalingProbe {
  /** The sizes of the document, in copies of all articles. */
  static final List<Integer> COPIES = List.of(1, 2, 4, 8);
  /** Unmeasured runs first, for the JIT. */
  static final int WARMUP = 5;
  /** Measured runs per size; the best counts. */
  static final int TIMES = 2;

  private ScalingProbe() {}

  /** Times the own code on each size of document. */
  static List<WorkerResult.ScalingPoint> measure(ArticleAnalyzer analyzer, List<Article> articles,
      Map<String, AnnotatedDocument> docs) {
    List<AnnotatedDocument> parts = new ArrayList<>();
    for (Article a : articles) {
      AnnotatedDocument d = docs.get(a.text());
      if (d != null) {
        parts.add(d);
      }
    }
    List<WorkerResult.ScalingPoint> points = new ArrayList<>();
    AnnotatedDocument warm = concatenate(parts, 1);
    for (int i = 0; i < WARMUP; i++) {
      analyzer.claims("scaling", warm);
    }
    for (int copies : COPIES) {
      AnnotatedDocument big = concatenate(parts, copies);
      long best = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      for (int i = 0; i < TIMES; i++) {
        long cpu = threadCpuNanos();
        long t = System.nanoTime();
        analyzer.claims("scaling", big);
        best = Math.min(best, System.nanoTime() - t);
        bestCpu = cpu < 0 ? -1 : Math.min(bestCpu, threadCpuNanos() - cpu);
      }
      points.add(new WorkerResult.ScalingPoint(copies, big.tokenCount(), best, bestCpu));
    }
    return points;
  }

  /** The CPU time of the current thread, or -1 when the JVM cannot tell. */
  private static long threadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
  }

  /** One document made of {@code copies} copies of the parts, each part its own paragraph. */
  static AnnotatedDocument concatenate(List<AnnotatedDocument> parts, int copies) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (AnnotatedDocument d : parts) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int shift = text.length();
        text.append(d.text());
        for (Sentence s : d.sentences()) {
          List<Token> tokens = new ArrayList<>(s.size());
          for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                new TextSpan(t.span().start() + shift, t.span().end() + shift)));
          }
          int index = sentences.size();
          if (s.isParsed()) {
            int[] heads = new int[s.size()];
            String[] relations = new String[s.size()];
            for (int i = 0; i < s.size(); i++) {
              heads[i] = s.head(i);
              relations[i] = s.relation(i);
            }
            sentences.add(new Sentence(index, tokens, heads, relations));
          } else {
            sentences.add(Sentence.unparsed(index, tokens));
          }
        }
      }
    }
    return new AnnotatedDocument(text.toString(), sentences);
  }

}
