package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsclaims.eval.Baseline;
import org.newsclaims.testing.SharedModels;

/**
 * The regression gate: the extractors on the gold corpus must not fall more than
 * {@value Baseline#TOLERANCE} below the committed baseline in any headline figure. On failure
 * the message lists the gold attributions that were lost and the new false positives.
 * Refresh the baseline on purpose with {@code ./newsclaims eval --update-baseline}.
 */
class EvalRegressionIT {
  private static final int MIN_GOLD_ARTICLES = 15;
  private static final int MIN_GOLD_ATTRIBUTIONS = 300;

  @Test
  void noHeadlineFigureFallsBelowTheBaseline() throws Exception {
    Path baselineFile = SharedModels.root().resolve("src/test/resources/eval-baseline.json");
    assertTrue(Files.isRegularFile(baselineFile), "missing committed baseline " + baselineFile);
    EvaluationRun.Outcome o = new EvaluationRun(SharedModels.analyzer()).evaluate(SharedModels.corpus(), 2);
    assertTrue(o.documents() >= MIN_GOLD_ARTICLES, "only " + o.documents() + " gold articles");
    assertTrue(o.result().attribution().gold() >= MIN_GOLD_ATTRIBUTIONS,
        "only " + o.result().attribution().gold() + " gold attributions");
    Baseline.Comparison c = Baseline.read(baselineFile).compareWith(Baseline.of(o.result()));
    assertFalse(c.regressed(), () -> "extraction quality fell below the baseline:\n" + c.describe());
  }
}
