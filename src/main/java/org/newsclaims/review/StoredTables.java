package org.newsclaims.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.pipeline.DocOrder;
import org.newsclaims.store.PublishedRows;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredReviews;

/**
 * Claims tables to and from the database's reviews: the reviewed rows of claims.csv and the
 * orphans as the last run wrote them, rebuilt from the stored cells; and the reviews a merge
 * leaves, with their cells, to store.
 */
final class StoredTables {
  private StoredTables() {}

  /**
   * claims.csv as the last run wrote it, from the database: every published claim, the row of a
   * reviewed one as it was written (review and corrected cells).
   */
  static ClaimsTable published(RunStore store, List<StoredReviews.Review> stored) throws IOException {
    Map<String, ClaimsTable.Row> reviewed = new HashMap<>();
    stored.stream().filter(r -> !r.orphan()).forEach(r -> reviewed.put(r.claimId(), row(r)));
    List<ClaimsTable.Row> rows = new ArrayList<>();
    store.rows().visit(PublishedRows.Table.CLAIMS, DocOrder.INSTANCE, a -> true, (article, cells) -> {
      for (List<String> c : cells) {
        ClaimsTable.Row fresh = row(ClaimsCsv.withReview(c, "", ""));
        rows.add(reviewed.getOrDefault(fresh.id(), fresh));
      }
    });
    return new ClaimsTable(ClaimsCsv.HEADER, rows);
  }

  /** The reviewed claims.csv rows, as stored. */
  static ClaimsTable claims(List<StoredReviews.Review> stored) {
    return new ClaimsTable(ClaimsCsv.HEADER, stored.stream().filter(r -> !r.orphan()).map(StoredTables::row).toList());
  }

  /** The orphans, as stored; empty when there are none. */
  static Optional<ClaimsTable> orphans(List<StoredReviews.Review> stored) {
    List<ClaimsTable.Row> rows = stored.stream().filter(StoredReviews.Review::orphan).map(StoredTables::row).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<String> header = new LinkedHashSet<>(ClaimsCsv.HEADER);
    rows.forEach(r -> header.addAll(r.cells().keySet()));
    header.remove(ReviewMerge.ORPHAN_REASON);
    header.add(ReviewMerge.ORPHAN_REASON);
    return Optional.of(new ClaimsTable(new ArrayList<>(header), rows));
  }

  /** A claims.csv row from its cells, in the order of {@link ClaimsCsv#HEADER}. */
  static ClaimsTable.Row row(List<String> cells) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < ClaimsCsv.HEADER.size(); i++) {
      m.put(ClaimsCsv.HEADER.get(i), cells.get(i));
    }
    return new ClaimsTable.Row(m);
  }

  /** The row a review is on; from its identity and review cells alone when its cells were not stored. */
  static ClaimsTable.Row row(StoredReviews.Review r) {
    if (!r.cells().isEmpty()) {
      return new ClaimsTable.Row(r.cells());
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ClaimsTable.CLAIM_ID, r.claimId());
    m.put(ClaimsTable.DOC_ID, r.docId());
    m.put(ReviewMerge.REVIEW_STATUS, r.status());
    m.put(ReviewMerge.REVIEW_NOTE, r.note());
    if (r.orphan()) {
      m.put(ReviewMerge.ORPHAN_REASON, r.orphanReason());
    }
    return new ClaimsTable.Row(m);
  }

  /** Every review the merged claims and orphans hold, with the rows as they are written. */
  static List<StoredReviews.Review> reviews(ClaimsTable claims, ClaimsTable orphans) {
    List<StoredReviews.Review> reviews = new ArrayList<>();
    for (ClaimsTable.Row row : claims.rows()) {
      if (ReviewMerge.hasReview(row)) {
        reviews.add(review(row, "", claims.header()));
      }
    }
    for (ClaimsTable.Row row : orphans.rows()) {
      reviews.add(review(row, row.get(ReviewMerge.ORPHAN_REASON), orphans.header()));
    }
    return reviews;
  }

  private static StoredReviews.Review review(ClaimsTable.Row row, String reason, List<String> header) {
    Map<String, String> cells = new LinkedHashMap<>();
    header.forEach(h -> cells.put(h, row.get(h)));
    return new StoredReviews.Review(row.id(), row.docId(), row.get(ReviewMerge.REVIEW_STATUS),
        row.get(ReviewMerge.REVIEW_NOTE), reason, cells);
  }
}
