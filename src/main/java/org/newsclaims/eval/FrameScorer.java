package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.text.CodePointIndex;

/**
 * Accumulates the {@link FrameScores} of an evaluation: modes of matched attributions, and slots
 * matched one-to-one per {@code topic.slot} label (a duplicate predicted slot is a false positive,
 * never a second match). Not thread-safe; one per evaluation.
 */
final class FrameScorer {
  /** {tp, predicted, gold} per label. */
  private final Map<String, int[]> exact = new TreeMap<>();
  private final Map<String, int[]> overlap = new TreeMap<>();
  private final Map<String, int[]> exactAll = new TreeMap<>();
  private final Map<String, int[]> overlapAll = new TreeMap<>();
  private final Map<ClaimMode, Map<ClaimMode, Integer>> confusion = new TreeMap<>();
  private int modeCorrect;
  private int modeTotal;
  private int normalizedCorrect;
  private int normalizedTotal;

  /** What one matching of slots found: pred index to gold index, or -1. */
  private record Alignment(int[] predToGold) {}

  /**
   * Scores the mode and the slots of one matched pair; lists the errors.
   *
   * @param predicted the predicted claim's mode
   */
  void matched(String docId, GoldAttribution gold, ClaimMode predicted, List<PredictedSlot> slots, String text,
      CodePointIndex cp, List<EvalResult.ErrorRow> errors) {
    if (gold.mode().isPresent()) {
      modeTotal++;
      confusion.computeIfAbsent(gold.mode().get(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
      if (gold.mode().get() == predicted) {
        modeCorrect++;
      } else {
        errors.add(new EvalResult.ErrorRow("mode_mismatch", docId, "", gold.id(), "", gold.cue().text(text),
            gold.content().text(text), "", "predicted '" + predicted.label() + "', gold '" + gold.mode().get().label() + "'"));
      }
    }
    count(exact, gold.slots(), slots, true);
    Alignment a = count(overlap, gold.slots(), slots, false);
    boolean[] goldFound = new boolean[gold.slots().size()];
    for (int p = 0; p < slots.size(); p++) {
      PredictedSlot ps = slots.get(p);
      String where = ps.label() + "=" + cp.toCodePoint(ps.span().start()) + "-" + cp.toCodePoint(ps.span().end());
      if (a.predToGold()[p] < 0) {
        errors.add(error("slot_fp", docId, gold.id(), ps.span().cut(text), where, ps.normalized().orElse("")));
        continue;
      }
      GoldSlot gs = gold.slots().get(a.predToGold()[p]);
      goldFound[a.predToGold()[p]] = true;
      if (gs.normalized().isPresent()) {
        normalizedTotal++;
        if (ps.normalized().map(FrameScorer::fold).equals(gs.normalized().map(FrameScorer::fold))) {
          normalizedCorrect++;
        } else {
          errors.add(error("slot_normalization", docId, gold.id(), ps.span().cut(text), where,
              "predicted '" + ps.normalized().orElse("") + "', gold '" + gs.normalized().get() + "'"));
        }
      }
    }
    for (int g = 0; g < goldFound.length; g++) {
      if (!goldFound[g]) {
        GoldSlot gs = gold.slots().get(g);
        errors.add(error("slot_fn", docId, gold.id() + "/" + gs.id(), gs.span().cut(text), gs.label() + "="
            + cp.toCodePoint(gs.span().start()) + "-" + cp.toCodePoint(gs.span().end()), gs.normalized().orElse("")));
      }
    }
  }

  /** Scores every predicted attribution slot of an article against every gold slot of it. */
  void article(List<GoldSlot> gold, List<PredictedSlot> predicted) {
    count(exactAll, gold, predicted, true);
    count(overlapAll, gold, predicted, false);
  }

  FrameScores result() {
    Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
    confusion.forEach((g, row) -> {
      Map<String, Integer> r = new LinkedHashMap<>();
      row.forEach((p, n) -> r.put(p.label(), n));
      table.put(g.label(), r);
    });
    return new FrameScores(table, modeCorrect, modeTotal, prfs(exact), prfs(overlap), prfs(exactAll),
        prfs(overlapAll), normalizedCorrect, normalizedTotal);
  }

  private static Map<String, Prf> prfs(Map<String, int[]> counts) {
    Map<String, Prf> out = new TreeMap<>();
    counts.forEach((label, c) -> out.put(label, Prf.exact(c[0], c[1], c[2])));
    return out;
  }

  /** Matches one-to-one within labels (larger overlap first) and adds the counts. */
  private static Alignment count(Map<String, int[]> counts, List<GoldSlot> gold, List<PredictedSlot> predicted,
      boolean exactSpans) {
    int[] m = OneToOne.match(predicted.size(), gold.size(), (p, g) -> {
      PredictedSlot ps = predicted.get(p);
      GoldSlot gs = gold.get(g);
      if (!ps.label().equals(gs.label())) {
        return 0;
      }
      if (exactSpans) {
        return ps.span().equals(gs.span()) ? 1 : 0;
      }
      return ps.span().overlaps(gs.span()) ? 1 + shared(ps, gs) : 0;
    });
    for (PredictedSlot ps : predicted) {
      counts.computeIfAbsent(ps.label(), k -> new int[3])[1]++;
    }
    for (GoldSlot gs : gold) {
      counts.computeIfAbsent(gs.label(), k -> new int[3])[2]++;
    }
    for (int p = 0; p < m.length; p++) {
      if (m[p] >= 0) {
        counts.get(predicted.get(p).label())[0]++;
      }
    }
    return new Alignment(m);
  }

  private static int shared(PredictedSlot p, GoldSlot g) {
    return Math.min(p.span().end(), g.span().end()) - Math.max(p.span().start(), g.span().start());
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static EvalResult.ErrorRow error(String kind, String docId, String goldId, String value, String spans,
      String detail) {
    return new EvalResult.ErrorRow(kind, docId, "", goldId, "", "", value, spans, detail);
  }

  /** The predicted slots of the claims kept for scoring, by claim, in the order of {@code kept}. */
  static <T> List<List<PredictedSlot>> byClaim(List<T> kept, List<T> predictions, List<PredictedSlot> slots) {
    Map<T, List<PredictedSlot>> byIdentity = new java.util.IdentityHashMap<>();
    for (PredictedSlot s : slots) {
      byIdentity.computeIfAbsent(predictions.get(s.claimIndex()), k -> new ArrayList<>()).add(s);
    }
    List<List<PredictedSlot>> out = new ArrayList<>();
    for (T k : kept) {
      out.add(List.copyOf(Optional.ofNullable(byIdentity.get(k)).orElse(List.of())));
    }
    return out;
  }
}
