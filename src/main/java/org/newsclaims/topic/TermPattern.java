package org.newsclaims.topic;

import java.util.Locale;
import java.util.Set;

/**
 * One word of a topic trigger: {@code word} matches that word (case-insensitive),
 * {@code stem*} any word that starts with the stem, {@code a|b} any alternative,
 * {@code <Cap>} any capitalised word (a place or a name). Immutable.
 */
record TermPattern(Set<String> exact, Set<String> prefixes, boolean capitalised) {

  static TermPattern compile(String spec) {
    if (spec.equals("<Cap>")) {
      return new TermPattern(Set.of(), Set.of(), true);
    }
    Set<String> exact = new java.util.HashSet<>();
    Set<String> prefixes = new java.util.HashSet<>();
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
    return new TermPattern(Set.copyOf(exact), Set.copyOf(prefixes), false);
  }

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
