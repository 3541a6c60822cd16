package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The time budget of one article: the default rule, the token estimate, the backstop. */
class ArticleBudgetTest {

  @Test
  void theDefaultIsABasePlusAShareOfTheTokens() {
    assertEquals("20 s + 5 s per 1,000 tokens", ArticleBudget.DEFAULT.describe());
    assertEquals(Duration.ofSeconds(20), ArticleBudget.DEFAULT.forText(""));
    String thousandWords = "word ".repeat(1000);
    assertEquals(Duration.ofSeconds(25), ArticleBudget.DEFAULT.forText(thousandWords));
    assertEquals(Duration.ofMillis(20_005), ArticleBudget.DEFAULT.forText("a"), "to the millisecond");
  }

  @Test
  void tokensAreRunsOfLettersAndDigitsAndEachOtherVisibleCharacter() {
    assertEquals(11, ArticleBudget.estimatedTokens("\"We won't go,\" Putin said."));
    assertEquals(3, ArticleBudget.estimatedTokens("Zürich 2025 😀"));
    assertEquals(0, ArticleBudget.estimatedTokens(" \n\t\u00a0"));
  }

  @Test
  void onlyTheLinesTheAnalyzerReadsCount() {
    int lines = ArticleLimits.DEFAULTS.maxLines();
    assertEquals(2 * lines, ArticleBudget.estimatedTokens("he said\n".repeat(lines + 500)));
  }

  @Test
  void aFixedBudgetIsTheSameForEveryArticle() {
    ArticleBudget fixed = ArticleBudget.fixed(Duration.ofSeconds(30));
    assertEquals("30 s", fixed.describe());
    assertEquals(Duration.ofSeconds(30), fixed.forText("word ".repeat(100_000)));
    assertEquals("0.25 s", ArticleBudget.seconds(Duration.ofMillis(250)));
  }

  @Test
  void anAnalysisThatReachesNoCheckIsAbandonedAtTwiceItsBudgetAndAMargin() {
    assertEquals(Duration.ofSeconds(45), ArticleBudget.backstop(Duration.ofSeconds(20)));
  }

  @Test
  void aBudgetNeedsAPositiveBase() {
    assertThrows(IllegalArgumentException.class, () -> ArticleBudget.fixed(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new ArticleBudget(Duration.ofSeconds(1), Duration.ofSeconds(-1), System::nanoTime));
  }
}
