package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key under which a gold cue is counted in the recall-by-cue table: the whole cue,
 * lower-cased, as its words joined by single spaces when it has one to {@value #MAX_WORDS} words
 * ("said", "called for", "according to"); the last word alone when it has more ("had been quoted
 * as saying" counts as "saying"); the stripped cue itself when it has no word (":", "—").
 * Punctuation is dropped. Stateless.
 */
final class CueHead {
  /** Longest cue counted as a whole. */
  static final int MAX_WORDS = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

  private CueHead() {}

  /** The key of a cue's text (discontinuous pieces joined by a space). */
  static String of(String cue) {
    List<String> words = words(cue);
    if (words.isEmpty()) {
      return cue.strip();
    }
    return words.size() <= MAX_WORDS ? String.join(" ", words) : words.get(words.size() - 1);
  }

  /** The words of a text, lower-cased (Locale.ROOT): runs of letters and digits, inner apostrophes kept. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
