package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.review.ReviewFixtures.ALL;
import static org.newsclaims.review.ReviewFixtures.DOC;
import static org.newsclaims.review.ReviewFixtures.OFFICIALS;
import static org.newsclaims.review.ReviewFixtures.TEXT;
import static org.newsclaims.review.ReviewFixtures.id;
import static org.newsclaims.review.ReviewFixtures.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.eval.EvalResult;
import org.newsclaims.eval.Evaluator;
import org.newsclaims.eval.GoldCorpus;
import org.newsclaims.eval.GoldDocument;
import org.newsclaims.eval.Negatives;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TopicHit;

/**
 * Promotion writes gold the evaluation reads back: accepted and corrected rows score as found,
 * rejected rows as false positives, unreviewed claims of a review-only article are not scored,
 * and promoting again (or into hand gold) never duplicates.
 */
class PromotionTest {
  @TempDir
  Path tmp;

  private Path in;
  private Path out;

  /** claims.csv with Putin accepted, Officials rejected, Zelensky corrected, the summit accepted. */
  private ClaimsTable reviewed() throws Exception {
    in = ReviewFixtures.inputFolder(tmp);
    out = tmp.resolve("out");
    ClaimsTable t = ReviewFixtures.table(ALL);
    t = review(t, id(t, 0), Map.of("review_status", "accepted"));
    t = review(t, id(t, 1), Map.of("review_status", "rejected", "review_note", "speculation"));
    t = review(t, id(t, 2), Map.of("review_status", "corrected", "content", "sanctions must stay."));
    t = review(t, id(t, 3), Map.of("review_status", "accepted"));
    Files.writeString(out.resolve("claims.csv"), t.format(), StandardCharsets.UTF_8);
    return t;
  }

  private ReviewRun.Outcome promote(Path gold) throws Exception {
    return new ReviewRun().run(new ReviewRun.Config(in, out, gold, true));
  }

  private static GoldDocument onlyGold(Path dir) throws Exception {
    List<GoldDocument> golds = GoldCorpus.load(dir);
    assertEquals(1, golds.size(), "the promoted article is gold now");
    return golds.get(0);
  }

  /** A prediction no reviewer saw: the first line as an unattributed ceasefire statement. */
  private static Claim unreviewed() {
    return new Claim(DOC, ClaimType.UNATTRIBUTED, Optional.empty(), Optional.empty(),
        List.of(ReviewFixtures.span("Peace talks", 0)), List.of(new TopicHit("ceasefire", "peace")), false, false,
        false, false, "unattributed.topic", 0);
  }

  @Test
  void promotedClaimsScoreAsCorrectAndRejectedOnesAsFalsePositives() throws Exception {
    reviewed();
    ReviewRun.Outcome o = promote(in);
    Promotion.Report p = o.promotion().orElseThrow();
    assertEquals(3, p.added(), p.messages().toString());
    assertEquals(1, p.negativesAdded());
    assertEquals(0, p.skipped(), p.messages().toString());

    GoldDocument gold = onlyGold(in);
    assertEquals(2, gold.attributions().size());
    assertEquals(1, gold.statements().size());
    assertEquals("sanctions must stay.", gold.attributions().get(1).content().text(TEXT), "the correction is gold");
    assertEquals("Vladimir Putin", gold.attributions().get(0).canonical().orElseThrow());
    Negatives negatives = Negatives.load(in, gold);
    assertEquals(Negatives.Scope.REVIEWED, negatives.scope());
    assertEquals(1, negatives.items().size());

    List<Claim> predictions = new ArrayList<>(ALL);
    predictions.add(unreviewed());
    EvalResult r = new Evaluator().evaluate(List.of(new Evaluator.Item(gold, predictions, negatives)));
    assertEquals(1.0, r.attribution().recall().getAsDouble(), 1e-9, "every promoted attribution is found");
    assertEquals(3, r.attribution().predicted(), "the rejected claim is scored, as a false positive");
    assertEquals(2.0 / 3, r.attribution().precision().getAsDouble(), 1e-9);
    assertTrue(r.errors().stream().anyMatch(e -> e.kind().equals("false_positive")
        && e.detail().equals("rejected in review") && e.cue().equals("reportedly said")), r.errors().toString());
    assertEquals(1.0, r.unattributed().recall().getAsDouble(), 1e-9);
    assertEquals(1, r.unattributed().predicted(), "the unreviewed statement is out of the reviewed scope");
    assertEquals(2, r.found().size());

    // A rejected claim is a false positive even where it overlaps gold.
    EvalResult withoutScope = new Evaluator().evaluate(List.of(new Evaluator.Item(gold, List.of(OFFICIALS),
        new Negatives(Negatives.Scope.ALL, negatives.items()))));
    assertEquals(0.0, withoutScope.attribution().precision().getAsDouble(), 1e-9);
  }

  @Test
  void promotingAgainChangesNothing() throws Exception {
    reviewed();
    promote(in);
    Path ann = in.resolve("a.ann");
    Path neg = in.resolve("a" + Negatives.SUFFIX);
    String annBefore = Files.readString(ann, StandardCharsets.UTF_8);
    String negBefore = Files.readString(neg, StandardCharsets.UTF_8);
    Promotion.Report again = promote(in).promotion().orElseThrow();
    assertEquals(0, again.added());
    assertEquals(3, again.alreadyGold());
    assertEquals(1, again.negativesKnown());
    assertEquals(annBefore, Files.readString(ann, StandardCharsets.UTF_8));
    assertEquals(negBefore, Files.readString(neg, StandardCharsets.UTF_8));
  }

