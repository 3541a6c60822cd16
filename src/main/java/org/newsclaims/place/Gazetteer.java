package org.newsclaims.place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsclaims.model.TextSpan;

/**
 * Places by name and variant, from {@code models/places.tsv}.
 *
 * <p>Format: {@code name<TAB>kind<TAB>variants<TAB>tags} lines, {@code #} comments; {@code kind}
 * is one of {@link PlaceKind} in lower case; {@code variants} and {@code tags} are
 * {@code |}-separated or {@code -} for none (the tags column may be left out). Names and variants
 * match whole words, case-insensitively (a variant in capitals, "US", only in capitals), the longest first; a possessive ending is ignored
 * ("Ukraine’s" is Ukraine). A bad line fails the load with file:line. Immutable, thread-safe.
 */
public final class Gazetteer {
  public static final Gazetteer EMPTY = new Gazetteer(Map.of(), Set.of());

  /** An all-capitals variant ("US", "DPR") matches only as written, so that "us" is no country. */
  private record Entry(List<String> words, Place place, boolean capitals) {}

  /** Entries by their first lower-case word, longest first. */
  private final Map<String, List<Entry>> byFirstWord;
  private final Set<String> labels;

  private Gazetteer(Map<String, List<Entry>> byFirstWord, Set<String> labels) {
    this.byFirstWord = byFirstWord;
    this.labels = labels;
  }

  public static Gazetteer load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  public static Gazetteer parse(List<String> lines, String origin) {
    Map<String, List<Entry>> index = new HashMap<>();
    Set<String> labels = new TreeSet<>();
    for (PlaceKind k : PlaceKind.values()) {
      labels.add(k.label());
    }
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = origin + ":" + (n + 1);
      String[] cells = line.split("\t");
      if (cells.length < 3 || cells.length > 4 || cells[0].isBlank()) {
        throw new IllegalArgumentException(where + ": expected 'name<TAB>kind<TAB>variants[<TAB>tags]'");
      }
      PlaceKind kind = kind(cells[1].strip(), where);
      Set<String> tags = new TreeSet<>(list(cells.length > 3 ? cells[3] : "-"));
      for (String t : tags) {
        if (!t.matches("[a-z][a-z0-9_-]*")) {
          throw new IllegalArgumentException(where + ": tag '" + t + "' must be lower-case [a-z0-9_-]");
        }
      }
      labels.addAll(tags);
      Place place = new Place(cells[0].strip(), kind, tags);
      List<String> names = new ArrayList<>(List.of(place.name()));
      names.addAll(list(cells[2]));
      for (String name : names) {
        List<String> words = Word.split(name).stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
          throw new IllegalArgumentException(where + ": name '" + name + "' has no words");
        }
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
        index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(words, place, capitals));
      }
    }
    index.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt((Entry e) -> -e.words().size())).toList());
    return new Gazetteer(Map.copyOf(index), Set.copyOf(labels));
  }

  private static PlaceKind kind(String cell, String where) {
    for (PlaceKind k : PlaceKind.values()) {
      if (k.label().equals(cell)) {
        return k;
      }
    }
    throw new IllegalArgumentException(where + ": kind '" + cell + "' is not one of country, region, city, venue");
  }

  private static List<String> list(String cell) {
    String c = cell.strip();
    if (c.equals("-") || c.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : c.split("\\|")) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }

  /** Every kind and tag the file uses: what a trigger may ask for with {@code <place:LABEL>}. */
  public Set<String> labels() {
    return labels;
  }

  /**
   * The longest place whose name starts at word {@code i}, a leading "the" skipped.
   * {@code wanted} keeps only places of these kinds or tags (empty: any place).
   */
  public Optional<PlaceMatch> matchAt(List<Word> words, int i, Set<String> wanted) {
    int start = i < words.size() && words.get(i).text().equalsIgnoreCase("the") ? i + 1 : i;
    if (start >= words.size()) {
      return Optional.empty();
    }
    for (Entry e : byFirstWord.getOrDefault(words.get(start).text().toLowerCase(Locale.ROOT), List.of())) {
      if (start + e.words().size() > words.size() || !(wanted.isEmpty() || wanted.stream().anyMatch(e.place()::is))) {
        continue;
      }
      boolean same = !e.capitals() || words.get(start).text().equals(words.get(start).text().toUpperCase(Locale.ROOT));
      for (int k = 1; k < e.words().size() && same; k++) {
        same = words.get(start + k).text().toLowerCase(Locale.ROOT).equals(e.words().get(k));
      }
      if (same) {
        int last = start + e.words().size() - 1;
        return Optional.of(new PlaceMatch(e.place(), start, e.words().size(),
            new TextSpan(words.get(start).span().start(), words.get(last).span().end())));
      }
    }
    return Optional.empty();
  }

  /** Every place in the words, left to right, longest first, not overlapping. */
  public List<PlaceMatch> findAll(List<Word> words) {
    List<PlaceMatch> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      Optional<PlaceMatch> m = matchAt(words, i, Set.of());
      if (m.isPresent() && m.get().firstWord() == i) {
        out.add(m.get());
        i += m.get().wordCount();
      } else {
        i++;
      }
    }
    return out;
  }
}
