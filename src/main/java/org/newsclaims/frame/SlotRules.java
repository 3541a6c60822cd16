package org.newsclaims.frame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.place.Gazetteer;
import org.newsclaims.text.DataLine;

/**
 * The slot rules of {@code models/frames.tsv}: {@code topic<TAB>slot<TAB>matcher<TAB>normalized}
 * lines, {@code #} comments. A matcher is one of
 * <ul>
 *   <li>{@code <place>} or {@code <place:K|K>}: a gazetteer place (of those kinds or tags);
 *       normalized: the gazetteer name ({@code -} in the last column); {@code <place:K|K after:w|w>}:
 *       only a place right after one of the words ("the" between them allowed: "in the Donbas");</li>
 *   <li>{@code <date>}: a day and month ("15 August", "August 15, 2025"), normalized to ISO,
 *       {@code XXXX} for an unknown year;</li>
 *   <li>{@code <names-after:w|w>}: capitalised names after one of the words, joined by "and" or
 *       commas ("between Trump and Putin");</li>
 *   <li>{@code <phrase-after:w|w>}: the words after one of the words up to punctuation or a
 *       clause word ("sanctions on Russian sovereign debt");</li>
 *   <li>{@code <names>}: a run of capitalised names ("the" before it kept: "the European Commission");</li>
 *   <li>words that must follow each other, each {@code word}, {@code stem*} or {@code a|b};
 *       normalized: the last column, {@code -} for none.</li>
 * </ul>
 * An {@code after:} entry may be several words ({@code after:war in|invasion of}). Any matcher may end
 * with {@code near:s|s} (the value within {@value #NEAR} words of a value of one of those slots of
 * the topic) or {@code before:s|s} (the value ending at most {@value #NEAR} words before one); those
 * rules run after the others, in file order.
 * Adding a topic or a slot is adding lines. A bad line fails the load with file:line. Immutable.
 */
public final class SlotRules {
  /** The file under {@code models/} that holds the slot rules. */
  public static final String FILE = "frames.tsv";

  /** How many words a {@code near:} or {@code before:} value may stand from its anchor slot. */
  static final int NEAR = 4;

  enum Kind { PLACE, DATE, NAMES_AFTER, PHRASE_AFTER, NAMES, WORDS }

  /** Where a rule's value must stand relative to the values of other slots of the topic. */
  enum Anchor { ANY, NEAR, BEFORE }

  /**
   * @param after for a place: the words (one or several) one of which must stand right before it ("the" skipped); empty for any
   * @param anchor with {@code anchorSlots}: the slots a value must stand near or before
   */
  record Rule(String id, String topic, String slot, Kind kind, Set<String> labels, List<List<String>> words,
      Optional<String> normalized, Set<String> after, Anchor anchor, Set<String> anchorSlots) {
    Rule(String id, String topic, String slot, Kind kind, Set<String> labels, List<List<String>> words,
        Optional<String> normalized, Set<String> after) {
      this(id, topic, slot, kind, labels, words, normalized, after, Anchor.ANY, Set.of());
    }

    Rule anchored(Anchor a, Set<String> slots) {
      return new Rule(id, topic, slot, kind, labels, words, normalized, after, a, Set.copyOf(slots));
    }
  }

  private static final Pattern ANCHOR_OPTION =
      Pattern.compile("\\s(near|before):([a-z][a-z0-9_|-]*)(?=>|$)");

  private final List<Rule> rules;
  private final Gazetteer places;

  private SlotRules(List<Rule> rules, Gazetteer places) {
    this.rules = List.copyOf(rules);
    this.places = places;
  }

