package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * The lines of a document (one line is one paragraph) as spans without surrounding white space,
 * and the tokens inside a span, for the finders that read a layout rather than a sentence.
 * UTF-16 offsets into the document text. Stateless.
 */
final class TextLines {
  private TextLines() {}

  /** The non-blank lines of the text, each trimmed of white space (no-break spaces included). */
  static List<TextSpan> of(String text) {
    List<TextSpan> lines = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      TextSpan line = trim(text, lineStart, lineEnd);
      if (!line.isEmpty()) {
        lines.add(line);
      }
      lineStart = lineEnd + 1;
    }
    return lines;
  }

  /** The tokens lying wholly inside the span, in text order, whatever sentences hold them. */
  static List<Token> tokensIn(DocumentContext context, TextSpan span) {
    List<Token> out = new ArrayList<>();
    List<Sentence> sentences = context.sentences();
    // The first sentence ending after the span's start, by binary search.
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < sentences.size() && sentences.get(i).span().start() < span.end(); i++) {
      for (Token t : sentences.get(i).tokens()) {
        if (span.contains(t.span())) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** [from, to) without surrounding white space, no-break spaces included; may be empty. */
  static TextSpan trim(String text, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && isBlank(text.charAt(a))) {
      a++;
    }
    while (b > a && isBlank(text.charAt(b - 1))) {
      b--;
    }
    return new TextSpan(a, b);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
