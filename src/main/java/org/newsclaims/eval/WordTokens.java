package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.TextSpan;

/**
 * The word tokens of a text (runs of letters and digits), the unit of partial credit: a span
 * covers the tokens it overlaps. Punctuation and quote marks carry no credit. Immutable.
 */
final class WordTokens {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private final List<TextSpan> tokens;

  WordTokens(String text) {
    List<TextSpan> list = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      list.add(new TextSpan(m.start(), m.end()));
    }
    tokens = List.copyOf(list);
  }

  BitSet covered(SpanSet spans) {
    BitSet set = new BitSet();
    for (TextSpan piece : spans.pieces()) {
      int lo = firstEndingAfter(piece.start());
      for (int i = lo; i < tokens.size() && tokens.get(i).start() < piece.end(); i++) {
        set.set(i);
      }
    }
    return set;
  }

  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
