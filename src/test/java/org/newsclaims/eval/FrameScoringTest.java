package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;

/**
 * Mode accuracy and slot scores count exactly: modes of matched attributions only, slots matched
 * one-to-one within their topic.slot (a duplicate is a false positive), exact and overlapping
 * spans apart, "n/a" where nothing was counted.
 */
class FrameScoringTest {
  private static final String TEXT = "Trump said Russia must leave Donbas. Rubio said the summit is in Anchorage, Alaska.";

  private static TextSpan at(String covered) {
    int i = TEXT.indexOf(covered);
    return new TextSpan(i, i + covered.length());
  }

  private static GoldSlot slot(String id, String topic, String slot, String covered, String normalized) {
    return new GoldSlot(id, topic, slot, at(covered), Optional.ofNullable(normalized));
  }

  private static final GoldAttribution TRUMP = new GoldAttribution("E1", Optional.of(SpanSet.of(at("Trump"))),
      SpanSet.of(at("said")), SpanSet.of(at("Russia must leave Donbas")), Set.of("territory"),
      Optional.of("Donald Trump"), Optional.of(ClaimMode.DEMAND), List.of(
          slot("T1", "territory", "action", "leave", "withdraw"), slot("T2", "territory", "place", "Donbas", "Donbas")));
  private static final GoldAttribution RUBIO = new GoldAttribution("E2", Optional.of(SpanSet.of(at("Rubio"))),
      SpanSet.of(at("said the")), SpanSet.of(at("the summit is in Anchorage, Alaska")), Set.of("venue"),
      Optional.of("Marco Rubio"), Optional.of(ClaimMode.STATEMENT), List.of(
          slot("T3", "venue", "format", "summit", "summit"), slot("T4", "venue", "place", "Anchorage, Alaska", "Anchorage, Alaska")));

  private static Claim claim(String speaker, String cue, String content, String topic, ClaimMode mode) {
    int s = TEXT.indexOf(speaker);
    return new Claim("d", ClaimType.INDIRECT, Optional.of(new Speaker(at(speaker), speaker, "")),
        Optional.of(new TextSpan(s + speaker.length() + 1, s + speaker.length() + 1 + cue.length())),
        List.of(at(content)), List.of(new TopicHit(topic, topic)), false, false, false, false, "say.ccomp", 0)
        .withMode(mode);
  }

  private static PredictedSlot predicted(int claim, String topic, String slot, String covered, String normalized) {
    return new PredictedSlot(claim, topic, slot, at(covered), Optional.ofNullable(normalized));
  }

  private static EvalResult evaluate(List<GoldAttribution> gold, List<Claim> claims, List<PredictedSlot> slots) {
    GoldDocument doc = new GoldDocument("d", TEXT, gold, List.of());
    return new Evaluator().evaluate(List.of(new Evaluator.Item(doc, claims, Negatives.NONE, slots)));
  }

  @Test
  void modeAccuracyCountsMatchedAttributionsOnceEachWithAConfusionTable() {
    Claim trump = claim("Trump", "said", "Russia must leave Donbas", "territory", ClaimMode.PREDICTION);
    Claim rubio = claim("Rubio", "said", "the summit is in Anchorage, Alaska", "venue", ClaimMode.STATEMENT);
    // Trump predicted twice: the duplicate matches no gold, so its mode is not counted.
    EvalResult r = evaluate(List.of(TRUMP, RUBIO), List.of(trump, trump, rubio), List.of());
    FrameScores f = r.frames();
    assertEquals(2, f.modeTotal());
    assertEquals(1, f.modeCorrect());
    assertEquals(OptionalDouble.of(0.5), f.modeAccuracy());
    assertEquals(Map.of("prediction", 1), f.modeConfusion().get("demand"));
    assertEquals(Map.of("statement", 1), f.modeConfusion().get("statement"));
    assertEquals(OptionalDouble.of(0.5), r.headline().get("mode_accuracy"));
    assertEquals(1, r.errors().stream().filter(e -> e.kind().equals("mode_mismatch")).count());
  }

