package org.newsclaims.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.TextSpan;

/**
 * A word of a passage as topic triggers, modes and frame slots see it: letters and digits with
 * inner apostrophes, dots and hyphens; a possessive ending ("Ukraine’s") is left off the word and
 * its span. Spans are UTF-16 offsets into the article text. Immutable.
 *
 * @param text the word as written, without a possessive ending
 * @param span where it stands in the article text
 * @param possessive whether the word carried a possessive ending in the text
 */
public record Word(String text, TextSpan span, boolean possessive) {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  private static final Pattern POSSESSIVE = Pattern.compile("(['’]s|['’])$");

  /** The words of the text covered by the spans, in order. */
  public static List<Word> split(String text, List<TextSpan> spans) {
    List<Word> words = new ArrayList<>();
    for (TextSpan s : spans) {
      Matcher m = WORD.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        String w = m.group();
        String bare = POSSESSIVE.matcher(w).replaceFirst("");
        words.add(new Word(bare, new TextSpan(m.start(), m.start() + bare.length()), bare.length() < w.length()));
      }
    }
    return words;
  }

  /** The words of the whole text. */
  public static List<Word> split(String text) {
    return split(text, List.of(new TextSpan(0, text.length())));
  }
}
