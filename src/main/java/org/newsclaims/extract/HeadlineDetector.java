package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.TextSpan;

/**
 * Finds lines that are titles, section headings or related-article headlines pasted into the
 * body: short lines that do not end as a sentence does. Claims found there are flagged so that
 * reviewers can filter them. Stateless.
 */
public final class HeadlineDetector {
  /** Longer lines are paragraphs whose final punctuation is missing, not headlines. */
  private static final int MAX_WORDS = 30;

  public List<TextSpan> find(String text) {
    List<TextSpan> headlines = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && isHeadline(trimmed)) {
        int lead = line.indexOf(trimmed);
        headlines.add(new TextSpan(lineStart + lead, lineStart + lead + trimmed.length()));
      }
      lineStart = lineEnd + 1;
    }
    return List.copyOf(headlines);
  }

  static boolean isHeadline(String line) {
    int words = line.split("\\s+").length;
    if (words > MAX_WORDS) {
      return false;
    }
    int end = line.length();
    while (end > 0 && isClosing(line.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return true;
    }
    char last = line.charAt(end - 1);
    boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '\u2026'
        || last == ':' || last == ';' || last == ',';
    return !sentenceEnd;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
        || c == '\u00BB';
  }
}
