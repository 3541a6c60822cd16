package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.TextSpan;

/**
 * Finds quotations, quote marks included: curly “…” pairs, guillemets «…» and straight "…"
 * pairs, each within one line (paragraph). An unmatched mark is ignored, so unbalanced quotes
 * never swallow the rest of an article. Stateless.
 */
public final class QuoteFinder {

  public List<TextSpan> find(String text) {
    List<TextSpan> quotes = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      findInLine(text, lineStart, lineEnd, quotes);
      lineStart = lineEnd + 1;
    }
    quotes.sort(null);
    return List.copyOf(quotes);
  }

  private static void findInLine(String text, int from, int to, List<TextSpan> out) {
    pair(text, from, to, '\u201C', '\u201D', out);
    pair(text, from, to, '\u00AB', '\u00BB', out);
    int open = -1;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '"') {
        if (open < 0) {
          open = i;
        } else {
          out.add(new TextSpan(open, i + 1));
          open = -1;
        }
      }
    }
  }

  private static void pair(String text, int from, int to, char opening, char closing, List<TextSpan> out) {
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == opening) {
        open = i;
      } else if (c == closing && open >= 0) {
        out.add(new TextSpan(open, i + 1));
        open = -1;
      }
    }
  }
}
