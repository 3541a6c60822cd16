package org.newsclaims.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.place.Gazetteer;

/** Slots of hand-written claims, with the product's models/frames.tsv and models/places.tsv. */
class FrameExtractorTest {
  private static final FrameExtractor FRAMES = load();

  private static FrameExtractor load() {
    try {
      Gazetteer places = Gazetteer.load(Path.of("models/places.tsv"));
      return new FrameExtractor(SlotRules.load(Path.of("models").resolve(SlotRules.FILE), places));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> slots(String topic, String text, OptionalInt year) {
    Claim c = Claim.of("d", ClaimType.INDIRECT, List.of(new TextSpan(0, text.length())), "r", 0)
        .withTopics(List.of(new TopicHit(topic, "test")));
    List<Frame> frames = FRAMES.frames("d", text, List.of(c), year);
    assertTrue(frames.size() <= 1);
    return frames.isEmpty() ? List.of() : frames.get(0).slots().stream()
        .map(s -> s.slot() + "=" + s.value() + s.normalized().map(n -> "→" + n).orElse("")).toList();
  }

  @Test
  void venuePlaceDateAndFormat() {
    assertEquals(List.of("format=meeting→meeting", "date=15 August→XXXX-08-15",
            "place=Joint Base Elmendorf-Richardson→Joint Base Elmendorf-Richardson", "place=Anchorage, Alaska→Anchorage, Alaska"),
        slots("venue", "The meeting is scheduled for 15 August at Joint Base Elmendorf-Richardson in Anchorage, Alaska.",
            OptionalInt.empty()));
    assertEquals(List.of("format=summit→summit", "participants=Trump and Putin", "place=Geneva→Geneva", "date=August 15→2025-08-15"),
        slots("venue", "a summit between Trump and Putin in Geneva on August 15", OptionalInt.of(2025)));
  }

  @Test
  void territoryPlaceAndAction() {
    assertEquals(List.of("action=discuss→discuss", "place=Ukraine’s territories→Ukraine"),
        slots("territory", "he will not discuss Ukraine’s territories", OptionalInt.empty()));
    assertEquals(List.of("action=withdraw→withdraw", "place=Donbass→Donbas"),
        slots("territory", "Kyiv must withdraw from Donbass", OptionalInt.empty()));
    assertEquals(List.of("action=give up→give up", "place=occupied territories→occupied territories"),
        slots("territory", "we will never give up the occupied territories", OptionalInt.empty()));
  }

  @Test
  void sanctionsMeasureTargetAndAction() {
    assertEquals(List.of("action=impose→impose", "measure=secondary sanctions→secondary sanctions", "target=China→China"),
        slots("sanctions", "to impose secondary sanctions on China", OptionalInt.empty()));
  }

  @Test
  void sanctionsTargetAndImposerStandNextToAMeasureOrAnAction() {
    assertEquals(List.of("imposer=the European Commission", "action=impose→impose", "measure=sanctions→sanctions",
            "target=Russian sovereign debt"),
        slots("sanctions", "the European Commission will impose sanctions on Russian sovereign debt", OptionalInt.empty()));
    assertEquals(List.of("action=imposed→impose", "measure=sanctions→sanctions"),
        slots("sanctions", "We imposed sanctions. Russia moved against Ukraine and threatened its neighbours", OptionalInt.empty()),
        "no target or action in another sentence than the measure; 'We' is no name");
    assertEquals(List.of("imposer=the Western", "action=impose→impose", "measure=sanctions→sanctions", "target=Russia→Russia"),
        slots("sanctions", "the actions of Ukraine, the Western partners impose sanctions on Russia today so much",
            OptionalInt.empty()),
        "no imposer across a comma; the target ends before 'today'");
  }

  @Test
  void aWordInsideAPlaceIsPartOfTheNameAndAnAnchoredWordNeedsItsAnchor() {
    assertEquals(List.of("place=internationally recognized borders"),
        slots("territory", "within internationally recognized borders", OptionalInt.empty()), "no 'recognise' action");
    assertEquals(List.of("action=claimed→annex", "place=Crimea→Crimea"),
        slots("territory", "Russia had claimed Crimea", OptionalInt.empty()));
    assertEquals(List.of("place=Crimea→Crimea"),
        slots("territory", "Russia claimed that it was ready. Crimea is calm", OptionalInt.empty()), "claimed far from a place");
  }

  @Test
  void anAfterPhraseMayHaveSeveralWordsAndParticipantsNeedAFormat() {
    assertEquals(List.of("action=end the war→end the war", "place=Ukraine→Ukraine"),
        slots("ceasefire", "Trump wants to end the war in Ukraine, not the pressure in Europe", OptionalInt.empty()));
    assertEquals(List.of("place=Ukraine→Ukraine"),
        slots("territory", "a big chunk of Ukraine, says the President of Ukraine", OptionalInt.empty()));
    assertEquals(List.of("format=phone call→phone call", "participants=the President of Russia and Biden"),
        slots("venue", "a phone call between the President of Russia and Biden; we worked with Germany", OptionalInt.empty()));
    assertEquals(List.of("format=talks→talks", "participants=President Donald J. Trump and President Putin"),
        slots("venue", "talks between President Donald J. Trump and President Putin", OptionalInt.empty()));
  }

  @Test
  void aPlaceWithAContextWordIsWhereTheWarOrTheTroopsAreNotAnActor() {
    assertEquals(List.of("action=end the war→end the war", "place=Ukraine→Ukraine"),
        slots("ceasefire", "Russia must end the war in Ukraine", OptionalInt.empty()));
    assertEquals(List.of("action=building up→deploy", "place=Belarus→Belarus"),
        slots("security", "Russia is building up its forces in Belarus", OptionalInt.empty()));
    assertEquals(List.of("action=carving out→annex", "place=Ukraine→Ukraine", "action=retake→return", "place=Crimea→Crimea"),
        slots("territory", "Russia is carving out a chunk of Ukraine and wants to retake Crimea", OptionalInt.empty()));
    assertEquals(List.of("place=Ukraine→Ukraine"),
        slots("territory", "the troops have to leave from the Ukraine", OptionalInt.empty()), "'the' between them");
  }

  @Test
  void moreWaysToNameTheEndOfAWarAndADeployment() {
    assertEquals(List.of("action=end to the war→end the war"),
        slots("ceasefire", "they want an end to the war", OptionalInt.empty()));
    assertEquals(List.of("action=halt the bloodshed→end the war"),
        slots("ceasefire", "only he can halt the bloodshed", OptionalInt.empty()));
    assertEquals(List.of("action=non-expansion→expand", "action=guarantees→security guarantees"),
        slots("security", "the non-expansion of NATO and guarantees", OptionalInt.empty()));
  }

  @Test
  void aPlaceMatcherTakesContextWords() throws IOException {
    Gazetteer places = Gazetteer.load(Path.of("models/places.tsv"));
    SlotRules rules = SlotRules.parse(List.of("ceasefire\tplace\t<place:country after:in|on>\t-"), "f", places);
    assertEquals(Map.of("ceasefire", java.util.Set.of("place")), rules.slots());
    assertThrows(IllegalArgumentException.class, () -> SlotRules.parse(
        List.of("ceasefire\tplace\t<place:moon after:in>\t-"), "f", places));
  }

  @Test
  void theYearComesFromAnIsoArticleDate() {
    assertEquals(OptionalInt.of(2025), FrameExtractor.yearOf("2025-08-16T09:00:00Z"));
    assertEquals(OptionalInt.empty(), FrameExtractor.yearOf("16 August"));
    assertEquals(OptionalInt.empty(), FrameExtractor.yearOf(""));
  }

  @Test
  void aBadLineFailsWithFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SlotRules.parse(List.of("# x", "venue\tplace\t<place:moon>\t-"), "frames.tsv", Gazetteer.EMPTY));
    assertTrue(e.getMessage().startsWith("frames.tsv:2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SlotRules.parse(List.of("venue\tplace\t<when>\t-"), "f", Gazetteer.EMPTY));
  }
}