  public static SlotRules load(Path file, Gazetteer places) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString(), places);
  }

  public static SlotRules parse(List<String> lines, String origin, Gazetteer places) {
    List<Rule> rules = new ArrayList<>();
    for (DataLine data : DataLine.of(lines, origin)) {
      String where = data.where();
      String[] c = data.cells();
      if (c.length != 4 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank() || c[3].isBlank()) {
        throw new IllegalArgumentException(where + ": expected 'topic<TAB>slot<TAB>matcher<TAB>normalized'");
      }
      String topic = c[0].strip();
      String slot = c[1].strip();
      if (!topic.matches("[a-z][a-z0-9_-]*") || !slot.matches("[a-z][a-z0-9_-]*")) {
        throw new IllegalArgumentException(where + ": topic and slot must be lower-case [a-z0-9_-]");
      }
      String m = c[2].strip();
      Anchor anchor = Anchor.ANY;
      Set<String> anchorSlots = Set.of();
      Matcher option = ANCHOR_OPTION.matcher(m);
      if (option.find()) {
        anchor = option.group(1).equals("near") ? Anchor.NEAR : Anchor.BEFORE;
        anchorSlots = Set.of(option.group(2).split("\\|"));
        m = (m.substring(0, option.start()) + m.substring(option.end())).strip();
      }
      int before = rules.size();
      Optional<String> norm = c[3].strip().equals("-") ? Optional.empty() : Optional.of(c[3].strip());
      if (m.equals("<date>")) {
        rules.add(new Rule(where, topic, slot, Kind.DATE, Set.of(), List.of(), norm, Set.of()));
      } else if (m.equals("<place>") || m.startsWith("<place:") && m.endsWith(">") || m.startsWith("<place after:")) {
        String inner = m.substring(1, m.length() - 1);
        Set<String> after = Set.of();
        int a = inner.indexOf(" after:");
        if (a >= 0) {
          after = Set.of(inner.substring(a + 7).toLowerCase(Locale.ROOT).split("\\|"));
          inner = inner.substring(0, a);
        }
        Set<String> labels = inner.equals("place") ? Set.of() : Set.of(inner.substring(6).split("\\|"));
        if (!places.labels().containsAll(labels)) {
          throw new IllegalArgumentException(where + ": '" + m + "' asks for a place kind or tag the gazetteer "
              + "does not have; known: " + places.labels());
        }
        rules.add(new Rule(where, topic, slot, Kind.PLACE, labels, List.of(), norm, after));
      } else if (m.startsWith("<names-after:") && m.endsWith(">")) {
        Set<String> after = new LinkedHashSet<>(List.of(m.substring(13, m.length() - 1).toLowerCase(Locale.ROOT).split("\\|")));
        rules.add(new Rule(where, topic, slot, Kind.NAMES_AFTER, after, List.of(), norm, Set.of()));
      } else if (m.startsWith("<phrase-after:") && m.endsWith(">")) {
        Set<String> after = new LinkedHashSet<>(List.of(m.substring(14, m.length() - 1).toLowerCase(Locale.ROOT).split("\\|")));
        rules.add(new Rule(where, topic, slot, Kind.PHRASE_AFTER, after, List.of(), norm, Set.of()));
      } else if (m.equals("<names>")) {
        rules.add(new Rule(where, topic, slot, Kind.NAMES, Set.of(), List.of(), norm, Set.of()));
      } else if (m.startsWith("<")) {
        throw new IllegalArgumentException(where + ": unknown matcher '" + m + "' (valid: <place>, <place:K>, <date>, <names-after:w>, <phrase-after:w>, <names>, words)");
      } else {
        List<List<String>> words = new ArrayList<>();
        for (String w : m.toLowerCase(Locale.ROOT).split("\\s+")) {
          List<String> alts = List.of(w.split("\\|"));
          for (String a : alts) {
            if (!a.matches("[\\p{L}\\p{N}'’.-]+\\*?")) {
              throw new IllegalArgumentException(where + ": bad word '" + a + "'");
            }
          }
          words.add(alts);
        }
        rules.add(new Rule(where, topic, slot, Kind.WORDS, Set.of(), List.copyOf(words), norm, Set.of()));
      }
      if (anchor != Anchor.ANY) {
        rules.set(before, rules.get(before).anchored(anchor, anchorSlots));
      }
    }
    return new SlotRules(rules, places);
  }

  List<Rule> rules() {
    return rules;
  }

  Gazetteer places() {
    return places;
  }

  /** The slot names of each topic, topics and slots in file order. */
  public Map<String, Set<String>> slots() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    rules.forEach(r -> out.computeIfAbsent(r.topic(), k -> new LinkedHashSet<>()).add(r.slot()));
    return out;
  }

  /** The topics that have slots. */
  public Set<String> topics() {
    Set<String> t = new LinkedHashSet<>();
    rules.forEach(r -> t.add(r.topic()));
    return t;
  }
}
