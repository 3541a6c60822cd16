package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;

/**
 * Content spans after aligning them with the quotations of the text, and the claim type that
 * follows: inside one quotation whose cue is outside it, the whole quotation ({@code direct});
 * partly quoted, the pieces widened to the quote marks ({@code mixed}); else {@code indirect}.
 */
record QuotedContent(List<TextSpan> content, ClaimType type) {

  /** {@link #of(String, List, TextSpan, List)} with the quotations of the document near the pieces. */
  static QuotedContent of(DocumentContext context, List<TextSpan> pieces, TextSpan cue) {
    TextSpan hull = new TextSpan(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
    return of(context.text(), pieces, cue, context.quotesNear(hull));
  }

  /**
   * @param quotes the quotations in text order: all of the document's, or at least those that
   *     touch the hull of the pieces (only those can change the result)
   */
  static QuotedContent of(String text, List<TextSpan> pieces, TextSpan cue, List<TextSpan> quotes) {
    TextSpan hull = new TextSpan(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
    for (TextSpan q : quotes) {
      if (q.contains(hull) && !q.overlaps(cue)) {
        // Content inside a quotation whose cue is outside it: the whole quotation is said.
        return new QuotedContent(List.of(q), ClaimType.DIRECT);
      }
    }
    List<TextSpan> adjusted = new ArrayList<>(pieces);
    boolean quoted = false;
    for (TextSpan q : quotes) {
      if (!q.overlaps(hull) || q.overlaps(cue)) {
        continue;
      }
      quoted = true;
      TextSpan first = adjusted.get(0);
      if (q.start() < first.start() && q.end() > first.start()) {
        adjusted.set(0, new TextSpan(q.start(), first.end()));
      }
      TextSpan last = adjusted.get(adjusted.size() - 1);
      if (q.end() > last.end() && q.start() < last.end()) {
        adjusted.set(adjusted.size() - 1, new TextSpan(last.start(), q.end()));
      }
    }
    TextSpan newHull = new TextSpan(adjusted.get(0).start(), adjusted.get(adjusted.size() - 1).end());
    if (!quoted) {
      return new QuotedContent(List.copyOf(adjusted), ClaimType.INDIRECT);
    }
    boolean exactlyOneQuote = adjusted.size() == 1
        && quotes.stream().anyMatch(q -> q.equals(newHull));
    return new QuotedContent(List.copyOf(adjusted), exactlyOneQuote ? ClaimType.DIRECT : ClaimType.MIXED);
  }
}
