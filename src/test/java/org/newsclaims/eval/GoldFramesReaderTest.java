package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.TextSpan;

/** Modes and frame slots in gold: read in code points, checked, written and read back unchanged. */
class GoldFramesReaderTest {
  /** An emoji first, so code points and UTF-16 units differ. */
  private static final String TEXT = "📢 Trump said he will not discuss Ukraine’s territories in Alaska.";

  private static int cp(String covered) {
    return TEXT.codePointCount(0, TEXT.indexOf(covered));
  }

  private static String tb(String id, String type, String covered) {
    int s = cp(covered);
    return id + "\t" + type + " " + s + " " + (s + covered.codePointCount(0, covered.length())) + "\t" + covered;
  }

  private static List<String> gold(String... extra) {
    List<String> lines = new ArrayList<>(List.of(
        tb("T1", "Source", "Trump"), tb("T2", "Cue", "said"),
        tb("T3", "Content", "he will not discuss Ukraine’s territories in Alaska"), tb("T4", "Attribution", "said"),
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Territory-place:T5 Territory-action:T6 Territory-place2:T7",
        "A1\tTopic E1 territory", "A2\tMode E1 refusal",
        tb("T5", "Territory-place", "Ukraine’s territories"), "#1\tAnnotatorNotes T5\tUkraine",
        tb("T6", "Territory-action", "discuss"), "#2\tAnnotatorNotes T6\tdiscuss",
        tb("T7", "Territory-place", "Alaska")));
    lines.addAll(List.of(extra));
    return lines;
  }

  private static String failure(List<String> lines) {
    return assertThrows(BratReader.GoldFormatException.class, () -> new BratReader().read("d.txt", TEXT, lines))
        .getMessage();
  }

  @Test
  void readsTheModeAndTheSlotsWithTheirNormalisedValues() {
    GoldAttribution a = new BratReader().read("d.txt", TEXT, gold()).attributions().get(0);
    assertEquals(Optional.of(ClaimMode.REFUSAL), a.mode());
    assertEquals(3, a.slots().size());
    GoldSlot place = a.slots().get(0);
    assertEquals("territory.place", place.label());
    assertEquals("Ukraine’s territories", place.span().cut(TEXT), "code points in the file, UTF-16 inside");
    assertEquals(Optional.of("Ukraine"), place.normalized());
    assertEquals("T7", a.slots().get(2).id(), "a repeated role (Territory-place2) is a slot of the same type");
    assertEquals(Optional.empty(), a.slots().get(2).normalized());
  }

  @Test
  void goldWithoutModesReadsAsBefore() {
    List<String> lines = gold().subList(0, 5).stream().map(l -> l.startsWith("E1") ? "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3" : l).toList();
    GoldAttribution a = new BratReader().read("d.txt", TEXT, lines).attributions().get(0);
    assertEquals(Optional.empty(), a.mode());
    assertEquals(List.of(), a.slots());
  }

  @Test
  void anUnknownModeFailsWithItsLine() {
    List<String> lines = gold();
    lines.set(6, "A2\tMode E1 threat");
    String m = failure(lines);
    assertTrue(m.contains("d.txt.ann: line 7") && m.contains("unknown mode 'threat'"), m);
  }

  @Test
  void anUnknownSlotTypeFailsWithItsLineAndTheValidTypes() {
    String m = failure(gold(tb("T8", "Territory-size", "Alaska")));
    assertTrue(m.contains("line 13") && m.contains("unknown slot type 'Territory-size'") && m.contains("Venue-date"), m);
  }

  @Test
  void aSlotOfATopicTheAttributionLacksFails() {
    List<String> lines = gold();
    lines.set(5, "A1\tTopic E1 venue");
    String m = failure(lines);
    assertTrue(m.contains("line 8") && m.contains("topic territory"), m);
  }

  @Test
  void aSlotOutsideTheContentFails() {
    List<String> lines = gold();
    lines.set(7, tb("T5", "Territory-place", "Trump"));
    String m = failure(lines);
    assertTrue(m.contains("line 8") && m.contains("outside the content of event E1"), m);
  }

  @Test
  void aSlotInNoEventAndAModeOnNoAttributionFail() {
    assertTrue(failure(gold(tb("T8", "Venue-place", "Alaska"))).contains("argument of no attribution event"));
    assertTrue(failure(gold("A3\tMode T3 demand")).contains("line 13: Mode on T3"));
    assertTrue(failure(gold("A3\tMode E1 demand")).contains("a second Mode on E1"));
  }

  @Test
  void theWriterRoundTripsModesAndSlots() {
    SpanSet content = new SpanSet(List.of(span("he will not discuss Ukraine’s territories in Alaska")));
    BratWriter.Annotation a = new BratWriter.Annotation(Optional.of(SpanSet.of(span("Trump"))),
        Optional.of(SpanSet.of(span("said"))), content, Set.of("territory", "venue"), "Donald Trump", "",
        Optional.of(ClaimMode.REFUSAL), List.of(
            new BratWriter.Slot("territory", "place", span("Ukraine’s territories"), Optional.of("Ukraine")),
            new BratWriter.Slot("territory", "place", span("Alaska"), Optional.empty()),
            new BratWriter.Slot("venue", "place", span("Alaska"), Optional.of("Alaska"))));
    BratWriter.Merge merge = new BratWriter().merge("d.txt", TEXT, List.of(), List.of(a));
    assertTrue(merge.lines().stream().anyMatch(l -> l.matches("E1\\tAttribution:T4 Source:T1 Cue:T2 Content:T3 "
        + "Territory-place:T5 Territory-place2:T6 Venue-place:T7")), merge.lines().toString());
    assertTrue(merge.lines().contains(tb("T5", "Territory-place", "Ukraine’s territories")), "offsets in code points");
    GoldAttribution back = new BratReader().read("d.txt", TEXT, merge.lines()).attributions().get(0);
    assertEquals(Optional.of(ClaimMode.REFUSAL), back.mode());
    assertEquals(List.of("territory.place", "territory.place", "venue.place"),
        back.slots().stream().map(GoldSlot::label).toList());
    assertEquals(List.of(Optional.of("Ukraine"), Optional.empty(), Optional.of("Alaska")),
        back.slots().stream().map(GoldSlot::normalized).toList());
    assertEquals(List.of(span("Ukraine’s territories"), span("Alaska"), span("Alaska")),
        back.slots().stream().map(GoldSlot::span).toList());
  }

  @Test
  void theWriterRefusesSlotsTheLabelsDoNotKnow() {
    BratWriter.Annotation a = new BratWriter.Annotation(Optional.empty(), Optional.of(SpanSet.of(span("said"))),
        SpanSet.of(span("he will not discuss Ukraine’s territories in Alaska")), Set.of("territory"), "", "",
        Optional.empty(), List.of(new BratWriter.Slot("territory", "size", span("Alaska"), Optional.empty())));
    assertThrows(IllegalArgumentException.class, () -> new BratWriter().merge("d.txt", TEXT, List.of(), List.of(a)));
    SlotLabels more = SlotLabels.GUIDELINE.with(Map.of("territory", Set.of("size")));
    BratWriter.Merge m = new BratWriter(more).merge("d.txt", TEXT, List.of(), List.of(a));
    assertEquals(1, new BratReader(more).read("d.txt", TEXT, m.lines()).attributions().get(0).slots().size());
  }

  private static TextSpan span(String covered) {
    int at = TEXT.indexOf(covered);
    return new TextSpan(at, at + covered.length());
  }
}
