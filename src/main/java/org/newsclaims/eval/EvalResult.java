package org.newsclaims.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Scores of one evaluation over a gold corpus: micro-averaged counts per role, attribution,
 * unattributed statements and topic (over all gold and predictions, and over matched pairs only,
 * which measures the topic classifier apart from extraction recall); canonical-name accuracy; precision and recall per rule; a
 * per-article table; every error; the keys of the gold attributions found, for regression diffs;
 * and attribution recall by the gold's {@link Construction} (label to count, in enum order) and by
 * its {@link CueHead} (most frequent first); whether the gold is univocal and how many nested
 * predictions were set aside for it ({@link GoldConvention}); mode and frame-slot scores
 * ({@link FrameScores}). Immutable.
 */
public record EvalResult(
    Map<String, Prf> roleExact,
    Map<String, Prf> rolePartial,
    Prf attribution,
    Prf attributionStrict,
    Prf unattributed,
    Map<String, Prf> topics,
    Map<String, Prf> topicsOnMatched,
    int canonicalCorrect,
    int canonicalTotal,
    Map<String, RuleCount> rules,
    List<DocScore> documents,
    List<ErrorRow> errors,
    List<String> found,
    List<String> falsePositives,
    Map<String, RecallCount> recallByConstruction,
    Map<String, RecallCount> recallByCue,
    boolean univocalGold,
    int nestedSetAside,
    FrameScores frames) {

  public static final List<String> ROLES = List.of("source", "cue", "content");

  public EvalResult {
    recallByConstruction = Collections.unmodifiableMap(new LinkedHashMap<>(recallByConstruction));
    recallByCue = Collections.unmodifiableMap(new LinkedHashMap<>(recallByCue));
  }

  /**
   * Claims a rule produced, how many of them match gold, and how many gold items its claims
   * compete for: all gold attributions for an attribution rule, all gold statements for the
   * unattributed rule. Matching is one-to-one, so {@code correct} is also the number of gold
   * items the rule found, and the recalls of the attribution rules sum to the attribution recall.
   */
  public record RuleCount(int produced, int correct, int gold) {
    public OptionalDouble precision() {
      return produced == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / produced);
    }

    public OptionalDouble recall() {
      return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / gold);
    }
  }

  /** Gold attributions of one kind and how many of them were found. */
  public record RecallCount(int gold, int found) {
    public RecallCount {
      if (found < 0 || found > gold) {
        throw new IllegalArgumentException("found " + found + " of " + gold);
      }
    }

    public OptionalDouble recall() {
      return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) found / gold);
    }
  }

  /** One article's attribution scores. */
  public record DocScore(String docId, Prf attribution, Prf attributionStrict, Prf unattributed) {}

  /**
   * One false positive or false negative (or a wrong canonical name), with spans in code points.
   *
   * @param kind false_positive, false_negative, unattributed_fp, unattributed_fn, wrong_canonical,
   *     topic_mismatch (a matched attribution whose topics differ), mode_mismatch (a matched
   *     attribution whose mode differs), slot_fp and slot_fn (slots of matched attributions, by
   *     overlap), slot_normalization (a matched slot whose normalised value differs)
   */
  public record ErrorRow(String kind, String docId, String ruleId, String goldId, String speaker,
      String cue, String content, String spans, String detail) {}

  public OptionalDouble canonicalAccuracy() {
    return canonicalTotal == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) canonicalCorrect / canonicalTotal);
  }

  /** Micro-averaged topic counts over matched attributions and statements only. */
  public Prf topicsOnMatchedMicro() {
    Prf sum = Prf.ZERO;
    for (Prf p : topicsOnMatched.values()) {
      sum = sum.plus(p);
    }
    return sum;
  }

  /** Micro-averaged F1 over all topics. */
  public Prf topicsMicro() {
    Prf sum = Prf.ZERO;
    for (Prf p : topics.values()) {
      sum = sum.plus(p);
    }
    return sum;
  }

  /** Mean of the per-article attribution F1 where it is defined. */
  public OptionalDouble macroAttributionF1() {
    return documents.stream().map(d -> d.attribution().f1()).filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).average();
  }

  /** The headline figures the regression gate watches, by stable name. */
  public Map<String, OptionalDouble> headline() {
    Map<String, OptionalDouble> h = new LinkedHashMap<>();
    h.put("attribution_f1", attribution.f1());
    h.put("attribution_strict_f1", attributionStrict.f1());
    for (String role : ROLES) {
      h.put(role + "_exact_f1", roleExact.get(role).f1());
      h.put(role + "_partial_f1", rolePartial.get(role).f1());
    }
    h.put("unattributed_f1", unattributed.f1());
    h.put("topic_micro_f1", topicsMicro().f1());
    h.put("canonical_accuracy", canonicalAccuracy());
    h.put("mode_accuracy", frames.modeAccuracy());
    h.put("slot_overlap_f1", FrameScores.micro(frames.slotOverlap()).f1());
    return h;
  }
}
