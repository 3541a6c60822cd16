package org.newsclaims.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms an article defines itself, "the Korean Central News Agency (KCNA)": a speaker written
 * as the acronym ("KCNA said") takes the full name. The full name is the run of capitalised words
 * (with "of", "for", "and", "the" inside) right before the parenthesis whose initials spell the
 * acronym. Stateless.
 */
final class Acronyms {
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&]{1,7}");

  private Acronyms() {}

  /** The full name of an upper-case acronym defined in the text, if the text defines it. */
  static Optional<String> expand(String text, String written) {
    String acronym = written.strip();
    if (acronym.startsWith("the ")) {
      acronym = acronym.substring(4);
    }
    if (!ACRONYM.matcher(acronym).matches()) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("((?:[A-Z][\\w'’.-]*\\s+(?:(?:of|for|and|the|on)\\s+)*)+)\\(" + Pattern.quote(acronym) + "\\)")
        .matcher(text);
    while (m.find()) {
      String[] words = m.group(1).strip().split("\\s+");
      StringBuilder initials = new StringBuilder();
      for (String w : words) {
        if (Character.isUpperCase(w.charAt(0))) {
          initials.append(w.charAt(0));
        }
      }
      String letters = acronym.replace("&", "");
      String all = initials.toString();
      // The acronym's letters are the initials of the last words of the run.
      if (all.endsWith(letters)) {
        int keep = letters.length();
        int from = words.length;
        for (int i = words.length - 1; i >= 0 && keep > 0; i--) {
          if (Character.isUpperCase(words[i].charAt(0))) {
            keep--;
          }
          from = i;
        }
        return Optional.of(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
      }
    }
    return Optional.empty();
  }
}
