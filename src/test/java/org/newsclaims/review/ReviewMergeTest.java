package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.review.ReviewFixtures.ALL;
import static org.newsclaims.review.ReviewFixtures.OFFICIALS;
import static org.newsclaims.review.ReviewFixtures.PUTIN;
import static org.newsclaims.review.ReviewFixtures.SUMMIT;
import static org.newsclaims.review.ReviewFixtures.TEXT;
import static org.newsclaims.review.ReviewFixtures.ZELENSKY;
import static org.newsclaims.review.ReviewFixtures.id;
import static org.newsclaims.review.ReviewFixtures.review;
import static org.newsclaims.review.ReviewFixtures.row;
import static org.newsclaims.review.ReviewFixtures.table;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.model.Claim;
import org.newsclaims.pipeline.ReviewCarrier;
import org.newsclaims.store.StoredReviews;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;

/** Reviews survive re-runs: carried by claim id, orphaned when the claim goes, never dropped. */
class ReviewMergeTest {
  private static final Map<String, String> ACCEPTED = Map.of("review_status", "accepted",
      "review_note", "=1+1 “fine”, really");
  private static final Map<String, String> REJECTED = Map.of("review_status", "rejected", "review_note", "not a claim");

  @TempDir
  Path tmp;

  private ArticleTexts texts() throws Exception {
    Path in = ReviewFixtures.inputFolder(tmp);
    return new ArticleTexts(in, tmp.resolve("out"));
  }

  /** A reviewed table: Putin accepted, Officials rejected, Zelensky's content corrected. */
  private static ClaimsTable reviewed(String correctedContent) {
    ClaimsTable t = table(ALL);
    t = review(t, id(t, 0), ACCEPTED);
    t = review(t, id(t, 1), REJECTED);
    return review(t, id(t, 2), Map.of("review_status", "corrected", "content", correctedContent));
  }

  @Test
  void aRerunKeepsEveryReviewAndOrphansTheClaimsThatWent() throws Exception {
    ClaimsTable before = reviewed("sanctions must stay.");
    // The extractor changed: the Officials claim is gone.
    ClaimsTable fresh = table(List.of(PUTIN, ZELENSKY, SUMMIT));
    ReviewMerge.Result r = new ReviewMerge(texts(), false).merge(fresh, Optional.of(before), Optional.empty());

    ClaimsTable.Row putin = row(r.claims(), id(before, 0));
    assertEquals("accepted", putin.get("review_status"));
    assertEquals("=1+1 “fine”, really", putin.get("review_note"), "notes are kept verbatim");
    ClaimsTable.Row zelensky = row(r.claims(), id(before, 2));
    assertEquals("corrected", zelensky.get("review_status"));
    assertEquals("sanctions must stay.", zelensky.get("content"));
    int start = TEXT.codePointCount(0, TEXT.indexOf("sanctions must stay."));
    assertEquals(Integer.toString(start), zelensky.get("content_start"), "code points, after the emoji");
    assertEquals(Integer.toString(start + "sanctions must stay.".length()), zelensky.get("content_end"));
    assertEquals("", row(r.claims(), id(before, 3)).get("review_status"));
    ReviewFixtures.assertProvenance(r.claims(), TEXT);

    assertEquals(1, r.orphans().rows().size());
    ClaimsTable.Row orphan = r.orphans().rows().get(0);
    assertEquals(id(before, 1), orphan.id());
    assertEquals("rejected", orphan.get("review_status"));
    assertEquals("not a claim", orphan.get("review_note"));
    assertEquals(ReviewMerge.CLAIM_GONE, orphan.get(ReviewMerge.ORPHAN_REASON));
    assertEquals(1, r.counts().newOrphans());
    assertEquals(1, r.counts().resolved());

    // The extractor changes back: the orphan is re-attached, nothing is left over.
    ReviewMerge.Result again = new ReviewMerge(texts(), false).merge(table(ALL), Optional.of(r.claims()),
        Optional.of(r.orphans()));
    assertEquals("rejected", row(again.claims(), id(before, 1)).get("review_status"));
    assertEquals("not a claim", row(again.claims(), id(before, 1)).get("review_note"));
    assertEquals("sanctions must stay.", row(again.claims(), id(before, 2)).get("content"));
    assertEquals(1, again.counts().reattached());
    assertTrue(again.orphans().rows().isEmpty(), again.orphans().rows().toString());
  }

