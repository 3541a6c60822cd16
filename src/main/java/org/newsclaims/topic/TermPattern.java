package org.newsclaims.topic;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One word of a topic trigger: {@code word} matches that word (case-insensitive),
 * {@code stem*} any word that starts with the stem, {@code a|b} any alternative,
 * {@code <Cap>} any capitalised word (a place or a name), {@code <place>} any gazetteer place
 * (several words: "Joint Base Elmendorf-Richardson", a leading "the" allowed) and
 * {@code <place:city|venue>} a place of those kinds or tags. Immutable.
 *
 * @param places for a place pattern, the kinds or tags wanted (empty: any); null otherwise
 */
record TermPattern(Set<String> exact, Set<String> prefixes, boolean capitalised, Set<String> places) {

  static TermPattern compile(String spec) {
    if (spec.equals("<Cap>")) {
      return new TermPattern(Set.of(), Set.of(), true, null);
    }
    if (spec.equals("<place>")) {
      return new TermPattern(Set.of(), Set.of(), false, Set.of());
    }
    if (spec.startsWith("<place:") && spec.endsWith(">")) {
      Set<String> wanted = Set.of(spec.substring(7, spec.length() - 1).split("\\|"));
      return new TermPattern(Set.of(), Set.of(), false, wanted);
    }
    Set<String> exact = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (String alt : spec.toLowerCase(Locale.ROOT).split("\\|")) {
      if (!alt.matches("[\\p{L}\\p{N}'’.-]+\\*?")) {
        throw new IllegalArgumentException("bad trigger word '" + alt + "'");
      }
      if (alt.endsWith("*")) {
        prefixes.add(alt.substring(0, alt.length() - 1));
      } else {
        exact.add(alt);
      }
    }
    return new TermPattern(Set.copyOf(exact), Set.copyOf(prefixes), false, null);
  }

  boolean isPlace() {
    return places != null;
  }

  /** For a one-word pattern: whether the word matches. */
  boolean matches(String word) {
    if (capitalised) {
      return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (exact.contains(w)) {
      return true;
    }
    for (String p : prefixes) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
