package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;

/** Counting is exact: one-to-one matching, duplicates on either side, n/a for empty denominators. */
class EvaluatorTest {
  private static final String TEXT = "Trump said land matters. Rubio said talks resume.";

  private static GoldAttribution gold(String id, int s0, int s1, int c0, int c1, int t0, int t1, String topic) {
    return new GoldAttribution(id, Optional.of(SpanSet.of(new TextSpan(s0, s1))), SpanSet.of(new TextSpan(c0, c1)),
        SpanSet.of(new TextSpan(t0, t1)), topic == null ? Set.of() : Set.of(topic), Optional.of("Donald Trump"));
  }

  private static Claim claim(int s0, int s1, int c0, int c1, int t0, int t1, String topic) {
    return new Claim("d", ClaimType.INDIRECT,
        Optional.of(new Speaker(new TextSpan(s0, s1), "Donald Trump", "")), Optional.of(new TextSpan(c0, c1)),
        List.of(new TextSpan(t0, t1)), topic == null ? List.of() : List.of(new TopicHit(topic, "land")),
        false, false, false, false, "say.ccomp", 0);
  }

  @Test
  void duplicatePredictionsNeverRaiseRecallAboveOne() {
    GoldDocument doc = new GoldDocument("d", TEXT, List.of(gold("E1", 0, 5, 6, 10, 11, 23, "territory")), List.of());
    Claim c = claim(0, 5, 6, 10, 11, 23, "territory");
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(doc, List.of(c, c, c))));
    assertEquals(OptionalDouble.of(1.0), r.attribution().recall());
    assertEquals(1.0 / 3, r.attribution().precision().getAsDouble(), 1e-9);
    assertEquals(OptionalDouble.of(1.0), r.roleExact().get("cue").recall());
    assertEquals(1, r.found().size());
  }

  @Test
  void duplicateGoldIsFoundOnlyOnce() {
    GoldDocument doc = new GoldDocument("d", TEXT, List.of(
        gold("E1", 0, 5, 6, 10, 11, 23, null), gold("E2", 0, 5, 6, 10, 11, 23, null)), List.of());
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(doc, List.of(claim(0, 5, 6, 10, 11, 23, null)))));
    assertEquals(0.5, r.attribution().recall().getAsDouble(), 1e-9);
    assertEquals(1.0, r.attribution().precision().getAsDouble(), 1e-9);
    assertEquals(1, r.errors().stream().filter(e -> e.kind().equals("false_negative")).count());
  }

  @Test
  void partialCreditIsTheShareOfOverlappingTokens() {
    GoldDocument doc = new GoldDocument("d", TEXT, List.of(gold("E1", 0, 5, 6, 10, 11, 23, null)), List.of());
    // Content "land" only: 1 of gold's 2 tokens.
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(doc, List.of(claim(0, 5, 6, 10, 11, 15, null)))));
    Prf partial = r.rolePartial().get("content");
    assertEquals(1.0, partial.precision().getAsDouble(), 1e-9);
    assertEquals(0.5, partial.recall().getAsDouble(), 1e-9);
    assertEquals(OptionalDouble.of(0.0), r.roleExact().get("content").f1());
    assertEquals(OptionalDouble.of(1.0), r.attribution().f1(), "overlap is enough for the attribution");
  }

  @Test
  void emptyDenominatorsAreNotApplicable() {
    GoldDocument doc = new GoldDocument("d", TEXT, List.of(), List.of());
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(doc, List.of())));
    assertTrue(r.attribution().precision().isEmpty());
    assertEquals("n/a", Prf.format(r.attribution().f1()));
    assertTrue(r.canonicalAccuracy().isEmpty());
  }

  @Test
  void topicsAndCanonicalNamesAreScoredOnMatches() {
    GoldDocument doc = new GoldDocument("d", TEXT, List.of(gold("E1", 0, 5, 6, 10, 11, 23, "territory")), List.of());
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(doc, List.of(claim(0, 5, 6, 10, 11, 23, "sanctions")))));
    assertEquals(OptionalDouble.of(0.0), r.topics().get("sanctions").precision());
    assertEquals(OptionalDouble.of(0.0), r.topics().get("territory").recall());
    assertEquals(OptionalDouble.of(1.0), r.canonicalAccuracy());
  }

  @Test
  void baselineComparisonNamesLostClaimsAndDrops() {
    Baseline old = new Baseline(java.util.Map.of("attribution_f1", OptionalDouble.of(0.80)), List.of("d#E1", "d#E2"), List.of());
    Baseline now = new Baseline(java.util.Map.of("attribution_f1", OptionalDouble.of(0.785)), List.of("d#E2", "d#E3"), List.of("d@x"));
    Baseline.Comparison c = old.compareWith(now);
    assertTrue(c.regressed());
    assertEquals(List.of("d#E1"), c.lost());
    assertEquals(List.of("d#E3"), c.gained());
    assertEquals(List.of("d@x"), c.newFalsePositives());
    Baseline within = new Baseline(java.util.Map.of("attribution_f1", OptionalDouble.of(0.795)), List.of(), List.of());
    assertTrue(!old.compareWith(within).regressed(), "a drop of 0.005 is within tolerance");
  }
}
