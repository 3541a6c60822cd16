package org.newsclaims.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.model.TextSpan;
import org.newsclaims.text.CodePointIndex;

/**
 * Reads and writes a row's role spans: offsets in code points ({@code ;}-separated for a
 * discontinuous content) against the article's UTF-16 text, and the cell cut from them.
 * Stateless.
 */
final class RowSpans {
  private RowSpans() {}

  /** Offsets that cannot be read or do not fit the article. */
  static final class BadOffsetsException extends Exception {
    private static final long serialVersionUID = 1L;

    BadOffsetsException(String message) {
      super(message);
    }
  }

  /** The role's spans (UTF-16), in row order; empty when the role has no offsets. */
  static List<TextSpan> parse(ClaimsTable.Row row, Role role, CodePointIndex cp) throws BadOffsetsException {
    String starts = row.get(role.startColumn()).strip();
    String ends = row.get(role.endColumn()).strip();
    if (starts.isEmpty() && ends.isEmpty()) {
      return List.of();
    }
    List<Integer> s;
    List<Integer> e;
    try {
      s = ClaimsColumn.parseOffsets(starts);
      e = ClaimsColumn.parseOffsets(ends);
    } catch (NumberFormatException x) {
      throw new BadOffsetsException(role.cell() + " offsets '" + starts + "' / '" + ends + "' are not numbers");
    }
    if (s.size() != e.size()) {
      throw new BadOffsetsException(role.cell() + " has " + s.size() + " starts but " + e.size() + " ends");
    }
    List<TextSpan> spans = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      int a = s.get(i);
      int b = e.get(i);
      if (a < 0 || b < a || b > cp.codePointLength()) {
        throw new BadOffsetsException(role.cell() + " span " + a + "-" + b + " outside the article ("
            + cp.codePointLength() + " code points)");
      }
      spans.add(cp.fromCodePoints(a, b));
    }
    return spans;
  }

  /** The cell for spans: the pieces' text joined by {@link ClaimsCsv#PIECE_SEPARATOR}. */
  static String cut(List<TextSpan> spans, String text) {
    return spans.stream().map(p -> p.cut(text)).collect(Collectors.joining(ClaimsCsv.PIECE_SEPARATOR));
  }

  /** Whether the row's cell for a role is exactly what its offsets cut (both blank counts). */
  static boolean verifies(ClaimsTable.Row row, Role role, String text, CodePointIndex cp) {
    try {
      return cut(parse(row, role, cp), text).equals(row.get(role.cell()));
    } catch (BadOffsetsException e) {
      return false;
    }
  }

  /** Whether every role of a row verifies. */
  static boolean verifies(ClaimsTable.Row row, String text, CodePointIndex cp) {
    for (Role r : Role.values()) {
      if (!verifies(row, r, text, cp)) {
        return false;
      }
    }
    return true;
  }

  /** The three cells of a role for spans. */
  static Map<String, String> cells(Role role, List<TextSpan> spans, String text, CodePointIndex cp) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(role.cell(), cut(spans, text));
    m.put(role.startColumn(), spans.stream().map(p -> Integer.toString(cp.toCodePoint(p.start())))
        .collect(Collectors.joining(";")));
    m.put(role.endColumn(), spans.stream().map(p -> Integer.toString(cp.toCodePoint(p.end())))
        .collect(Collectors.joining(";")));
    return m;
  }

  /** Offsets as code point pairs, for the page; empty on bad offsets. */
  static List<int[]> codePoints(ClaimsTable.Row row, Role role, CodePointIndex cp) {
    try {
      List<int[]> out = new ArrayList<>();
      for (TextSpan s : parse(row, role, cp)) {
        out.add(new int[] {cp.toCodePoint(s.start()), cp.toCodePoint(s.end())});
      }
      return out;
    } catch (BadOffsetsException e) {
      return List.of();
    }
  }
}
