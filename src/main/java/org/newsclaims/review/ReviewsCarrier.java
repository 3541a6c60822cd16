package org.newsclaims.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.FileState;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.pipeline.ReviewCarrier;
import org.newsclaims.store.StoredReviews;

/**
 * The review package's {@link ReviewCarrier} (registered in {@code META-INF/services}): the rules
 * of {@link ReviewMerge} applied to the articles that have reviews, the reviews taken from the
 * database, or from claims.csv and review-orphans.csv when a reviewer edited them since the last
 * run wrote them; returns every review they now hold, for the database.
 */
public final class ReviewsCarrier implements ReviewCarrier {
  @Override
  public Carried carry(Path out, Path in, Source source) throws IOException {
    List<String> notes = new ArrayList<>();
    List<StoredReviews.Review> stored = source.stored();
    ClaimsTable reviewed = source.claimsEdited() ? readReviewed(out.resolve(OutputLayout.CLAIMS_FILE), notes)
        : StoredTables.claims(stored);
    Optional<ClaimsTable> orphans = source.orphansEdited()
        ? ClaimsTable.readIfExists(out.resolve(OutputLayout.ORPHANS_FILE)) : StoredTables.orphans(stored);
    boolean anyReview = reviewed.rows().stream().anyMatch(ReviewMerge::hasReview);
    if (!anyReview && orphans.map(t -> t.rows().isEmpty()).orElse(true)) {
      return new Carried(Map.of(), List.of(), Optional.empty(), notes);
    }
    Set<String> docs = new LinkedHashSet<>();
    reviewed.rows().stream().filter(ReviewMerge::hasReview).forEach(r -> docs.add(r.docId()));
    orphans.ifPresent(t -> t.rows().forEach(r -> docs.add(r.docId())));
    List<ClaimsTable.Row> freshRows = new ArrayList<>();
    source.claims(docs).values().forEach(rows -> rows.forEach(r -> freshRows.add(StoredTables.row(r))));
    ReviewMerge.Result r = new ReviewMerge(new ArticleTexts(in, out), false)
        .merge(new ClaimsTable(ClaimsCsv.HEADER, freshRows), Optional.of(reviewed), orphans);
    FileState orphansWritten = AtomicFile.write(out.resolve(OutputLayout.ORPHANS_FILE), r.orphans()::writeTo);

    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    for (ClaimsTable.Row row : r.claims().rows()) {
      rows.computeIfAbsent(row.docId(), k -> new ArrayList<>()).add(ClaimsCsv.HEADER.stream().map(row::get).toList());
    }
    return new Carried(rows, StoredTables.reviews(r.claims(), r.orphans()), Optional.of(orphansWritten), notes);
  }

  /** An edited claims.csv, with what reading it adapted to. */
  private static ClaimsTable readReviewed(Path file, List<String> notes) throws IOException {
    Optional<ClaimsTable> t = ClaimsTable.readIfExists(file);
    if (t.isEmpty()) {
      return new ClaimsTable(ClaimsCsv.HEADER, List.of());
    }
    t.get().notes().forEach(n -> notes.add(OutputLayout.CLAIMS_FILE + ": " + n));
    for (String c : ReviewMerge.REVIEW_COLUMNS) {
      if (!t.get().header().contains(c)) {
        notes.add(OutputLayout.CLAIMS_FILE + ": no " + c + " column: no " + c + " read (the column is added back)");
      }
    }
    return t.get();
  }
}
