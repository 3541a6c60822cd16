package org.newsclaims.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Mode and frame-slot scores of an evaluation.
 *
 * <p>Modes: over matched attributions whose gold has a mode, the confusion table (gold mode to
 * predicted mode to count, modes in {@link org.newsclaims.model.ClaimMode} order) and the accuracy.
 * Slots: per {@code topic.slot} label, precision, recall and F1 with exact spans and with
 * overlapping spans, matched one-to-one, on matched attributions (the slots of a predicted claim
 * against those of the gold attribution it matched: the frame extractor apart from extraction
 * recall) and end to end (every predicted attribution's slots against every gold slot of the
 * article). Normalisation: among the slot pairs matched by overlap on matched attributions whose
 * gold has a normalised value, the share whose predicted value is the same (case and surrounding
 * white space ignored). Immutable.
 */
public record FrameScores(Map<String, Map<String, Integer>> modeConfusion, int modeCorrect, int modeTotal,
    Map<String, Prf> slotExact, Map<String, Prf> slotOverlap, Map<String, Prf> slotExactEndToEnd,
    Map<String, Prf> slotOverlapEndToEnd, int normalizedCorrect, int normalizedTotal) {

  public FrameScores {
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    modeConfusion.forEach((g, row) -> confusion.put(g, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
    modeConfusion = Collections.unmodifiableMap(confusion);
    slotExact = Collections.unmodifiableMap(new TreeMap<>(slotExact));
    slotOverlap = Collections.unmodifiableMap(new TreeMap<>(slotOverlap));
    slotExactEndToEnd = Collections.unmodifiableMap(new TreeMap<>(slotExactEndToEnd));
    slotOverlapEndToEnd = Collections.unmodifiableMap(new TreeMap<>(slotOverlapEndToEnd));
    if (modeCorrect > modeTotal || normalizedCorrect > normalizedTotal) {
      throw new IllegalArgumentException("more correct than counted");
    }
  }

  public OptionalDouble modeAccuracy() {
    return modeTotal == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) modeCorrect / modeTotal);
  }

  public OptionalDouble normalizationAccuracy() {
    return normalizedTotal == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) normalizedCorrect / normalizedTotal);
  }

  /** Micro-averaged counts over every label of a table. */
  public static Prf micro(Map<String, Prf> byLabel) {
    Prf sum = Prf.ZERO;
    for (Prf p : byLabel.values()) {
      sum = sum.plus(p);
    }
    return sum;
  }
}
