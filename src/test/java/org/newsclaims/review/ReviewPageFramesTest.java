package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;

/**
 * Frame slots on the review page, on a hand-built claim with two slots: each goes into the page at
 * its exact code point offsets with topic, slot and normalised value, markup in a value stays
 * data, a slot whose value is not the text at its offsets is left out, and the legend lists the
 * slots shown, each in its own colour.
 */
class ReviewPageFramesTest {
  /** An emoji first, so that code points and UTF-16 differ; markup and an ampersand inside the content. */
  private static final String TEXT =
      "\uD83D\uDD4A\uFE0F Trump said the <b>summit</b> will be held on 15 August & nowhere else.\n";

  @TempDir
  Path tmp;

  private static int cp(String s) {
    return TEXT.codePointCount(0, TEXT.indexOf(s));
  }

  private static List<String> slot(String claimId, String topic, String slot, String value, int start, String norm) {
    return List.of(claimId, ReviewFixtures.DOC, topic, slot, value, Integer.toString(start),
        Integer.toString(start + value.codePointCount(0, value.length())), norm);
  }

  @Test
  void twoSlotsAreHighlightedAtTheirOffsetsWithALegend() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve(ReviewFixtures.DOC), TEXT, StandardCharsets.UTF_8);
    int speaker = TEXT.indexOf("Trump");
    int cue = TEXT.indexOf("said");
    TextSpan content = new TextSpan(TEXT.indexOf("the <b>"), TEXT.indexOf(" & nowhere"));
    Claim c = new Claim(ReviewFixtures.DOC, ClaimType.INDIRECT,
        Optional.of(new Speaker(new TextSpan(speaker, speaker + 5), "Trump", "")),
        Optional.of(new TextSpan(cue, cue + 4)), List.of(content), List.of(), false, false, false, false,
        "say.ccomp", 0);
    ClaimsTable table = ClaimsTable.parse(ReviewFixtures.csv(TEXT, List.of(c)));
    String id = ReviewFixtures.id(table, 0);
    List<List<String>> rows = new ArrayList<>();
    rows.add(slot(id, "venue", "format", "<b>summit</b>", cp("<b>summit"), "summit"));
    rows.add(slot(id, "venue", "date", "15 August", cp("15 August"), "XXXX-08-15"));
    rows.add(slot(id, "venue", "place", "Anchorage", cp("15 August"), "Anchorage")); // not the text there
    rows.add(slot("other-claim", "venue", "participants", "Trump", cp("Trump"), ""));

    String page = ReviewPage.render(table, PageFrames.of(rows), 0, new ArticleTexts(in, tmp.resolve("out")),
        "claims.csv");

    assertFalse(page.contains("<b>summit"), "a slot value's markup is data, not markup");
    assertEquals(2, page.split("</script>", -1).length - 1, "only the page's own two scripts close");
    JsonNode d = ReviewPageTest.data(page);
    JsonNode fr = d.get("claims").get(0).get("fr");
    assertEquals(2, fr.size(), "two slots, the one whose offsets miss its value left out: " + fr);
    assertSlot(fr.get(0), cp("<b>summit"), "<b>summit</b>", "venue", "format", "summit");
    assertSlot(fr.get(1), cp("15 August"), "15 August", "venue", "date", "XXXX-08-15");
    for (JsonNode f : fr) {
      assertEquals(f.get("value").asText(), TEXT.substring(TEXT.offsetByCodePoints(0, f.get("s").asInt()),
          TEXT.offsetByCodePoints(0, f.get("e").asInt())), "text[s:e] == value, in code points");
    }

    JsonNode legend = d.get("slots");
    assertEquals(List.of("date", "format"), List.of(legend.get(0).get("slot").asText(), legend.get(1).get("slot").asText()),
        "the legend lists the slots shown (not those of claims off the page), in legend order: " + legend);
    assertFalse(legend.get(0).get("fill").asText().equals(legend.get(1).get("fill").asText()), "one colour each");
    for (JsonNode k : legend) {
      assertTrue(k.get("fill").asText().matches("#[0-9a-f]{6}") && k.get("line").asText().matches("#[0-9a-f]{6}"),
          "colours are our own CSS values: " + k);
    }
    assertContains("id=\"slot-legend\"", page);
    assertContains("data-f", page);
  }

  @Test
  void everySlotKindHasItsOwnColourAndAddedSlotsGetSpareOnes() {
    List<String> kinds = List.of("place", "action", "date", "measure", "target", "imposer", "participants", "format",
        "zone", "actor");
    List<SlotLegend.Entry> legend = SlotLegend.of(kinds);
    assertEquals(List.of("place", "action", "date", "format", "participants", "measure", "target", "imposer",
        "actor", "zone"), legend.stream().map(SlotLegend.Entry::slot).toList());
    assertEquals(legend.size(), legend.stream().map(SlotLegend.Entry::fill).distinct().count(), "one colour per slot");
    for (String role : List.of("#cfe0ff", "#ffd7a8", "#d5f5d5")) {
      assertFalse(legend.stream().anyMatch(e -> e.fill().equals(role)), "no slot takes a speaker, cue or content colour");
    }
    assertEquals(legend.get(2), SlotLegend.of(List.of("date", "zone")).get(0),
        "a known slot keeps its colour whatever else is shown");
  }

  private static void assertSlot(JsonNode f, int start, String value, String topic, String slot, String norm) {
    assertEquals(start, f.get("s").asInt(), "start of " + f);
    assertEquals(start + value.codePointCount(0, value.length()), f.get("e").asInt(), "end of " + f);
    assertEquals(value, f.get("value").asText());
    assertEquals(topic, f.get("topic").asText());
    assertEquals(slot, f.get("slot").asText());
    assertEquals(norm, f.get("norm").asText());
  }
}
