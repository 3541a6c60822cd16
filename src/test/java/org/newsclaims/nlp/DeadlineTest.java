package org.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cooperative deadline: when a check throws, and what it remembers of where it was. */
class DeadlineTest {
  private static final long MS = 1_000_000;

  @Test
  void aCheckThrowsOnlyPastTheBudgetAndSaysWhereItWas() {
    AtomicLong now = new AtomicLong();
    Deadline d = Deadline.after(Duration.ofMillis(10), now::get);
    now.set(10 * MS);
    d.check("depparse", 3, 8, 120);
    assertEquals(new Deadline.Reached("depparse", 3, 8, 120), d.reached());
    now.set(10 * MS + 1);
    Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> d.check("depparse", 4, 8, 160));
    assertEquals(new Deadline.Reached("depparse", 4, 8, 160), e.reached());
  }

  @Test
  void aStepOverTheWholeDocumentKeepsTheLastPosition() {
    Deadline d = Deadline.after(Duration.ofSeconds(1), () -> 0L);
    d.check("convert", 8, 8, 300);
    d.check("finder LinearSpeechFinder");
    assertEquals(new Deadline.Reached("finder LinearSpeechFinder", 8, 8, 300), d.reached());
  }

  @Test
  void anAbandonedAnalysisStopsAtItsNextCheck() {
    Deadline d = Deadline.after(Duration.ofHours(1), () -> 0L);
    d.check("ner", 5, 5, 40);
    d.abandon();
    assertThrows(Deadline.Exceeded.class, () -> d.check("depparse", 0, 5, 0));
  }

  @Test
  void noDeadlineNeverThrowsAndABudgetMustBePositive() {
    Deadline none = Deadline.none();
    none.check("tokenize", 0, 0, 0);
    assertThrows(IllegalArgumentException.class, () -> Deadline.after(Duration.ZERO, System::nanoTime));
  }
}
