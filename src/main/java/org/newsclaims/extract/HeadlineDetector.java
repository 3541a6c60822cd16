package org.newsclaims.extract;

import java.util.List;
import java.util.Set;
import org.newsclaims.model.TextSpan;

/**
 * Finds lines that are titles, section headings or related-article headlines pasted into the
 * body: short lines that do not end as a sentence does, unless they are quoted speech (a line
 * opening with a quote mark and holding a quoted sentence: "“Fear.” ― Esther Tapia"). Claims found there are flagged so that
 * reviewers can filter them. Stateless.
 */
public final class HeadlineDetector {
  /** Longer lines are paragraphs whose final punctuation is missing, not headlines. */
  private static final int MAX_WORDS = 30;
  /** The longest speaker label before a colon ("Newsmax's White House correspondent Ed Henry"). */
  private static final int MAX_LABEL_WORDS = 6;
  private static final Set<String> LABEL_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de", "von", "van", "al", "bin");
  /** Marks a quoted line may open with, the closing curly one included (often misused). */
  private static final String OPENING_QUOTES = "\u201C\u201D\"\u2018\u00AB";

  public List<TextSpan> find(String text) {
    return TextLines.of(text).stream().filter(line -> isHeadline(line.cut(text))).toList();
  }

  static boolean isHeadline(String line) {
    int words = line.split("\\s+").length;
    if (words > MAX_WORDS || isQuotedSpeech(line) || isLabelledQuotation(line)) {
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

  /**
   * A line that opens with a quote mark and holds a quoted sentence ending inside its closing mark
   * (".”", "?”", "!”") is someone's speech, such as a vox-pop line signed "― Esther Tapia",
   * not a headline.
   */
  private static boolean isQuotedSpeech(String line) {
    if (line.isEmpty() || OPENING_QUOTES.indexOf(line.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '.' || c == '?' || c == '!' || c == '\u2026') && isClosing(line.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Lex Fridman: “What a great day ...”", "Gen. Jack Keane (ret.): “...”": a speaker's name of a
   * few capitalised words, a colon and a quotation is someone's speech in a digest of reactions.
   * A headline quoting someone has words of its own before the colon ("Trump slams Putin: “...”").
   */
  private static boolean isLabelledQuotation(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String after = line.substring(colon + 1).stripLeading();
    if (after.isEmpty() || OPENING_QUOTES.indexOf(after.charAt(0)) < 0) {
      return false;
    }
    String label = line.substring(0, colon).replaceAll("\\([^)]*\\)", " ").strip();
    String[] labelWords = label.isEmpty() ? new String[0] : label.split("\\s+");
    if (labelWords.length == 0 || labelWords.length > MAX_LABEL_WORDS) {
      return false;
    }
    for (String w : labelWords) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !LABEL_FUNCTION_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosing(char c) {
    // Opening curly marks too: a line ending in one ("were “Mostly False.“") misuses it as closing.
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
        || c == '\u00BB' || c == '\u201C' || c == '\u2018';
  }
}