  @Test
  void handGoldIsKeptAndNeverDuplicated() throws Exception {
    ClaimsTable t = reviewed();
    // Hand gold: Putin exactly as extracted, and Officials with a shorter content.
    int s = TEXT.codePointCount(0, TEXT.indexOf("Vladimir Putin"));
    int c = TEXT.codePointCount(0, TEXT.indexOf("said that the territory"));
    int t0 = TEXT.codePointCount(0, TEXT.indexOf("the territory"));
    int t1 = t0 + "the territory of Donbass is “not negotiable” today".length();
    int o = TEXT.codePointCount(0, TEXT.indexOf("Officials"));
    int oc = TEXT.codePointCount(0, TEXT.indexOf("reportedly said"));
    int ot = TEXT.codePointCount(0, TEXT.indexOf("the talks would move"));
    List<String> hand = List.of(
        "T1\tSource " + s + " " + (s + 14) + "\tVladimir Putin",
        "T2\tCue " + c + " " + (c + 4) + "\tsaid",
        "T3\tContent " + t0 + " " + t1 + "\tthe territory of Donbass is “not negotiable” today",
        "T4\tAttribution " + c + " " + (c + 4) + "\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        "#1\tAnnotatorNotes T1\tVladimir Putin",
        "T5\tSource " + o + " " + (o + 9) + "\tOfficials",
        "T6\tCue " + oc + " " + (oc + 15) + "\treportedly said",
        "T7\tContent " + ot + " " + (ot + 20) + "\tthe talks would move",
        "T8\tAttribution " + oc + " " + (oc + 15) + "\treportedly said",
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7");
    Files.write(in.resolve("a.ann"), hand, StandardCharsets.UTF_8);
    // Officials accepted instead: its content differs from the hand gold's, so it conflicts.
    t = review(t, id(t, 1), Map.of("review_status", "accepted", "review_note", ""));
    Files.writeString(out.resolve("claims.csv"), t.format(), StandardCharsets.UTF_8);

    Promotion.Report p = promote(in).promotion().orElseThrow();
    assertEquals(1, p.alreadyGold(), p.messages().toString());
    assertEquals(1, p.conflicts(), p.messages().toString());
    assertEquals(2, p.added(), "Zelensky and the summit");
    List<String> lines = Files.readAllLines(in.resolve("a.ann"), StandardCharsets.UTF_8);
    assertEquals(hand, lines.subList(0, hand.size()), "hand gold lines untouched, new ones after");
    GoldDocument gold = onlyGold(in);
    assertEquals(3, gold.attributions().size());
    assertTrue(Files.notExists(in.resolve("a" + Negatives.SUFFIX)), "hand gold stays exhaustive: no scope file");
    assertEquals(Negatives.Scope.ALL, Negatives.load(in, gold).scope());
  }

  @Test
  void aReviewerWhoChangesTheirMindWithdrawsTheNegative() throws Exception {
    ClaimsTable t = reviewed();
    promote(in);
    t = review(t, id(t, 1), Map.of("review_status", "accepted"));
    Files.writeString(out.resolve("claims.csv"), t.format(), StandardCharsets.UTF_8);
    Promotion.Report p = promote(in).promotion().orElseThrow();
    assertEquals(1, p.negativesWithdrawn());
    assertEquals(1, p.added());
    GoldDocument gold = onlyGold(in);
    assertTrue(Negatives.load(in, gold).items().isEmpty());
    assertEquals(3, gold.attributions().size());
  }

  @Test
  void anotherGoldFolderGetsACopyOfTheArticle() throws Exception {
    reviewed();
    Path gold = tmp.resolve("gold");
    promote(gold);
    assertEquals(TEXT, Files.readString(gold.resolve(DOC), StandardCharsets.UTF_8));
    assertEquals(3, onlyGold(gold).attributions().size() + onlyGold(gold).statements().size());
    assertTrue(Files.notExists(in.resolve("a.ann")));
  }

  @Test
  void rowsThatDoNotMatchTheirArticleAreNotPromoted() throws Exception {
    reviewed();
    Files.writeString(in.resolve(DOC), "Changed. " + TEXT, StandardCharsets.UTF_8);
    ReviewRun.Outcome o = promote(in);
    Promotion.Report p = o.promotion().orElseThrow();
    // The accepted and rejected rows point into the old text: skipped, with a message each.
    assertEquals(3, p.skipped(), p.messages().toString());
    assertTrue(p.messages().stream().anyMatch(m -> m.contains("do not match")), p.messages().toString());
    assertTrue(o.merge().warnings().stream().anyMatch(w -> w.contains("changed since it was extracted")),
        o.merge().warnings()::toString);
    // The corrected row is located again from its text, which the new article still holds.
    assertEquals(1, p.added(), p.messages().toString());
    assertEquals("sanctions must stay.", onlyGold(in).attributions().get(0).content().text("Changed. " + TEXT));
  }
}
