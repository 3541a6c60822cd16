package org.newsclaims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.SpeakerKind;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.testing.SharedModels;
import org.newsclaims.text.TextDecoder;

/**
 * Claim ids are what reviews hang on ({@code review_status} in claims.csv, the reviews table,
 * promoted gold): an id that changes for the same article and spans orphans every review of it.
 * So the ids of fixed inputs are pinned here; a change to {@link ClaimIds} that moves them must
 * come with a migration of existing reviews, not with new expected values.
 */
class ClaimIdsTest {
  private static final String TEXT = "Trump reportedly said that Ukraine is not his to give. "
      + "“We will not trade land,” Zelensky said, “for a pause.”\n";

  private static Claim indirect() {
    return new Claim("wires/a.txt", ClaimType.INDIRECT,
        Optional.of(new Speaker(new TextSpan(0, 5), "Donald Trump", "", SpeakerKind.PERSON)),
        Optional.of(new TextSpan(6, 21)), List.of(new TextSpan(27, 53)), List.of(), true, true, false, false,
        "say.ccomp", 0, ClaimMode.STATEMENT);
  }

  /** A quotation around its cue: two content pieces. */
  private static Claim discontinuous() {
    return new Claim("wires/a.txt", ClaimType.DIRECT,
        Optional.of(new Speaker(new TextSpan(81, 89), "Volodymyr Zelensky", "", SpeakerKind.PERSON)),
        Optional.of(new TextSpan(90, 94)), List.of(new TextSpan(55, 80), new TextSpan(96, 110)), List.of(),
        false, true, false, false, "quote.split", 1, ClaimMode.REFUSAL);
  }

  private static Claim unattributed() {
    return Claim.of("wires/a.txt", ClaimType.UNATTRIBUTED, List.of(new TextSpan(0, 54)), "unattributed.topic", 0);
  }

  @Test
  void idsOfFixedInputsNeverChange() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("indirect", ClaimIds.of(indirect(), TEXT));
    ids.put("discontinuous", ClaimIds.of(discontinuous(), TEXT));
    ids.put("unattributed", ClaimIds.of(unattributed(), TEXT));
    assertEquals(Map.of(
        "indirect", "c6c6147f5caf07d6",
        "discontinuous", "c3af715cccb45f52",
        "unattributed", "ca6ee712bd428344"), ids);
  }

  /** A claim of the bundled sample article, as in every output of the corpus since ids were introduced. */
  @Test
  void theIdOfACorpusClaim() throws Exception {
    Path article = SharedModels.corpus().resolve("000-alaska-summit-ceasefire-talks.txt");
    String text = TextDecoder.strict(Files.readAllBytes(article));
    Claim said = new Claim("000-alaska-summit-ceasefire-talks.txt", ClaimType.INDIRECT,
        Optional.of(new Speaker(new TextSpan(389, 394), "Donald Trump", "")), Optional.of(new TextSpan(395, 410)),
        List.of(new TextSpan(416, 463)), List.of(), true, true, false, false, "say.ccomp", 3);
    assertEquals("the Ukrainian territory is not his to negotiate", said.content().get(0).cut(text));
    assertEquals("c1b27fecca4be64c", ClaimIds.of(said, text));
  }

  @Test
  void whatIsResolvedOrClassifiedLaterDoesNotMoveTheId() {
    String id = ClaimIds.of(indirect(), TEXT);
    Claim c = indirect();
    assertEquals(id, ClaimIds.of(c.withTopics(List.of(new TopicHit("territory", "land"))), TEXT), "topics");
    assertEquals(id, ClaimIds.of(c.withFlags(false, false, true), TEXT), "hedged, negated, modal");
    assertEquals(id, ClaimIds.of(c.withMode(ClaimMode.REFUSAL), TEXT), "mode");
    assertEquals(id, ClaimIds.of(c.withInHeadline(true), TEXT), "in_headline");
    assertEquals(id, ClaimIds.of(c.withSpeaker(new Speaker(new TextSpan(0, 5), "Trump", "President")), TEXT),
        "canonical name, role and kind");
  }

  @Test
  void theArticleTheTypeAndEverySpanMoveTheId() {
    String id = ClaimIds.of(indirect(), TEXT);
    Claim c = indirect();
    assertNotEquals(id, ClaimIds.of(c, TEXT.replace("give", "cede")), "article text");
    assertNotEquals(id, ClaimIds.of(new Claim("wires/b.txt", c.type(), c.speaker(), c.cue(), c.content(), c.topics(),
        c.hedged(), c.negated(), c.modal(), c.inHeadline(), c.ruleId(), c.sentenceIndex(), c.mode()), TEXT), "doc id");
    assertNotEquals(id, ClaimIds.of(c.withType(ClaimType.MIXED), TEXT), "type");
    assertNotEquals(id, ClaimIds.of(c.withSpeaker(new Speaker(new TextSpan(0, 4), "Trump", "")), TEXT), "speaker span");
    assertNotEquals(id, ClaimIds.of(c.withCue(new TextSpan(17, 21)), TEXT), "cue span");
    assertNotEquals(id, ClaimIds.of(c.withContent(List.of(new TextSpan(32, 53))), TEXT), "content span");
    assertNotEquals(id, ClaimIds.of(c.withSpeaker(Optional.empty()), TEXT), "no speaker");
  }
}