  @Test
  void slotsMatchOneToOneWithinTheirLabelExactAndByOverlap() {
    Claim trump = claim("Trump", "said", "Russia must leave Donbas", "territory", ClaimMode.DEMAND);
    Claim rubio = claim("Rubio", "said", "the summit is in Anchorage, Alaska", "venue", ClaimMode.STATEMENT);
    List<PredictedSlot> slots = List.of(
        predicted(0, "territory", "action", "leave", "withdraw"),
        predicted(0, "territory", "action", "leave", "withdraw"), // duplicate: a false positive
        predicted(0, "territory", "place", "Donbas", "Donbas"),
        predicted(1, "venue", "place", "Anchorage", "Anchorage"), // overlaps, not exact, wrong normalised value
        predicted(1, "venue", "participants", "Rubio", null)); // outside gold: false positive
    FrameScores f = evaluate(List.of(TRUMP, RUBIO), List.of(trump, rubio), slots).frames();
    Prf action = f.slotExact().get("territory.action");
    assertEquals(2, action.predicted());
    assertEquals(1, action.gold());
    assertEquals(OptionalDouble.of(1.0), action.recall(), "the duplicate cannot raise recall");
    assertEquals(OptionalDouble.of(0.5), action.precision());
    assertEquals(OptionalDouble.of(0.0), f.slotExact().get("venue.place").f1());
    assertEquals(OptionalDouble.of(1.0), f.slotOverlap().get("venue.place").f1());
    assertEquals(OptionalDouble.of(0.0), f.slotOverlap().get("venue.format").recall());
    assertEquals(OptionalDouble.empty(), f.slotOverlap().get("venue.format").precision(), "n/a, not NaN");
    Prf overlap = FrameScores.micro(f.slotOverlap());
    assertEquals(5, overlap.predicted());
    assertEquals(4, overlap.gold());
    assertEquals(3.0 / 5, overlap.precision().getAsDouble(), 1e-9);
    assertEquals(3.0 / 4, overlap.recall().getAsDouble(), 1e-9);
    Prf exact = FrameScores.micro(f.slotExact());
    assertEquals(2.0 / 4, exact.recall().getAsDouble(), 1e-9);
    assertEquals(3, f.normalizedTotal());
    assertEquals(2, f.normalizedCorrect(), "Anchorage for Anchorage, Alaska is wrong");
  }

  @Test
  void slotsOfAnUnmatchedClaimCountOnlyEndToEnd() {
    Claim trump = claim("Trump", "said", "Russia must leave Donbas", "territory", ClaimMode.DEMAND);
    List<PredictedSlot> slots = List.of(predicted(0, "territory", "place", "Donbas", "Donbas"));
    FrameScores f = evaluate(List.of(RUBIO), List.of(trump), slots).frames();
    assertEquals(0, FrameScores.micro(f.slotOverlap()).predicted(), "no matched attribution, no slot scored");
    assertEquals(0, FrameScores.micro(f.slotOverlap()).gold(), "nor the slots of an unmatched gold attribution");
    Prf endToEnd = FrameScores.micro(f.slotOverlapEndToEnd());
    assertEquals(1, endToEnd.predicted());
    assertEquals(2, endToEnd.gold());
    assertEquals(OptionalDouble.of(0.0), endToEnd.precision());
    assertEquals(OptionalDouble.empty(), f.modeAccuracy());
  }

  @Test
  void goldWithoutModesOrSlotsGivesNotApplicableInTheReports() throws Exception {
    GoldAttribution plain = new GoldAttribution("E1", TRUMP.source(), TRUMP.cue(), TRUMP.content(), Set.of(),
        TRUMP.canonical());
    EvalResult r = evaluate(List.of(plain), List.of(claim("Trump", "said", "Russia must leave Donbas", "territory",
        ClaimMode.DEMAND)), List.of());
    assertEquals(OptionalDouble.empty(), r.headline().get("mode_accuracy"));
    assertEquals(OptionalDouble.empty(), r.headline().get("slot_overlap_f1"));
    StringWriter json = new StringWriter();
    EvalReports.json(json, r);
    assertTrue(json.toString().contains("\"accuracy\" : \"n/a\""), json.toString());
    assertTrue(!json.toString().contains("NaN"));
    StringWriter md = new StringWriter();
    EvalReports.markdown(md, r, 1);
    assertTrue(md.toString().contains("Mode accuracy on matched attributions with a gold mode: n/a (0/0)"), md.toString());
    assertTrue(md.toString().contains("| demand | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"), md.toString());
  }
}
