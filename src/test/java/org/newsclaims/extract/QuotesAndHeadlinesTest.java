package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.TextSpan;

class QuotesAndHeadlinesTest {
  @Test
  void findsCurlyAndStraightQuotesWithinALine() {
    String text = "He said “no deal” and \"never\".\nAn \"unbalanced one\nnext “line”";
    List<String> quotes = new QuoteFinder().find(text).stream().map(s -> s.cut(text)).toList();
    assertEquals(List.of("“no deal”", "\"never\"", "“line”"), quotes);
  }

  @Test
  void aQuotationWhoseParagraphDoesNotCloseItGoesOnInTheNextQuotedParagraph() {
    String text = "She said: “We will win.\n\n“We will not stop.” Then she left.\n“Unclosed\nNext line.";
    List<String> quotes = new QuoteFinder().find(text).stream().map(s -> s.cut(text)).toList();
    assertEquals(List.of("“We will win.\n\n“We will not stop.”"), quotes);
  }

  @Test
  void straightQuotesNeverRunOverParagraphs() {
    String text = "There was “no evidence\" yet.\n\"We see no link,\" the mayor said.";
    List<String> quotes = new QuoteFinder().find(text).stream().map(s -> s.cut(text)).toList();
    assertEquals(List.of("\"We see no link,\""), quotes);
  }

  @Test
  void doubledApostrophesQuoteAsNewswireArchivesWriteThem() {
    String text = "''It's over,'' Mr. Kamin said. ``We won,'' she said.\nAn ''unclosed one\nMr. O'Brien's ''last'' word";
    List<String> quotes = new QuoteFinder().find(text).stream().map(s -> s.cut(text)).toList();
    assertEquals(List.of("''It's over,''", "``We won,''", "''last''"), quotes);
  }

  @Test
  void headlinesAreShortLinesThatDoNotEndAsSentences() {
    assertTrue(HeadlineDetector.isHeadline("Trump announces summit with Putin and Zelensky, excluding NATO and EU"));
    assertTrue(HeadlineDetector.isHeadline("Trump slams Putin after night of chaos in Ukraine: “He just wants to kill”"));
    assertTrue(HeadlineDetector.isHeadline("📢 Political Earthquake — Wolff Says Trump Willing to Trade Ukraine"));
    assertFalse(HeadlineDetector.isHeadline("He explained that any agreement involving land would have to include Ukraine."));
    assertFalse(HeadlineDetector.isHeadline("“We will win,” he said."));
    assertFalse(HeadlineDetector.isHeadline("PolitiFact said the claims were “Mostly False.“"));
    assertFalse(HeadlineDetector.isHeadline("Lex Fridman: “What a great day. I pray for peace soon”"));
    assertFalse(HeadlineDetector.isHeadline("Gen. Jack Keane (ret.): “You can’t overstate the significance”"));
    assertFalse(HeadlineDetector.isHeadline("Regarding the future, the statement said:"));
    assertFalse(HeadlineDetector.isHeadline("“The most unqualified child ever.” ― Lena Ortiz"));
    assertTrue(HeadlineDetector.isHeadline("“Historic” summit ends without a deal"));
  }

  @Test
  void headlineSpansAreTrimmedLines() {
    String text = "Title line\n\nA sentence.\n  Related headline here  \n";
    List<TextSpan> h = new HeadlineDetector().find(text);
    assertEquals(List.of("Title line", "Related headline here"), h.stream().map(s -> s.cut(text)).toList());
  }

  @Test
  void aParagraphEndingInANoBreakSpaceIsNoHeadline() {
    // News pages end paragraphs with U+00A0, which String.strip() keeps.
    String text = "Hester said parents still want neighborhood schools.\u00A0\n\u00A0Related headline here\u00A0\n";
    List<TextSpan> h = new HeadlineDetector().find(text);
    assertEquals(List.of("Related headline here"), h.stream().map(s -> s.cut(text)).toList());
  }
}
