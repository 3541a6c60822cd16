package org.newsclaims.testing;

import java.util.Collection;
import org.opentest4j.AssertionFailedError;

/**
 * Containment assertions that show what was there: {@code assertTrue(s.contains(x))} says only
 * "expected true"; these fail with the part looked for and the whole value (as expected and
 * actual, so an IDE can show the difference).
 */
public final class TextAssertions {
  private TextAssertions() {}

  /** {@code actual} contains {@code expectedPart}. */
  public static void assertContains(String expectedPart, String actual) {
    if (actual == null || !actual.contains(expectedPart)) {
      throw new AssertionFailedError("expected to contain <" + expectedPart + "> but was: <" + actual + ">",
          expectedPart, actual);
    }
  }

  /** {@code actual} holds {@code expected}. */
  public static <T> void assertContains(T expected, Collection<? extends T> actual) {
    if (actual == null || !actual.contains(expected)) {
      throw new AssertionFailedError("expected an element <" + expected + "> in: <" + actual + ">", expected, actual);
    }
  }
}
