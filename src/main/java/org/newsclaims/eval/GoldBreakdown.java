package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts gold attributions and those found (matched one-to-one, as the headline attribution
 * score matches) by {@link Construction} and by {@link CueHead}. Fill it with {@link #add}, then
 * read the immutable tables. Not thread-safe; one per evaluation.
 */
final class GoldBreakdown {
  private final Map<Construction, int[]> constructions = new TreeMap<>();
  private final Map<String, int[]> cues = new TreeMap<>();

  /** Counts one gold attribution of an article with text {@code text}. */
  void add(GoldAttribution gold, String text, boolean found) {
    count(constructions.computeIfAbsent(Construction.classify(gold, text), k -> new int[2]), found);
    count(cues.computeIfAbsent(CueHead.of(gold.cue().joinedText(text)), k -> new int[2]), found);
  }

  private static void count(int[] c, boolean found) {
    c[0]++;
    if (found) {
      c[1]++;
    }
  }

  /** Every construction by its label, in {@link Construction} order, zero rows included. */
  Map<String, EvalResult.RecallCount> byConstruction() {
    Map<String, EvalResult.RecallCount> out = new LinkedHashMap<>();
    for (Construction c : Construction.values()) {
      int[] n = constructions.getOrDefault(c, new int[2]);
      out.put(c.label(), new EvalResult.RecallCount(n[0], n[1]));
    }
    return out;
  }

  /** Every cue key, most frequent in gold first, ties in key order. */
  Map<String, EvalResult.RecallCount> byCue() {
    List<Map.Entry<String, int[]>> entries = new ArrayList<>(cues.entrySet());
    entries.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
        .thenComparing(Map.Entry::getKey));
    Map<String, EvalResult.RecallCount> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), new EvalResult.RecallCount(e.getValue()[0], e.getValue()[1])));
    return out;
  }
}
