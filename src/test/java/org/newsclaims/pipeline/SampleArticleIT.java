package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TopicHit;
import org.newsclaims.testing.SharedModels;
import org.newsclaims.text.TextDecoder;

/**
 * End to end on the sample article with the real models. Every expectation here was written
 * from the article's text, not from the tool's output.
 */
class SampleArticleIT {
  private static final String DOC = "000-alaska-summit-ceasefire-talks.txt";
  private static String text;
  private static List<Claim> claims;

  @BeforeAll
  static void analyse() throws Exception {
    Path file = SharedModels.corpus().resolve(DOC);
    assertTrue(Files.isRegularFile(file), "the sample article is missing: " + file);
    text = TextDecoder.strict(Files.readAllBytes(file));
    ArticleResult r = SharedModels.analyzer().analyze(new Article(DOC, text));
    assertTrue(r.problem().isEmpty(), () -> "sample article failed: " + r.problem());
    claims = r.claims();
  }

  /** The attributed claim whose cue is exactly {@code cue} at the given occurrence of the sentence. */
  private static Claim byCue(String sentenceStart, String cue) {
    int sentence = text.indexOf(sentenceStart);
    assertTrue(sentence >= 0, "sentence not in article: " + sentenceStart);
    int cueAt = text.indexOf(cue, sentence);
    List<Claim> found = claims.stream()
        .filter(c -> c.cue().isPresent() && c.cue().get().start() == cueAt && c.cue().get().cut(text).equals(cue))
        .toList();
    assertEquals(1, found.size(), () -> "claims with cue '" + cue + "' in '" + sentenceStart + "': " + found);
    return found.get(0);
  }

  private static String content(Claim c) {
    return c.content().stream().map(p -> p.cut(text)).collect(Collectors.joining(" … "));
  }

  private static List<String> topics(Claim c) {
    return c.topics().stream().map(TopicHit::topic).toList();
  }

  @Test
  void madeItClearWithTitleSplitIntoRole() {
    Claim c = byCue("US President Donald Trump has made it clear", "has made it clear");
    assertEquals("US President Donald Trump", c.speaker().orElseThrow().span().cut(text));
    assertEquals("Donald Trump", c.speaker().get().canonical());
    assertEquals("US President", c.speaker().get().role());
    assertTrue(content(c).startsWith("he will not discuss Ukraine’s territories"), content(c));
    assertTrue(topics(c).contains("territory"), topics(c).toString());
  }

  @Test
  void hedgedReportedSpeech() {
    Claim c = byCue("In a recent phone conversation", "reportedly said");
    assertEquals("Trump", c.speaker().orElseThrow().span().cut(text));
    assertEquals("Donald Trump", c.speaker().get().canonical());
    assertEquals("the Ukrainian territory is not his to negotiate", content(c));
    assertTrue(c.hedged());
    assertEquals(ClaimType.INDIRECT, c.type());
    assertContains("territory", topics(c));
  }

  @Test
  void pronounResolvedToTrump() {
    Claim c = byCue("He explained that any agreement", "explained");
    assertEquals("He", c.speaker().orElseThrow().span().cut(text));
    assertEquals("Donald Trump", c.speaker().get().canonical());
    assertEquals("any agreement involving land would have to include Ukraine in the discussions", content(c));
    assertEquals(List.of("territory"), topics(c));
    assertTrue(c.topics().get(0).evidence().equals("land"), c.topics().toString());
  }

  @Test
  void nestedAttributionGivesBothClaims() {
    Claim outer = byCue("Trump also mentioned", "also mentioned");
    assertEquals("Donald Trump", outer.speaker().orElseThrow().canonical());
    assertEquals("he believed a ceasefire would be a goodwill gesture from Russia", content(outer));
    Claim inner = byCue("Trump also mentioned", "believed");
    assertEquals("he", inner.speaker().orElseThrow().span().cut(text));
    assertEquals("Donald Trump", inner.speaker().get().canonical());
    assertContains("ceasefire", topics(inner));
  }

  @Test
  void lightVerbCue() {
    Claim c = byCue("During the same conversation, Trump", "expressed his support for");
    assertEquals("Donald Trump", c.speaker().orElseThrow().canonical());
    assertTrue(content(c).startsWith("security guarantees for Ukraine"), content(c));
    assertContains("security", topics(c));
  }