  @Test
  void aCorrectionThatCannotBeFoundIsKeptAsAnOrphanAndTheClaimWrittenAsExtracted() throws Exception {
    ClaimsTable before = reviewed("sanctions must go");
    ReviewMerge.Result r = new ReviewMerge(texts(), false).merge(table(ALL), Optional.of(before), Optional.empty());
    ClaimsTable.Row zelensky = row(r.claims(), id(before, 2));
    assertEquals("", zelensky.get("review_status"));
    assertEquals("sanctions must stay", zelensky.get("content"));
    ReviewFixtures.assertProvenance(r.claims(), TEXT);
    ClaimsTable.Row orphan = row(r.orphans(), id(before, 2));
    assertEquals("corrected", orphan.get("review_status"));
    assertEquals("sanctions must go", orphan.get("content"), "the reviewer's text is kept to be fixed");
    assertTrue(orphan.get(ReviewMerge.ORPHAN_REASON).startsWith("unresolvable: content: "),
        orphan.get(ReviewMerge.ORPHAN_REASON));
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("cannot be located")), r.warnings().toString());

    // Fixed in the orphans file, the next run puts it back on its claim.
    ClaimsTable fixedOrphans = review(r.orphans(), id(before, 2), Map.of("content", "must stay"));
    ReviewMerge.Result again = new ReviewMerge(texts(), true).merge(r.claims(), Optional.of(r.claims()),
        Optional.of(fixedOrphans));
    assertEquals("must stay", row(again.claims(), id(before, 2)).get("content"));
    assertEquals("corrected", row(again.claims(), id(before, 2)).get("review_status"));
    assertTrue(again.orphans().rows().isEmpty());
    ReviewFixtures.assertProvenance(again.claims(), TEXT);
  }

  @Test
  void theReviewCommandRestoresCellsEditedOnRowsThatAreNotCorrected() throws Exception {
    ClaimsTable t = table(ALL);
    t = review(t, id(t, 0), Map.of("review_status", " Accepted ", "content", "something else"));
    t = review(t, id(t, 1), Map.of("review_status", "acepted"));
    ReviewMerge.Result r = new ReviewMerge(texts(), true).merge(t, Optional.of(t), Optional.empty());
    ClaimsTable.Row putin = row(r.claims(), id(t, 0));
    assertEquals("accepted", putin.get("review_status"), "case and spaces normalised");
    assertEquals("the territory of Donbass is “not negotiable” today", putin.get("content"));
    assertEquals("acepted", row(r.claims(), id(t, 1)).get("review_status"), "an unknown status is kept as typed");
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'acepted'")), r.warnings().toString());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("only corrected rows keep edits")), r.warnings().toString());
    assertEquals(1, r.counts().restored());
    ReviewFixtures.assertProvenance(r.claims(), TEXT);
  }

  @Test
  void reviewsOfAChangedOrVanishedArticleAreOrphansWithTheirReason() throws Exception {
    ClaimsTable before = reviewed("sanctions must stay.");
    ArticleTexts texts = texts();
    String changed = "Breaking: " + TEXT;
    Files.writeString(tmp.resolve("in").resolve(ReviewFixtures.DOC), changed, StandardCharsets.UTF_8);
    ClaimsTable fresh = ClaimsTable.parse(ReviewFixtures.csv(changed, List.of()));
    ClaimsTable freshOther = ClaimsTable.parse(ReviewFixtures.csv(changed, List.of(shifted(OFFICIALS))));
    ReviewMerge.Result r = new ReviewMerge(texts, false).merge(freshOther, Optional.of(before), Optional.empty());
    assertEquals(ReviewMerge.ARTICLE_CHANGED, row(r.orphans(), id(before, 0)).get(ReviewMerge.ORPHAN_REASON));
    assertEquals(3, r.orphans().rows().size(), "every review of the changed article is kept");
    ReviewMerge.Result gone = new ReviewMerge(texts, false).merge(fresh, Optional.of(before), Optional.empty());
    assertEquals(ReviewMerge.ARTICLE_GONE, row(gone.orphans(), id(before, 0)).get(ReviewMerge.ORPHAN_REASON));
  }

  private static Claim shifted(Claim c) {
    int d = "Breaking: ".length();
    return new Claim(c.docId(), c.type(),
        c.speaker().map(s -> new Speaker(shift(s.span(), d), s.canonical(), s.role())),
        c.cue().map(x -> shift(x, d)), c.content().stream().map(x -> shift(x, d)).toList(), c.topics(), c.hedged(),
        c.negated(), c.modal(), c.inHeadline(), c.ruleId(), c.sentenceIndex());
  }

  private static TextSpan shift(TextSpan s, int d) {
    return new TextSpan(s.start() + d, s.end() + d);
  }

  @Test
  void aDuplicatedRowKeepsBothReviews() throws Exception {
    ClaimsTable t = reviewed("sanctions must stay.");
    ClaimsTable.Row copy = t.rows().get(0).with("review_status", "rejected");
    List<ClaimsTable.Row> rows = new ArrayList<>(t.rows());
    rows.add(copy);
    ClaimsTable dup = t.withRows(rows);
    ReviewMerge.Result r = new ReviewMerge(texts(), true).merge(table(ALL), Optional.of(dup), Optional.empty());
    assertEquals("accepted", row(r.claims(), id(t, 0)).get("review_status"));
    assertEquals(ReviewMerge.DUPLICATE, row(r.orphans(), id(t, 0)).get(ReviewMerge.ORPHAN_REASON));
    assertEquals("rejected", row(r.orphans(), id(t, 0)).get("review_status"));
  }

  /** A carrier's view of a run whose fresh claims are {@code fresh}, with these stored reviews. */
  private static ReviewCarrier.Source source(ClaimsTable fresh, List<StoredReviews.Review> stored, boolean edited) {
    return new ReviewCarrier.Source() {
      @Override
      public List<StoredReviews.Review> stored() {
        return stored;
      }

      @Override
      public boolean claimsEdited() {
        return edited;
      }

      @Override
      public boolean orphansEdited() {
        return edited;
      }

      @Override
      public Map<String, List<List<String>>> claims(Set<String> docIds) {
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        for (ClaimsTable.Row r : fresh.rows()) {
          if (docIds.contains(r.docId())) {
            rows.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(ClaimsCsv.HEADER.stream().map(r::get).toList());
          }
        }
        return rows;
      }
    };
  }

  @Test
  void withoutReviewsNothingIsCarried() throws Exception {
    Path in = ReviewFixtures.inputFolder(tmp);
    Path out = Files.createDirectories(tmp.resolve("out"));
    ReviewsCarrier carrier = new ReviewsCarrier();
    assertEquals(Map.of(), carrier.carry(out, in, source(table(ALL), List.of(), true)).rows(), "no claims.csv yet");
    Files.writeString(out.resolve("claims.csv"), ReviewFixtures.csv(ALL), StandardCharsets.UTF_8);
    ReviewCarrier.Carried none = carrier.carry(out, in, source(table(ALL), List.of(), true));
    assertEquals(Map.of(), none.rows(), "claims.csv without reviews");
    assertEquals(List.of(), none.reviews());
    assertTrue(Files.notExists(out.resolve(ReviewMerge.ORPHANS_FILE)));
  }

  @Test
  void reviewsAreCarriedFromAnEditedFileAndThenFromTheStoreAlone() throws Exception {
    Path in = ReviewFixtures.inputFolder(tmp);
    Path out = Files.createDirectories(tmp.resolve("out"));
    ClaimsTable reviewedTable = reviewed("sanctions must stay.");
    Files.writeString(out.resolve("claims.csv"), reviewedTable.format(), StandardCharsets.UTF_8);
    ClaimsTable fresh = table(List.of(PUTIN, ZELENSKY, SUMMIT));
    ReviewCarrier.Carried fromFile = new ReviewsCarrier().carry(out, in, source(fresh, List.of(), true));
    List<List<String>> rows = fromFile.rows().get(ReviewFixtures.DOC);
    assertEquals(3, rows.size(), "every fresh row of the reviewed article");
    ClaimsTable merged = new ClaimsTable(ClaimsCsv.HEADER, rows.stream().map(StoredTables::row).toList());
    assertEquals("accepted", row(merged, id(reviewedTable, 0)).get("review_status"));
    ClaimsTable orphans = ClaimsTable.readIfExists(out.resolve(ReviewMerge.ORPHANS_FILE)).orElseThrow();
    assertEquals(List.of(id(reviewedTable, 1)), orphans.rows().stream().map(ClaimsTable.Row::id).toList());
    assertEquals(3, fromFile.reviews().size(), "accepted and corrected on rows, rejected as an orphan");

    Files.delete(out.resolve("claims.csv"));
    Files.delete(out.resolve(ReviewMerge.ORPHANS_FILE));
    ReviewCarrier.Carried fromStore = new ReviewsCarrier().carry(out, in, source(fresh, fromFile.reviews(), false));
    assertEquals(fromFile.rows(), fromStore.rows(), "the same rows from the stored reviews alone");
    assertEquals(fromFile.reviews(), fromStore.reviews());
    assertEquals(orphans.format(), ClaimsTable.readIfExists(out.resolve(ReviewMerge.ORPHANS_FILE)).orElseThrow().format());
  }
}
