package org.newsclaims.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The speaker a header line names for the bullets below it, as governments publish digests of TV
 * interviews: "Senator Ann Reyes on Weekend Report", then "- I believe ...", "- she said ...".
 * A pronoun on a bullet line (after blank lines and other bullets) takes the one person named
 * in the first line above that is no bullet, when that line is a header: it ends without the
 * punctuation that ends a sentence (a colon is allowed). Stateless.
 */
final class HeaderSpeaker {
  private static final Pattern BULLET = Pattern.compile("\\s*[-•*–—·▪]\\s.*", Pattern.DOTALL);
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…\"”’)]\\s*", Pattern.DOTALL);

  private HeaderSpeaker() {}

  /** The person the header above the bullet line holding {@code offset} names, if exactly one. */
  static Optional<String> above(String text, PersonIndex persons, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    if (!BULLET.matcher(line(text, lineStart)).matches()) {
      return Optional.empty();
    }
    while (lineStart > 0) {
      int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
      String line = line(text, previous);
      lineStart = previous;
      if (line.isBlank() || BULLET.matcher(line).matches()) {
        continue;
      }
      if (SENTENCE_END.matcher(line).matches()) {
        return Optional.empty();
      }
      Set<String> named = new TreeSet<>();
      int end = previous + line.length();
      for (PersonIndex.Mention m : persons.mentions()) {
        if (m.span().start() >= previous && m.span().end() <= end) {
          named.add(persons.canonical(m.name()));
        }
      }
      return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }
    return Optional.empty();
  }

  private static String line(String text, int start) {
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end).replace("\r", "");
  }
}
