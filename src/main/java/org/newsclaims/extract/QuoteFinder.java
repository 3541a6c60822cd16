package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.TextSpan;

/**
 * Finds quotations, quote marks included: curly “…” pairs, guillemets «…», straight "…" pairs and
 * doubled-apostrophe pairs (''…'' and ``…'', as newswire archives such as the New York Times' write
 * them), each within one line (paragraph), except that, by news convention, a curly or guillemet
 * quotation whose paragraph ends without a closing mark goes on when the next paragraph opens with
 * the same opening mark: the whole run is one quotation, from the first opening mark to the
 * closing mark. Straight quotes never run over paragraphs: an odd count in a line ("no
 * evidence" with a curly opening) says nothing about which mark is unclosed.
 * An unmatched mark is otherwise ignored, so unbalanced quotes never swallow the rest of an
 * article. Offsets are UTF-16 offsets into the text. Stateless.
 */
public final class QuoteFinder {

  /** An opening and closing mark; the same character for straight quotes. */
  private record Marks(char opening, char closing) {}

  private static final List<Marks> MARKS = List.of(
      new Marks('\u201C', '\u201D'), new Marks('\u00AB', '\u00BB'), new Marks('"', '"'));

  public List<TextSpan> find(String text) {
    List<TextSpan> quotes = new ArrayList<>();
    for (Marks marks : MARKS) {
      pairs(text, marks, quotes);
    }
    doubledApostrophePairs(text, quotes);
    quotes.sort(null);
    return List.copyOf(quotes);
  }

  private static void pairs(String text, Marks marks, List<TextSpan> out) {
    int open = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int from = lineStart;
      if (open >= 0 && marks.opening() == marks.closing()) {
        open = -1;
      }
      if (open >= 0) {
        // Carried over from the previous paragraph: this one must open with the same mark.
        int first = firstNonBlank(text, lineStart, lineEnd);
        if (first < 0) {
          lineStart = lineEnd + 1;
          continue;
        }
        if (text.charAt(first) == marks.opening()) {
          from = first + 1;
        } else {
          open = -1;
        }
      }
      for (int i = from; i < lineEnd; i++) {
        char c = text.charAt(i);
        if (open >= 0 && c == marks.closing()) {
          out.add(new TextSpan(open, i + 1));
          open = -1;
        } else if (c == marks.opening()) {
          open = i;
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * ''…'' and ``…'' within one line: "``" always opens, "''" closes an open quotation or else
   * opens one. Like straight quotes they never run over paragraphs.
   */
  private static void doubledApostrophePairs(String text, List<TextSpan> out) {
    int open = -1;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1;
        continue;
      }
      boolean opening = c == '`' && text.charAt(i + 1) == '`';
      boolean straight = c == '\'' && text.charAt(i + 1) == '\'';
      if (!opening && !straight) {
        continue;
      }
      if (straight && open >= 0) {
        out.add(new TextSpan(open, i + 2));
        open = -1;
      } else {
        open = i;
      }
      i++;
    }
  }

  private static int firstNonBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return i;
      }
    }
    return -1;
  }
}
