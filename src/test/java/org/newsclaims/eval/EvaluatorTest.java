package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

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
  void againstUnivocalGoldNestedPredictionsAreSetAsideAndOtherwiseScored() {
    // "Trump said land matters": a prediction whose cue ("land") lies inside the content of
    // another ("land matters") is nested.
    Claim outer = claim(0, 5, 6, 10, 11, 23, null);
    Claim nested = claim(0, 5, 11, 15, 16, 23, null);
    List<Evaluator.Item> univocal = new java.util.ArrayList<>();
    for (int i = 0; i < GoldConvention.MIN_ATTRIBUTIONS; i++) {
      GoldDocument doc = new GoldDocument("d" + i, TEXT, List.of(gold("E1", 0, 5, 6, 10, 11, 23, null)), List.of());
      univocal.add(new Evaluator.Item(doc, i == 0 ? List.of(outer, nested) : List.of(outer)));
    }
    EvalResult r = new Evaluator().evaluate(univocal);
    assertTrue(r.univocalGold());
    assertEquals(1, r.nestedSetAside());
    assertEquals(OptionalDouble.of(1.0), r.attribution().precision());

    GoldDocument withNested = new GoldDocument("d0", TEXT, List.of(gold("E1", 0, 5, 6, 10, 11, 23, null),
        gold("E2", 0, 5, 11, 15, 16, 23, null)), List.of());
    List<Evaluator.Item> items = new java.util.ArrayList<>(univocal);
    items.set(0, new Evaluator.Item(withNested, List.of(outer, nested)));
    EvalResult nestedGold = new Evaluator().evaluate(items);
    assertEquals(false, nestedGold.univocalGold(), "gold with a nested attribution follows our guideline");
    assertEquals(0, nestedGold.nestedSetAside());
    assertEquals(OptionalDouble.of(1.0), nestedGold.attribution().recall(), "the nested gold is found");

    EvalResult small = new Evaluator().evaluate(univocal.subList(0, 1));
    assertEquals(false, small.univocalGold(), "one article says nothing about the convention");
    assertEquals(0.5, small.attribution().precision().getAsDouble(), 1e-9);
  }

  @Test
  void againstUnivocalGoldANestedPredictionTheGoldAnnotatesIsScored() {
    // "Trump said land matters. Rubio said talks resume.": a wrong outer prediction whose content
    // runs over the second sentence holds the cue of the right one; univocal gold confirms it.
    String rubio = "Rubio said talks resume.";
    int r0 = TEXT.indexOf(rubio);
    Claim outer = claim(0, 5, 6, 10, 11, TEXT.length() - 1, null);
    Claim nested = claim(r0, r0 + 5, r0 + 6, r0 + 10, r0 + 11, r0 + 23, null);
    List<Evaluator.Item> items = new java.util.ArrayList<>();
    for (int i = 0; i < GoldConvention.MIN_ATTRIBUTIONS; i++) {
      GoldDocument doc = new GoldDocument("d" + i, TEXT,
          List.of(gold("E1", r0, r0 + 5, r0 + 6, r0 + 10, r0 + 11, r0 + 23, null)), List.of());
      items.add(new Evaluator.Item(doc, List.of(outer, nested)));
    }
    EvalResult r = new Evaluator().evaluate(items);
    assertTrue(r.univocalGold());
    assertEquals(0, r.nestedSetAside(), "the nested prediction is confirmed by the gold");
    assertEquals(OptionalDouble.of(1.0), r.attribution().recall());
    assertEquals(0.5, r.attribution().precision().getAsDouble(), 1e-9, "the outer prediction stays wrong");
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

  private static TextSpan at(String text, String part) {
    int i = text.indexOf(part);
    return new TextSpan(i, i + part.length());
  }

  private static Claim ruleClaim(String text, String rule, String source, String cue, String content) {
    return new Claim("d", ClaimType.INDIRECT, Optional.of(new Speaker(at(text, source), source, "")),
        Optional.of(at(text, cue)), List.of(at(text, content)), List.of(), false, false, false, false, rule, 0);
  }

  @Test
  void recallSplitsByRuleConstructionAndCueAndSumsToTheTotal() {
    String text = "Trump said land matters. A poll shows gains. Rubio: talks resume.";
    GoldDocument doc = new GoldDocument("d", text, List.of(
        new GoldAttribution("E1", Optional.of(SpanSet.of(at(text, "Trump"))), SpanSet.of(at(text, "said")),
            SpanSet.of(at(text, "land matters")), Set.of(), Optional.empty()),
        new GoldAttribution("E2", Optional.of(SpanSet.of(at(text, "A poll"))), SpanSet.of(at(text, "shows")),
            SpanSet.of(at(text, "gains")), Set.of(), Optional.empty()),
        new GoldAttribution("E3", Optional.of(SpanSet.of(at(text, "Rubio"))), SpanSet.of(at(text, ":")),
            SpanSet.of(at(text, "talks resume")), Set.of(), Optional.empty())), List.of());
    List<Claim> predictions = List.of(
        ruleClaim(text, "say.ccomp", "Trump", "said", "land matters"),
        ruleClaim(text, "turn.colon", "Rubio", ":", "talks resume"),
        ruleClaim(text, "turn.colon", "Rubio", ":", "talks resume"),
        ruleClaim(text, "think.ccomp", "Trump", "matters", "A poll"));
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(doc, predictions)));

    double overall = r.attribution().recall().getAsDouble();
    assertEquals(2.0 / 3, overall, 1e-9);
    double ruleSum = r.rules().values().stream().mapToDouble(c -> c.recall().orElse(0)).sum();
    assertEquals(overall, ruleSum, 1e-9, "per-rule recalls sum to the attribution recall");
    assertEquals(new EvalResult.RuleCount(2, 1, 3), r.rules().get("turn.colon"), "a duplicate adds no recall");
    assertEquals(OptionalDouble.of(0.0), r.rules().get("think.ccomp").recall());

    assertEquals(r.attribution().gold(), r.recallByConstruction().values().stream().mapToInt(EvalResult.RecallCount::gold).sum());
    assertEquals(2, r.recallByConstruction().values().stream().mapToInt(EvalResult.RecallCount::found).sum());
    assertEquals(new EvalResult.RecallCount(1, 1), r.recallByConstruction().get("colon/dash turn"));
    assertEquals(new EvalResult.RecallCount(1, 0), r.recallByConstruction().get("document source"));
    assertEquals(new EvalResult.RecallCount(1, 1), r.recallByConstruction().get("verb with clause"));
    assertEquals(new EvalResult.RecallCount(0, 0), r.recallByConstruction().get("nominal"));
    assertTrue(r.recallByConstruction().get("nominal").recall().isEmpty(), "n/a without gold");
    assertEquals(java.util.Map.of(":", new EvalResult.RecallCount(1, 1), "said", new EvalResult.RecallCount(1, 1),
        "shows", new EvalResult.RecallCount(1, 0)), r.recallByCue());
  }

  @Test
  void reportsCarryTheNewTablesAndKeys() throws java.io.IOException {
    String text = "Trump said land matters.";
    GoldDocument doc = new GoldDocument("d", text, List.of(new GoldAttribution("E1",
        Optional.of(SpanSet.of(at(text, "Trump"))), SpanSet.of(at(text, "said")), SpanSet.of(at(text, "land matters")),
        Set.of(), Optional.empty())), List.of());
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(doc,
        List.of(ruleClaim(text, "say.ccomp", "Trump", "said", "land matters")))));
    java.io.StringWriter md = new java.io.StringWriter();
    EvalReports.markdown(md, r, 1);
    assertContains("| say.ccomp | 1 | 1 | 1.000 | 1.000 |", md.toString());
    assertContains("## Recall by construction", md.toString());
    assertContains("| verb with clause | 1 | 1 | 1.000 |", md.toString());
    assertContains("| nominal | 0 | 0 | n/a |", md.toString());
    assertContains("| said | 1 | 1 | 1.000 |", md.toString());
    java.io.StringWriter json = new java.io.StringWriter();
    EvalReports.json(json, r);
    com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString());
    assertEquals(1.0, root.path("rules").path("say.ccomp").path("recall").asDouble(), 1e-9);
    assertEquals(1.0, root.path("rules").path("say.ccomp").path("precision").asDouble(), 1e-9);
    assertEquals(1, root.path("recall_by_construction").path("verb with clause").path("found").asInt());
    assertEquals("n/a", root.path("recall_by_construction").path("nominal").path("recall").asText());
    assertEquals(1, root.path("recall_by_cue").path("said").path("gold").asInt());
    assertTrue(root.path("headline").has("attribution_f1"));
  }
}
