package org.newsclaims.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsclaims.pipeline.ReviewCarrier;

/**
 * The review package's {@link ReviewCarrier} (registered in {@code META-INF/services}): the rules
 * of {@link ReviewMerge}, and every review now held by claims.csv or the orphans file, for the
 * output database.
 */
public final class ReviewsCarrier implements ReviewCarrier {
  @Override
  public Carried carry(Path out, Path in, String freshCsv) throws IOException {
    ReviewMerge.Merged m = ReviewMerge.mergeFiles(out, in, freshCsv);
    Optional<ReviewMerge.Result> merged = m.result();
    if (merged.isEmpty()) {
      return new Carried(freshCsv, List.of(), m.notes());
    }
    ReviewMerge.Result r = merged.get();
    List<Review> reviews = new ArrayList<>();
    for (ClaimsTable.Row row : r.claims().rows()) {
      if (ReviewMerge.hasReview(row)) {
        reviews.add(review(row, ""));
      }
    }
    for (ClaimsTable.Row row : r.orphans().rows()) {
      reviews.add(review(row, row.get(ReviewMerge.ORPHAN_REASON)));
    }
    return new Carried(r.claims().format(), reviews, m.notes());
  }

  private static Review review(ClaimsTable.Row row, String reason) {
    return new Review(row.id(), row.docId(), row.get(ReviewMerge.REVIEW_STATUS),
        row.get(ReviewMerge.REVIEW_NOTE), reason);
  }
}
