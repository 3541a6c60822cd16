package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.TextSpan;

/** Edited cells are found in the claim's paragraph, forgivingly, nearest to where they were. */
class SpanResolverTest {
  private static final String TEXT = "He said it. She said “it is over” today.\nThey said it too.\n";

  private static List<TextSpan> resolve(String cell, TextSpan anchor) {
    TextSpan window = SpanResolver.window(TEXT, List.of(anchor));
    SpanResolver.Resolution r = SpanResolver.resolve(TEXT, cell, List.of(anchor), anchor.start(), window);
    assertTrue(r.spans().isPresent(), () -> "unresolved: " + r.problem());
    return r.spans().get();
  }

  private static String problem(String cell, TextSpan anchor) {
    TextSpan window = SpanResolver.window(TEXT, List.of(anchor));
    SpanResolver.Resolution r = SpanResolver.resolve(TEXT, cell, List.of(anchor), anchor.start(), window);
    assertTrue(r.spans().isEmpty(), () -> "resolved " + r.spans());
    return r.problem();
  }

  private static String cut(List<TextSpan> spans) {
    return RowSpans.cut(spans, TEXT);
  }

  @Test
  void theNearestOccurrenceWinsAndTheCellBecomesTheArticlesText() {
    TextSpan secondSaid = ReviewFixtures.span(TEXT, "said", 1);
    assertEquals(List.of(secondSaid), resolve("said", secondSaid));
    TextSpan firstSaid = ReviewFixtures.span(TEXT, "said", 0);
    assertEquals(List.of(firstSaid), resolve("said", firstSaid));
    // Widened to the left: "She said" is found around the second "said".
    assertEquals("She said", cut(resolve("She said", secondSaid)));
  }

  @Test
  void whiteSpaceQuotesAndASpreadsheetApostropheAreForgiven() {
    TextSpan content = ReviewFixtures.span(TEXT, "“it is over” today", 0);
    assertEquals("“it is over” today", cut(resolve("\"it  is\nover\" today", content)));
    assertEquals("“it is over”", cut(resolve("'\"it is over\"", content)));
  }

  @Test
  void aDiscontinuousContentIsFoundPieceByPiece() {
    TextSpan content = ReviewFixtures.span(TEXT, "“it is over” today", 0);
    List<TextSpan> pieces = resolve("“it is … today", content);
    assertEquals(2, pieces.size());
    assertEquals("“it is … today", cut(pieces));
  }

  @Test
  void textOutsideTheParagraphOrAmbiguousTextIsUnresolvable() {
    TextSpan secondSaid = ReviewFixtures.span(TEXT, "said", 1);
    assertContains("not in the claim's paragraph", problem("They said", secondSaid));
    assertContains("not in the claim's paragraph", problem("nothing like this", secondSaid));
    // "it" at the same distance on both sides of the anchor.
    String text = "it xx it";
    TextSpan x = new TextSpan(3, 5);
    SpanResolver.Resolution r = SpanResolver.resolve(text, "it", List.of(x), x.start(),
        SpanResolver.window(text, List.of(x)));
    assertTrue(r.problem().contains("twice"), r.problem());
  }

  @Test
  void aBlankCellIsAnAbsentRole() {
    assertEquals(List.of(), resolve("  ", new TextSpan(0, 2)));
  }
}
