package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.write;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.testing.SharedModels;

/**
 * Issue 14, guards: a sentence too long for the parser is not given to it, text past too many
 * lines is not analysed and claims past a cap are dropped; each is an {@code analysis-limited}
 * warning and the rest of the article is in the output.
 */
class ArticleLimitsTest {

  /** The line engine, asking the filter which sentences to parse, as CoreNLP does; remembers the answer per text. */
  private static final class FilteringEngine extends LineEngineAdapter {
    final Map<String, BitSet> selected = new ConcurrentHashMap<>();

    @Override
    public AnnotatedDocument annotate(String text, SentenceFilter parse) {
      AnnotatedDocument doc = annotate(text);
      selected.put(text, parse.select(text, doc.sentences()));
      return doc;
    }
  }

  /** Delegates to a {@link LineEngine}. */
  private static class LineEngineAdapter implements org.newsclaims.nlp.NlpEngine {
    private final LineEngine lines = new LineEngine();

    @Override
    public AnnotatedDocument annotate(String text) {
      return lines.annotate(text);
    }

    @Override
    public String describe() {
      return "filtering line engine (tests)";
    }
  }

  private static String longLine(int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append("word ");
    }
    return b.append('\n').toString();
  }

  @Test
  void aSentenceTooLongToParseIsLeftUnparsedAndReported(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    String text = article("Russia") + longLine(300);
    write(in.resolve("a.txt"), text);
    write(in.resolve("b.txt"), article("Ukraine"));
    FilteringEngine engine = new FilteringEngine();
    ExtractionModels models = SharedModels.models();
    ExtractionRun run = new ExtractionRun(models,
        () -> new ArticleAnalyzer(engine, LineEngine.ENGLISH, models, SentenceFilter.ALL), ReadObserver.NONE, "t1");
    RunReport r = run.run(config(in, out), ProgressListener.NONE);

    BitSet parsed = engine.selected.get(text);
    assertEquals(4, parsed.length() + 1, "every sentence but the long last one (3) is parsed: " + parsed);
    assertFalse(parsed.get(3));
    assertEquals(List.of(), r.failures(), "a warning, not a failure (exit 0)");
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    Problem w = r.warnings().get(0);
    assertEquals(Problem.Kind.ANALYSIS_LIMITED, w.kind());
    assertEquals("1 sentence over 250 tokens left unparsed (sentence 3)", w.detail());
    assertContains("a.txt", claims(out)); // the rest of the article is analysed
    List<String> problems = Files.readAllLines(out.resolve("problems.csv"), StandardCharsets.UTF_8);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(1).contains("analysis-limited"), problems.get(1));

    RunReport again = run.run(config(in, out), ProgressListener.NONE);
    assertEquals(0, again.analysedArticles());
    assertEquals(List.of(w), again.warnings(), "the warning is carried with the stored result, once");
    assertEquals(problems, Files.readAllLines(out.resolve("problems.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void linesAndClaimsPastTheirCapsAreLeftOutAndReported() {
    ExtractionModels models = SharedModels.models();
    FilteringEngine engine = new FilteringEngine();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(engine, LineEngine.ENGLISH, models, SentenceFilter.ALL,
        new ArticleLimits(250, 10, 2));
    String text = "😀 " + article("Russia") + article("Ukraine") + article("Moldova") + article("Georgia");
    ArticleResult r = analyzer.analyze(new Article("a.txt", text));
    int seventhLineEnd = 0;
    for (int i = 0; i < 10; i++) {
      seventhLineEnd = text.indexOf('\n', seventhLineEnd) + 1;
    }
    assertEquals(List.of(text.substring(0, seventhLineEnd)), List.copyOf(engine.selected.keySet()),
        "only the first ten lines are annotated");
    assertEquals(2, r.claims().size());
    assertTrue(r.problem().isEmpty());
    String detail = r.warning().orElseThrow().detail();
    assertTrue(detail.contains("only the first 10 lines analysed (characters after " + (seventhLineEnd - 1) + ")"),
        "the offset in code points (one emoji, two UTF-16 units): " + detail);
    assertTrue(detail.matches(".*\\d+ claims found, the first 2 kept.*"), detail);
  }
}
