package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.review.ReviewFixtures.DOC;
import static org.newsclaims.review.ReviewFixtures.PUTIN;
import static org.newsclaims.review.ReviewFixtures.SUMMIT;
import static org.newsclaims.review.ReviewFixtures.TEXT;
import static org.newsclaims.review.ReviewFixtures.ZELENSKY;
import static org.newsclaims.review.ReviewFixtures.id;
import static org.newsclaims.review.ReviewFixtures.review;
import static org.newsclaims.review.ReviewFixtures.span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.eval.GoldAttribution;
import org.newsclaims.eval.GoldCorpus;
import org.newsclaims.eval.GoldDocument;
import org.newsclaims.eval.GoldSlot;
import org.newsclaims.frame.Frame;
import org.newsclaims.frame.FrameSlot;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.TextSpan;

/**
 * {@code review --promote} writes the mode of each promoted attribution and the slots frames.csv
 * has for it into the gold, in the encoding of GUIDELINES.md sections 9 and 10, which the reader
 * reads back; a slot that no longer fits the promoted annotation is left out with a message.
 */
class PromotionFramesTest {
  @TempDir
  Path tmp;

  private static FrameSlot slot(String name, String covered, int occurrence, String normalized) {
    TextSpan s = span(covered, occurrence);
    return new FrameSlot(name, s, covered, Optional.ofNullable(normalized), "frames.tsv:1");
  }

  @Test
  void promotedAttributionsCarryTheirModeAndTheirSlots() throws Exception {
    Path in = ReviewFixtures.inputFolder(tmp);
    Path out = tmp.resolve("out");
    List<Claim> claims = List.of(PUTIN.withMode(ClaimMode.REFUSAL), ZELENSKY.withMode(ClaimMode.DEMAND), SUMMIT);
    ClaimsTable t = ReviewFixtures.table(claims);
    t = review(t, id(t, 0), Map.of("review_status", "accepted"));
    t = review(t, id(t, 1), Map.of("review_status", "corrected", "content", "sanctions must"));
    t = review(t, id(t, 2), Map.of("review_status", "accepted"));
    Files.writeString(out.resolve("claims.csv"), t.format(), StandardCharsets.UTF_8);
    List<Frame> frames = List.of(
        new Frame(0, DOC, "territory", List.of(slot("place", "Donbass", 0, "Donbas"),
            slot("place", "Vladimir Putin", 0, null))),       // the speaker: outside the content
        new Frame(1, DOC, "sanctions", List.of(slot("measure", "sanctions", 0, "sanctions"),
            slot("action", "stay", 0, "extend"))));          // cut off by the correction
    List<String> ids = List.of(id(t, 0), id(t, 1), id(t, 2));
    StringBuilder csv = new StringBuilder(FramesCsv.header());
    FramesCsv.cells(TEXT, frames, ids::get).forEach(row -> FramesCsv.appendRecord(csv, row));
    Files.writeString(out.resolve("frames.csv"), csv, StandardCharsets.UTF_8);

    Promotion.Report p = new ReviewRun().run(new ReviewRun.Config(in, out, in, true)).promotion().orElseThrow();
    assertEquals(3, p.added(), p.messages().toString());
    assertEquals(2, p.messages().stream().filter(m -> m.contains("not inside the promoted content")).count(),
        p.messages().toString());

    GoldDocument gold = GoldCorpus.load(in).get(0);
    GoldAttribution putin = gold.attributions().get(0);
    assertEquals(Optional.of(ClaimMode.REFUSAL), putin.mode());
    assertEquals(List.of("territory.place"), putin.slots().stream().map(GoldSlot::label).toList());
    assertEquals("Donbass", putin.slots().get(0).span().cut(TEXT), "code points in the file (an emoji precedes it)");
    assertEquals(Optional.of("Donbas"), putin.slots().get(0).normalized());
    GoldAttribution zelensky = gold.attributions().get(1);
    assertEquals(Optional.of(ClaimMode.DEMAND), zelensky.mode());
    assertEquals(List.of("sanctions.measure"), zelensky.slots().stream().map(GoldSlot::label).toList());
    assertTrue(Files.readAllLines(in.resolve("a.ann"), StandardCharsets.UTF_8).stream()
        .anyMatch(l -> l.matches("A\\d+\\tMode E\\d+ refusal")));
    assertEquals(1, gold.statements().size(), "the statement, without mode or slots");
  }
}
