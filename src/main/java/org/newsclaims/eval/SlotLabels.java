package org.newsclaims.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The frame slots gold may annotate, by topic, and their BRAT entity types: the type of a slot is
 * the topic with a capital first letter, a hyphen and the slot name ({@code Territory-place},
 * {@code Venue-date}); in an attribution event the slot is an argument of the same role name
 * ({@code Territory-place:T40}, repeated as {@code Territory-place2:T41}). {@link #GUIDELINE} is
 * the table of corpus/GUIDELINES.md section 10 (the slots of {@code models/frames.tsv}); a folder
 * whose models add topics or slots as data reads its gold with {@link #with}. Immutable.
 */
public record SlotLabels(Map<String, Set<String>> slotsByTopic) {
  /** The slots of the guideline (and of the bundled {@code models/frames.tsv}). */
  public static final SlotLabels GUIDELINE = new SlotLabels(Map.of(
      "territory", Set.of("place", "action"),
      "sanctions", Set.of("measure", "target", "imposer", "action"),
      "venue", Set.of("place", "date", "participants", "format"),
      "ceasefire", Set.of("action", "place"),
      "security", Set.of("action", "place")));

  /** A topic and one of its slots. */
  public record Label(String topic, String slot) {}

  public SlotLabels {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    for (String t : new TreeSet<>(slotsByTopic.keySet())) {
      copy.put(t, Collections.unmodifiableSet(new TreeSet<>(slotsByTopic.get(t))));
    }
    slotsByTopic = Collections.unmodifiableMap(copy);
  }

  /** These labels and those of {@code more} (the slots a models folder's frames.tsv defines). */
  public SlotLabels with(Map<String, Set<String>> more) {
    Map<String, Set<String>> all = new LinkedHashMap<>();
    slotsByTopic.forEach((t, s) -> all.put(t, new LinkedHashSet<>(s)));
    more.forEach((t, s) -> all.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(s));
    return new SlotLabels(all);
  }

  /** The BRAT entity type of a slot: {@code Territory-place}. */
  public static String type(String topic, String slot) {
    return topic.substring(0, 1).toUpperCase(Locale.ROOT) + topic.substring(1) + "-" + slot;
  }

  /** The scoring label of a slot: {@code territory.place}. */
  public static String label(String topic, String slot) {
    return topic + "." + slot;
  }

  /** The topic and slot of a BRAT type, if it is one of these labels. */
  public Optional<Label> of(String type) {
    for (var e : slotsByTopic.entrySet()) {
      for (String slot : e.getValue()) {
        if (type(e.getKey(), slot).equals(type)) {
          return Optional.of(new Label(e.getKey(), slot));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a BRAT type has the form of a slot type (a capitalised word, a hyphen, a lower-case
   * word), known or not: such a type that {@link #of} does not know is an error in gold.
   */
  static boolean looksLikeSlot(String type) {
    return type.matches("[A-Z][a-z0-9_]*-[a-z][a-z0-9_-]*");
  }

  /** Every BRAT slot type, sorted: for messages and annotation.conf. */
  public List<String> types() {
    Set<String> out = new TreeSet<>();
    slotsByTopic.forEach((t, slots) -> slots.forEach(s -> out.add(type(t, s))));
    return List.copyOf(out);
  }
}
