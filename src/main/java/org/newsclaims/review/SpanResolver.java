package org.newsclaims.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.model.TextSpan;

/**
 * Finds the spans of a reviewer's edited cell in the article: within the claim's sentence, taken
 * as the paragraph (the line of text) that holds the claim's original spans; at the occurrence
 * nearest to the original span. A discontinuous content is found piece by piece (pieces separated
 * by {@link ClaimsCsv#PIECE_SEPARATOR}), each after the previous.
 *
 * <p>Matching forgives what spreadsheets and keyboards change: any run of white space matches any
 * run of white space, straight and typographic quotes match each other, and a leading apostrophe
 * (a spreadsheet's text marker) may be dropped. The resulting cell is cut from the article, so it
 * is exactly the article's text. Stateless and thread-safe.
 */
final class SpanResolver {
  private static final String DOUBLE_QUOTES = "\"“”„‟«»″";
  private static final String SINGLE_QUOTES = "'‘’‚‛′";

  /** The spans found, or why there are none. */
  record Resolution(Optional<List<TextSpan>> spans, String problem) {
    static Resolution found(List<TextSpan> spans) {
      return new Resolution(Optional.of(List.copyOf(spans)), "");
    }

    static Resolution failed(String problem) {
      return new Resolution(Optional.empty(), problem);
    }
  }

  private SpanResolver() {}

  /**
   * Resolves an edited cell.
   *
   * @param text the article (UTF-16)
   * @param cell the edited cell; blank means the role is absent
   * @param anchors the role's spans before the edit (may be empty)
   * @param fallbackAnchor where to look first when there are no anchors (UTF-16 offset)
   * @param window where the claim's sentence is: matches must lie inside
   */
  static Resolution resolve(String text, String cell, List<TextSpan> anchors, int fallbackAnchor, TextSpan window) {
    Objects.requireNonNull(text, "text");
    if (cell.isBlank()) {
      return Resolution.found(List.of());
    }
    List<String> variants = new ArrayList<>();
    variants.add(cell.strip());
    if (cell.strip().startsWith("'") && cell.strip().length() > 1) {
      variants.add(cell.strip().substring(1).strip());
    }
    Resolution last = null;
    for (String v : variants) {
      // The whole cell as one piece first: an article may itself contain " … ".
      last = pieces(text, List.of(v), anchors, fallbackAnchor, window);
      if (last.spans().isEmpty() && v.contains(ClaimsCsv.PIECE_SEPARATOR.strip())) {
        List<String> parts = new ArrayList<>();
        for (String p : v.split("\\s*" + Pattern.quote(ClaimsCsv.PIECE_SEPARATOR.strip()) + "\\s*")) {
          if (!p.isBlank()) {
            parts.add(p.strip());
          }
        }
        if (parts.size() > 1) {
          last = pieces(text, parts, anchors, fallbackAnchor, window);
        }
      }
      if (last.spans().isPresent()) {
        return last;
      }
    }
    return last;
  }

  private static Resolution pieces(String text, List<String> parts, List<TextSpan> anchors, int fallbackAnchor,
      TextSpan window) {
    List<TextSpan> found = new ArrayList<>();
    int from = window.start();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      int anchor = anchors.isEmpty() ? fallbackAnchor : anchors.get(Math.min(i, anchors.size() - 1)).start();
      if (i > 0) {
        anchor = Math.max(anchor, from);
      }
      Matcher m = pattern(part).matcher(text);
      List<TextSpan> candidates = new ArrayList<>();
      int pos = from;
      while (pos <= window.end()) {
        m.region(pos, window.end());
        if (!m.find()) {
          break;
        }
        if (m.end() > m.start()) {
          candidates.add(new TextSpan(m.start(), m.end()));
        }
        pos = m.start() + 1;
      }
      if (candidates.isEmpty()) {
        return Resolution.failed("'" + abbreviate(part) + "' is not in the claim's paragraph"
            + (i > 0 ? " after the previous piece" : ""));
      }
      TextSpan best = null;
      int bestDistance = Integer.MAX_VALUE;
      boolean tie = false;
      for (TextSpan c : candidates) {
        int d = Math.abs(c.start() - anchor);
        if (d < bestDistance) {
          best = c;
          bestDistance = d;
          tie = false;
        } else if (d == bestDistance) {
          tie = true;
        }
      }
      if (tie) {
        return Resolution.failed("'" + abbreviate(part) + "' occurs twice at the same distance from the original span");
      }
      found.add(best);
      from = best.end();
    }
    return Resolution.found(found);
  }

  /** A forgiving pattern for a piece of edited text. */
  static Pattern pattern(String piece) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < piece.length()) {
      int c = piece.codePointAt(i);
      int width = Character.charCount(c);
      String kind = Character.isWhitespace(c) || c == 0xA0 ? "\\s+"
          : DOUBLE_QUOTES.indexOf(c) >= 0 ? "[" + DOUBLE_QUOTES + "]"
          : SINGLE_QUOTES.indexOf(c) >= 0 ? "[" + SINGLE_QUOTES + "]"
          : null;
      if (kind == null) {
        literal.appendCodePoint(c);
        i += width;
        continue;
      }
      if (literal.length() > 0) {
        re.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
      }
      re.append(kind);
      i += width;
      if (kind.equals("\\s+")) {
        while (i < piece.length() && (Character.isWhitespace(piece.codePointAt(i)) || piece.charAt(i) == 0xA0)) {
          i += Character.charCount(piece.codePointAt(i));
        }
      }
    }
    if (literal.length() > 0) {
      re.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(re.toString(), Pattern.UNICODE_CHARACTER_CLASS);
  }

  /**
   * The claim's paragraph: from the line start before the earliest original offset to the line
   * end after the latest; the whole text when there are no original spans.
   */
  static TextSpan window(String text, List<TextSpan> original) {
    if (original.isEmpty()) {
      return new TextSpan(0, text.length());
    }
    int lo = original.stream().mapToInt(TextSpan::start).min().getAsInt();
    int hi = original.stream().mapToInt(TextSpan::end).max().getAsInt();
    int start = lo;
    while (start > 0 && !isLineBreak(text.charAt(start - 1))) {
      start--;
    }
    int end = Math.max(hi, start);
    while (end < text.length() && !isLineBreak(text.charAt(end))) {
      end++;
    }
    return new TextSpan(start, end);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
