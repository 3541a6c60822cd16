package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ingest.ReadObserver;

/**
 * The fixture of the scale measurement stays what docs/store.md says: generated articles give
 * claims, and a run of the real code version over the seeded store takes every seeded result as
 * its own (it analyses nothing, whatever its NLP engine).
 */
class StoreScaleTest {

  @Test
  void aSeededStoreIsCurrentForTheToolOfThisCodeVersion(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    StoreScale.generate(in, 0, 30);
    RunReport seeded = StoreScale.seed(in, out, 2);
    assertEquals(30, seeded.articles());
    assertTrue(seeded.claimCount() >= 60, "a few claims an article: " + seeded.claimCount());

    LineEngine neverCalled = new LineEngine(n -> {
      throw new AssertionError("the seeded results are current: nothing to analyse");
    });
    ExtractionModels models = org.newsclaims.testing.SharedModels.models();
    RunReport again = new ExtractionRun(models, () -> new ArticleAnalyzer(neverCalled, LineEngine.ENGLISH, models),
        ReadObserver.NONE, ToolVersion.current()).run(RunFixtures.config(in, out), ProgressListener.NONE);
    assertEquals(0, again.analysedArticles());
    assertEquals(30, again.carriedArticles());
  }
}
