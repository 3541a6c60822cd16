package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.TextSpan;

/** One role's span, possibly discontinuous: pieces in text order (UTF-16). Immutable. */
public record SpanSet(List<TextSpan> pieces) {
  public SpanSet {
    List<TextSpan> sorted = new ArrayList<>(pieces);
    sorted.sort(null);
    pieces = List.copyOf(sorted);
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("a span set needs at least one piece");
    }
  }

  public static SpanSet of(TextSpan span) {
    return new SpanSet(List.of(span));
  }

  public boolean overlaps(SpanSet other) {
    for (TextSpan a : pieces) {
      for (TextSpan b : other.pieces) {
        if (a.overlaps(b)) {
          return true;
        }
      }
    }
    return false;
  }

  public TextSpan hull() {
    return new TextSpan(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
  }

  /** The pieces' text joined by a single space: for matching words across a gap. */
  public String joinedText(String doc) {
    StringBuilder b = new StringBuilder();
    for (TextSpan p : pieces) {
      b.append(b.length() == 0 ? "" : " ").append(p.cut(doc));
    }
    return b.toString();
  }

  /** The pieces' text joined by " … ", for people. */
  public String text(String doc) {
    StringBuilder b = new StringBuilder();
    for (TextSpan p : pieces) {
      b.append(b.length() == 0 ? "" : " … ").append(p.cut(doc));
    }
    return b.toString();
  }
}
