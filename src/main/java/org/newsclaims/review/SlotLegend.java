package org.newsclaims.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One colour per frame slot kind on the review page, and the legend that lists them. The slots of
 * {@code models/frames.tsv} today have fixed colours, chosen apart from the speaker, cue and
 * content colours, whatever else the page shows; a slot a user adds as data gets a spare colour,
 * in name order among the added slots on the page (cycling when they run out). Colours are CSS hex
 * values of our own, never data. Stateless.
 */
final class SlotLegend {

  /**
   * A slot kind and its colours.
   *
   * @param fill the background of a highlighted value
   * @param line the underline of a highlighted value (a darker tone of {@code fill})
   */
  record Entry(String slot, String fill, String line) {}

  /** The slots of models/frames.tsv, in legend order, with their colours. */
  private static final Map<String, String[]> KNOWN = known();
  /** Colours for slots added as data. */
  private static final List<String[]> SPARE = List.of(
      new String[] {"#f3d0f7", "#8e24aa"}, new String[] {"#d7f0f5", "#00838f"},
      new String[] {"#efe6d0", "#6d5f2e"}, new String[] {"#f0d6d6", "#8d3b3b"});

  private SlotLegend() {}

  private static Map<String, String[]> known() {
    Map<String, String[]> m = new LinkedHashMap<>();
    m.put("place", new String[] {"#e3d3fa", "#7b3fc4"});
    m.put("action", new String[] {"#ffcdd2", "#c62828"});
    m.put("date", new String[] {"#b9ece6", "#00897b"});
    m.put("format", new String[] {"#fff0a0", "#b08d00"});
    m.put("participants", new String[] {"#e0e0e0", "#424242"});
    m.put("measure", new String[] {"#ffd0ea", "#ad1457"});
    m.put("target", new String[] {"#e9d9c6", "#795032"});
    m.put("imposer", new String[] {"#e6e9b8", "#827717"});
    return m;
  }

  /** The legend of these slot kinds: the known ones in their order, then the others by name. */
  static List<Entry> of(Collection<String> slots) {
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, String[]> k : KNOWN.entrySet()) {
      if (slots.contains(k.getKey())) {
        out.add(new Entry(k.getKey(), k.getValue()[0], k.getValue()[1]));
      }
    }
    int spare = 0;
    for (String s : new TreeSet<>(slots)) {
      if (!KNOWN.containsKey(s)) {
        String[] c = SPARE.get(spare++ % SPARE.size());
        out.add(new Entry(s, c[0], c[1]));
      }
    }
    return out;
  }
}