  @Test
  void mixedQuoteKeepsItsMarks() {
    Claim c = byCue("Trump described the meeting", "described");
    assertEquals(ClaimType.MIXED, c.type());
    assertTrue(content(c).endsWith("“constructive”"), content(c));
  }

  @Test
  void rubioWithRoleThenPronounThenShortName() {
    Claim full = byCue("US Secretary of State Marco Rubio stressed", "stressed");
    assertEquals("Marco Rubio", full.speaker().orElseThrow().canonical());
    assertEquals("US Secretary of State", full.speaker().get().role());
    Claim he = byCue("He said the meeting would be", "said");
    assertEquals("Marco Rubio", he.speaker().orElseThrow().canonical());
    Claim shortName = byCue("Rubio also pointed out", "also pointed out");
    assertEquals("Marco Rubio", shortName.speaker().orElseThrow().canonical());
    assertContains("ceasefire", topics(shortName));
  }

  @Test
  void claimsAfterTheEmojiStillCutExactly() {
    int emoji = text.indexOf("📢");
    Claim reports = byCue("Reports also indicate", "also indicate");
    assertTrue(reports.cue().orElseThrow().start() > emoji);
    assertEquals("Reports", reports.speaker().orElseThrow().span().cut(text));
  }

  @Test
  void pastedHeadlinesAreFlagged() {
    int related = text.indexOf("📢 Political Earthquake");
    int lineEnd = text.indexOf('\n', related);
    List<Claim> inLine = claims.stream()
        .filter(c -> c.contentHull().start() >= related && c.contentHull().start() < lineEnd).toList();
    assertFalse(inLine.isEmpty(), "the 'Wolff Says ...' headline should yield a (flagged) claim");
    inLine.forEach(c -> assertTrue(c.inHeadline(), () -> "not flagged: " + c));
    claims.stream().filter(c -> !c.inHeadline() && c.cue().isPresent())
        .forEach(c -> assertFalse(text.substring(c.cue().get().start(), c.cue().get().end()).equals("slams"), "headline verb"));
  }

  @Test
  void unattributedVenueAndSanctionsSentencesInventNoSpeaker() {
    for (String sentence : List.of(
        "The meeting is scheduled for 15 August at Joint Base Elmendorf-Richardson in Anchorage, Alaska.",
        "One idea was to impose secondary sanctions on China for supplying crucial oil to Russia.")) {
      int start = text.indexOf(sentence);
      int end = start + sentence.length();
      assertTrue(start >= 0, sentence);
      List<Claim> inside = claims.stream()
          .filter(c -> c.contentHull().start() >= start && c.contentHull().end() <= end).toList();
      assertEquals(1, inside.size(), () -> "one unattributed row expected for: " + sentence + " got " + inside);
      Claim c = inside.get(0);
      assertEquals(ClaimType.UNATTRIBUTED, c.type());
      assertEquals(Optional.empty(), c.speaker());
      assertEquals(Optional.empty(), c.cue());
      assertEquals(sentence, c.content().get(0).cut(text));
    }
    Claim venue = claims.stream().filter(c -> c.type() == ClaimType.UNATTRIBUTED)
        .filter(c -> c.content().get(0).cut(text).startsWith("The meeting is scheduled")).findFirst().orElseThrow();
    assertEquals(List.of("venue"), topics(venue));
  }

  @Test
  void noClaimFromPositionsOrEvents() {
    assertTrue(claims.stream().noneMatch(c -> c.speaker().isPresent()
        && c.speaker().get().span().cut(text).equals("Trump’s position")), "a position is not a speaker");
  }

  @Test
  void modesFromCueAndContent() {
    assertEquals(org.newsclaims.model.ClaimMode.REFUSAL,
        byCue("US President Donald Trump has made it clear", "has made it clear").mode(), "he will not discuss");
    assertEquals(org.newsclaims.model.ClaimMode.CONDITION,
        byCue("He explained that any agreement", "explained").mode(), "would have to include Ukraine");
    assertEquals(org.newsclaims.model.ClaimMode.REFUSAL,
        byCue("In a recent phone conversation", "reportedly said").mode(), "the territory is not his to negotiate");
  }
}
