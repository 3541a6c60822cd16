package org.newsclaims.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Named word lists loaded from {@code models/lexicons/NAME.txt}: one lower-case entry per
 * line, {@code #} starts a comment. Rules refer to them as {@code lemma@NAME}. Immutable.
 */
public final class Lexicons {
  private final Map<String, Set<String>> lists;

  private Lexicons(Map<String, Set<String>> lists) {
    this.lists = Map.copyOf(lists);
  }

  public static Lexicons of(Map<String, Set<String>> lists) {
    Map<String, Set<String>> copy = new TreeMap<>();
    lists.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    return new Lexicons(copy);
  }

  /** Loads every {@code *.txt} in a folder; the file name without extension is the list name. */
  public static Lexicons load(Path dir) throws IOException {
    Map<String, Set<String>> lists = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
        Set<String> entries = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (String line : lines) {
          String entry = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
          if (!entry.isEmpty()) {
            entries.add(entry);
          }
        }
        lists.put(name, entries);
      }
    }
    return of(lists);
  }

  /** The entries of a list; fails with the known names when the list does not exist. */
  public Set<String> get(String name) {
    Set<String> set = lists.get(name);
    if (set == null) {
      throw new IllegalArgumentException("unknown lexicon '" + name + "'; known: " + lists.keySet());
    }
    return set;
  }

  public boolean has(String name) {
    return lists.containsKey(name);
  }
}
